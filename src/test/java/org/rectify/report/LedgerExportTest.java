package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The Excel exports read back with POI: header, frozen pane, rows, dates, colour fills and fonts.
 */
class LedgerExportTest extends ReportTestBase {

  private XSSFWorkbook download(String path) throws Exception {
    HttpResponse<byte[]> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                http.builder(
                        path,
                        path.startsWith("/api/ledger/spot-checks") ? "supervision1" : "rectOffice1",
                        "demo")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .contains("spreadsheetml");
    return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
  }

  @Test
  void exportsTheMeasureLedgerFormattedWithStatusColours() throws Exception {
    try (XSSFWorkbook workbook = download("/api/ledger.xlsx?planId=" + seedPlan())) {
      XSSFSheet sheet = workbook.getSheet("整改台账");
      XSSFRow header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编号");
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("整改措施");
      assertThat(header.getCell(9).getStringCellValue()).isEqualTo("预警");
      assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getLastRowNum()).isEqualTo(37);
      int red = 0;
      for (int r = 1; r <= 37; r++) {
        XSSFCell colour = sheet.getRow(r).getCell(9);
        assertThat(colour.getCellStyle().getFont().getFontName()).isEqualTo("宋体");
        assertThat(sheet.getRow(r).getCell(3).getCellStyle().getFont().getCharSet()).isEqualTo(134);
        if (colour.getStringCellValue().equals("红色 超期")) {
          red++;
          assertThat(colour.getCellStyle().getFillForegroundColor())
              .isEqualTo(IndexedColors.CORAL.getIndex());
        }
      }
      assertThat(red).isEqualTo(2);
      XSSFCell due = sheet.getRow(1).getCell(7);
      assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isAfter(LocalDate.of(2020, 1, 1));
      assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    }
  }

  @Test
  void exportsTheFilteredContractAndSpotCheckLedgers() throws Exception {
    try (XSSFWorkbook workbook = download("/api/ledger/contracts.xlsx?department=sanitation")) {
      XSSFSheet sheet = workbook.getSheet("合同台账");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("合同编号");
      assertThat(sheet.getLastRowNum()).isGreaterThan(0);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).isEqualTo("环卫科");
      }
    }
    try (XSSFWorkbook workbook = download("/api/ledger/spot-checks.xlsx")) {
      XSSFSheet sheet = workbook.getSheet("暗访台账");
      assertThat(sheet.getLastRowNum()).isEqualTo(6);
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("已整改");
    }
  }

  @Test
  void refusesBadParametersOnExportToo() {
    assertThat(http.get("/api/ledger.xlsx?phase=9", "rectOffice1", "demo").statusCode())
        .isEqualTo(400);
  }
}
