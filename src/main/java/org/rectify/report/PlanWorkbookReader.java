package org.rectify.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.platform.ApiException;

/**
 * Reads a plan template workbook (sheets 方案 / 方面 / 问题 / 措施) into an {@link ImportedPlan},
 * collecting every problem with sheet, row and column instead of stopping at the first. Files that
 * are not xlsx, too large or carry macros or formulas are refused outright.
 */
final class PlanWorkbookReader {

  static final long MAX_BYTES = 2L * 1024 * 1024;
  static final List<String> PLAN_KEYS =
      List.of(
          "方案名称", "巡察组", "被巡察单位", "反馈日期", "声明措施数", "第一阶段开始", "第一阶段结束", "第二阶段开始", "第二阶段结束", "第三阶段开始",
          "第三阶段结束");

  private final Map<String, String> departmentsByName;
  private final WorkbookCells cells = new WorkbookCells();

  /** {@code departmentsByName}: Chinese name (and id) → department id. */
  PlanWorkbookReader(Map<String, String> departmentsByName) {
    this.departmentsByName = departmentsByName;
  }

  ImportedPlan read(byte[] content) {
    if (content.length > MAX_BYTES) {
      throw ApiException.badRequest("文件过大", "file：不得超过 2 MB");
    }
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
      throw ApiException.badRequest("文件格式错误", "file：只接受 Excel 2007 及以上格式（.xlsx）的方案模板");
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.isMacroEnabled()) {
        throw ApiException.badRequest("文件含有宏", "file：请另存为不含宏的 .xlsx 后再导入");
      }
      ImportedPlan.Facts facts = facts(sheet(workbook, "方案"));
      List<ImportedPlan.Aspect> aspects = new ArrayList<>();
      List<ImportedPlan.ProblemRow> problemRows = new ArrayList<>();
      List<ImportedPlan.MeasureRow> measures = new ArrayList<>();
      Set<Integer> aspectNos = new HashSet<>();
      Set<Integer> problemNos = new HashSet<>();
      Set<String> codes = new HashSet<>();
      Sheet aspectSheet = sheet(workbook, "方面");
      for (Row row : cells.dataRows(aspectSheet)) {
        Integer no = cells.integer(row, 0, "方面", 1, 99);
        String heading = cells.required(row, 1, "方面");
        if (no != null && !aspectNos.add(no)) {
          cells.problem("方面", row, 0, "序号 " + no + " 重复");
        }
        aspects.add(new ImportedPlan.Aspect(no == null ? 0 : no, heading));
      }
      Sheet problemSheet = sheet(workbook, "问题");
      for (Row row : cells.dataRows(problemSheet)) {
        Integer aspect = cells.integer(row, 0, "问题", 1, 99);
        Integer no = cells.integer(row, 1, "问题", 1, 999);
        String heading = cells.required(row, 2, "问题");
        if (aspect != null
            && aspectSheet != null
            && !cells.isUnreadable("方面")
            && !aspectNos.contains(aspect)) {
          cells.problem("问题", row, 0, "方面序号 " + aspect + " 在“方面”工作表中不存在");
        }
        if (no != null && !problemNos.add(no)) {
          cells.problem("问题", row, 1, "问题序号 " + no + " 重复");
        }
        problemRows.add(
            new ImportedPlan.ProblemRow(aspect == null ? 0 : aspect, no == null ? 0 : no, heading));
      }
      for (Row row : cells.dataRows(sheet(workbook, "措施"))) {
        String code = cells.required(row, 0, "措施");
        Integer problemNo = cells.integer(row, 1, "措施", 1, 999);
        String title = cells.required(row, 2, "措施");
        String department = department(row, 3, true);
        String coDepartments = coDepartments(row, 4);
        Integer phase = cells.integer(row, 5, "措施", 1, 3);
        LocalDate due = cells.date(row, 6, "措施", true);
        if (code != null && !codes.add(code)) {
          cells.problem("措施", row, 0, "编号 " + code + " 重复");
        }
        if (problemNo != null
            && problemSheet != null
            && !cells.isUnreadable("问题")
            && !problemNos.contains(problemNo)) {
          cells.problem("措施", row, 1, "问题序号 " + problemNo + " 在“问题”工作表中不存在");
        }
        measures.add(
            new ImportedPlan.MeasureRow(
                row.getRowNum() + 1,
                code,
                problemNo == null ? 0 : problemNo,
                title,
                department,
                coDepartments,
                phase == null ? 0 : phase,
                due,
                cells.raw(row, 7)));
      }
      if (measures.isEmpty() && cells.problems().isEmpty()) {
        cells.add(new ImportedPlan.Problem("措施", 2, "A", "没有任何整改措施"));
      }
      return new ImportedPlan(facts, aspects, problemRows, measures, List.copyOf(cells.problems()));
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw ApiException.badRequest("文件无法读取", "file：不是有效的 .xlsx 工作簿");
    }
  }

  private ImportedPlan.Facts facts(Sheet sheet) {
    Map<String, Row> rows = new java.util.HashMap<>();
    if (sheet != null) {
      for (Row row : cells.dataRows(sheet)) {
        rows.put(cells.text(row, 0), row);
      }
    }
    for (String key : PLAN_KEYS) {
      if (sheet != null && !rows.containsKey(key)) {
        cells.add(new ImportedPlan.Problem("方案", 0, "A", "缺少“" + key + "”一行"));
      }
    }
    Row r = null;
    return new ImportedPlan.Facts(
        (r = rows.get("方案名称")) == null ? null : cells.required(r, 1, "方案"),
        (r = rows.get("巡察组")) == null ? null : cells.required(r, 1, "方案"),
        (r = rows.get("被巡察单位")) == null ? null : cells.required(r, 1, "方案"),
        (r = rows.get("反馈日期")) == null ? null : cells.date(r, 1, "方案", true),
        (r = rows.get("声明措施数")) == null ? null : cells.integer(r, 1, "方案", 0, 9999),
        dates(rows, "第一阶段"),
        dates(rows, "第二阶段"),
        dates(rows, "第三阶段"));
  }

  private LocalDate[] dates(Map<String, Row> rows, String phase) {
    Row start = rows.get(phase + "开始");
    Row end = rows.get(phase + "结束");
    LocalDate from = start == null ? null : cells.date(start, 1, "方案", true);
    LocalDate to = end == null ? null : cells.date(end, 1, "方案", true);
    if (from != null && to != null && to.isBefore(from)) {
      cells.problem("方案", end, 1, phase + "结束日期早于开始日期");
    }
    return new LocalDate[] {from, to};
  }

  private Sheet sheet(XSSFWorkbook workbook, String name) {
    Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      cells.add(new ImportedPlan.Problem(name, 0, "", "缺少工作表“" + name + "”"));
    }
    return sheet;
  }

  private String department(Row row, int column, boolean mandatory) {
    String value = mandatory ? cells.required(row, column, "措施") : cells.text(row, column);
    if (value != null && !departmentsByName.containsKey(value)) {
      cells.problem("措施", row, column, "未知部门“" + value + "”");
      return null;
    }
    return value == null ? null : departmentsByName.get(value);
  }

  private String coDepartments(Row row, int column) {
    String value = cells.text(row, column);
    if (value == null) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (String name : value.split("[、,，;；]")) {
      String id = departmentsByName.get(name.trim());
      if (id == null) {
        cells.problem("措施", row, column, "未知部门“" + name.trim() + "”");
      } else {
        ids.add(id);
      }
    }
    return String.join(",", ids);
  }
}
