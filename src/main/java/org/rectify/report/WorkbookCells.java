package org.rectify.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.rectify.platform.PlainText;

/**
 * Cell-level reading of an import workbook that never stops at the first defect: every value
 * problem is collected with sheet, row and column. Formulas are refused (their cached values could
 * be stale or forged).
 */
final class WorkbookCells {

  private final List<ImportedPlan.Problem> problems = new ArrayList<>();
  private final DataFormatter formatter = new DataFormatter();

  /**
   * Sheets with a key cell already reported (formula): references into them are not checked again.
   */
  private final Set<String> unreadable = new HashSet<>();

  List<ImportedPlan.Problem> problems() {
    return problems;
  }

  void add(ImportedPlan.Problem problem) {
    problems.add(problem);
  }

  boolean isUnreadable(String sheet) {
    return unreadable.contains(sheet);
  }

  /** Rows below the header that hold anything; formulas anywhere are reported. */
  List<Row> dataRows(Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    if (sheet == null) {
      return rows;
    }
    for (Row row : sheet) {
      boolean filled = false;
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.FORMULA) {
          problem(sheet.getSheetName(), row, cell.getColumnIndex(), "不允许使用公式，请填写数值");
        }
        filled |= !formatter.formatCellValue(cell).isBlank();
      }
      if (row.getRowNum() > 0 && filled) {
        rows.add(row);
      }
    }
    return rows;
  }

  String text(Row row, int column) {
    Cell cell = row.getCell(column);
    if (cell == null || cell.getCellType() == CellType.FORMULA) {
      return null;
    }
    String value = formatter.formatCellValue(cell).trim();
    plain(row, column, value);
    return value.isEmpty() ? null : value;
  }

  /** Free text kept exactly as typed (the notice paragraph), only empty becomes null. */
  String raw(Row row, int column) {
    Cell cell = row.getCell(column);
    if (cell == null || cell.getCellType() == CellType.FORMULA) {
      return null;
    }
    String value = formatter.formatCellValue(cell);
    plain(row, column, value);
    return value.isEmpty() ? null : value;
  }

  /**
   * Markup or an expression in a cell is reported like any other defect (see {@link PlainText}).
   */
  private void plain(Row row, int column, String value) {
    PlainText.problemOf(value)
        .map(
            problem ->
                new ImportedPlan.Problem(
                    row.getSheet().getSheetName(),
                    row.getRowNum() + 1,
                    CellReference.convertNumToColString(column),
                    "内容" + problem))
        .filter(problem -> !problems.contains(problem))
        .ifPresent(problems::add);
  }

  String required(Row row, int column, String sheet) {
    String value = text(row, column);
    Cell cell = row.getCell(column);
    if (value == null && cell != null && cell.getCellType() == CellType.FORMULA) {
      unreadable.add(sheet);
    } else if (value == null) {
      problem(sheet, row, column, "必填");
    }
    return value;
  }

  Integer integer(Row row, int column, String sheet, int min, int max) {
    String value = required(row, column, sheet);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(sheet, row, column, "“" + value + "”应为 " + min + " 至 " + max + " 之间的整数");
    return null;
  }

  LocalDate date(Row row, int column, String sheet, boolean mandatory) {
    Cell cell = row.getCell(column);
    if (cell != null
        && cell.getCellType() == CellType.NUMERIC
        && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate();
    }
    String value = mandatory ? required(row, column, sheet) : text(row, column);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(sheet, row, column, "“" + value + "”不是日期（格式 yyyy-MM-dd）");
      return null;
    }
  }

  void problem(String sheet, Row row, int column, String message) {
    problems.add(
        new ImportedPlan.Problem(
            sheet, row.getRowNum() + 1, CellReference.convertNumToColString(column), message));
  }
}
