package org.rectify.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STFontScheme;

/**
 * Writes one ledger as a formatted sheet: bold Chinese header row, frozen, filters on, bordered
 * wrapped cells, dates as real dates, and the status colour as the fill of the colour column. Every
 * font names 宋体 and declares the East-Asian charset so Excel and WPS render the Chinese text alike.
 */
final class LedgerWorkbook {

  /** A column: Chinese header, width in characters, value of a row. */
  record Column<R>(String header, int width, Function<R, Object> value) {}

  enum Fill {
    GREEN(IndexedColors.LIGHT_GREEN),
    YELLOW(IndexedColors.LIGHT_YELLOW),
    RED(IndexedColors.CORAL);

    final IndexedColors colour;

    Fill(IndexedColors colour) {
      this.colour = colour;
    }
  }

  static final String FONT = "宋体";

  private LedgerWorkbook() {}

  static <R> byte[] write(
      String sheetName,
      List<Column<R>> columns,
      List<R> rows,
      Function<R, String> colourOf,
      int colourColumn) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet(sheetName);
      XSSFCellStyle header = style(workbook, true, null);
      XSSFCellStyle body = style(workbook, false, null);
      XSSFCellStyle date = style(workbook, false, null);
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      Map<Fill, XSSFCellStyle> fills = new EnumMap<>(Fill.class);
      for (Fill fill : Fill.values()) {
        fills.put(fill, style(workbook, false, fill));
      }
      XSSFRow head = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        XSSFCell cell = head.createCell(c);
        cell.setCellValue(columns.get(c).header());
        cell.setCellStyle(header);
        sheet.setColumnWidth(c, columns.get(c).width() * 256);
      }
      for (int r = 0; r < rows.size(); r++) {
        XSSFRow row = sheet.createRow(r + 1);
        R item = rows.get(r);
        for (int c = 0; c < columns.size(); c++) {
          XSSFCell cell = row.createCell(c);
          Object value = columns.get(c).value().apply(item);
          cell.setCellStyle(value instanceof LocalDate ? date : body);
          if (value instanceof LocalDate day) {
            cell.setCellValue(day);
          } else if (value instanceof Number number) {
            cell.setCellValue(
                number instanceof BigDecimal big ? big.doubleValue() : number.doubleValue());
          } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag ? "是" : "否");
          } else if (value != null) {
            cell.setCellValue(value.toString());
          }
          if (c == colourColumn && colourOf != null) {
            cell.setCellStyle(fills.get(Fill.valueOf(colourOf.apply(item))));
          }
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(
          new org.apache.poi.ss.util.CellRangeAddress(
              0, Math.max(rows.size(), 1), 0, columns.size() - 1));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XSSFCellStyle style(XSSFWorkbook workbook, boolean bold, Fill fill) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font(workbook, bold));
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    if (bold) {
      style.setAlignment(HorizontalAlignment.CENTER);
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    if (fill != null) {
      style.setFillForegroundColor(fill.colour.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return style;
  }

  /**
   * 宋体 with the GB2312 charset, no theme font scheme (which would let Excel substitute a Latin
   * font).
   */
  static XSSFFont font(XSSFWorkbook workbook, boolean bold) {
    XSSFFont font = workbook.createFont();
    font.setFontName(FONT);
    font.setFontHeightInPoints((short) 11);
    font.setBold(bold);
    font.setCharSet(org.apache.poi.common.usermodel.fonts.FontCharset.GB2312.getNativeId());
    CTFont ct = font.getCTFont();
    if (ct.sizeOfSchemeArray() > 0) {
      ct.getSchemeArray(0).setVal(STFontScheme.NONE);
    }
    return font;
  }
}
