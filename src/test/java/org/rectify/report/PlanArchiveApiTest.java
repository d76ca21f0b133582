package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plan's archive package as the office unpacks it: notice, ledger, one record per process and
 * the evidence with its list; a hostile file name stays inside its folder; only the rectification
 * office may export it.
 */
class PlanArchiveApiTest extends ReportTestBase {

  private static final byte[] MINUTES = "党组会会议纪要（扫描件）".getBytes(StandardCharsets.UTF_8);

  @AfterEach
  void removeEvidence() {
    jdbc.update("delete from rect_measure_attachment where uploaded_by = 'greening1'");
  }

  private HttpResponse<byte[]> download(long plan, String user) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            http.builder("/api/plans/" + plan + "/archive.zip", user, "demo").build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private void attach(String code, String name, byte[] content, boolean withdrawn) {
    jdbc.update(
        "insert into rect_measure_attachment (measure_code, file_name, content_type, size_bytes,"
            + " content, uploaded_by, removed_by, removed_at) values (?, ?, 'application/pdf', ?, ?,"
            + " 'greening1', ?, ?)",
        code,
        name,
        content.length,
        content,
        withdrawn ? "greening1" : null,
        withdrawn ? java.sql.Timestamp.valueOf("2026-12-01 10:00:00") : null);
  }

  @Test
  void theOfficeExportsNoticeLedgerRecordsAndEvidence() throws Exception {
    long plan = seedPlan();
    attach("M18", "../../落叶清运记录.pdf", MINUTES, false);
    attach("M18", "作废的记录.pdf", "旧版".getBytes(StandardCharsets.UTF_8), true);

    HttpResponse<byte[]> response = download(plan, "rectOffice1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", ".zip", "UTF-8''");
    Map<String, byte[]> entries = unzip(response.body());
    assertThat(entries)
        .containsKeys(
            "00-说明.txt",
            "01-巡察整改情况通报.docx",
            "02-整改台账.xlsx",
            "03-办理记录/PLAN-" + plan + "-整改方案.csv",
            "03-办理记录/M01.csv",
            "03-办理记录/M37.csv",
            "04-佐证材料/佐证材料清单.csv");
    assertThat(entries.keySet()).allMatch(name -> !name.contains("..") && !name.startsWith("/"));
    assertThat(entries.keySet().stream().filter(name -> name.startsWith("03-办理记录/M"))).hasSize(37);

    String readme = new String(entries.get("00-说明.txt"), StandardCharsets.UTF_8);
    assertThat(readme).contains("整改方案归档包", "办理状态：", "导出人：", "本方案 37 条整改措施", "共 38 份", "佐证材料 1 个文件");
    try (XWPFDocument notice =
        new XWPFDocument(new ByteArrayInputStream(entries.get("01-巡察整改情况通报.docx")))) {
      assertThat(notice.getParagraphs().get(0).getText()).contains("关于巡察整改情况通报");
    }
    try (XSSFWorkbook ledger =
        new XSSFWorkbook(new ByteArrayInputStream(entries.get("02-整改台账.xlsx")))) {
      assertThat(ledger.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(37);
    }

    String evidencePath =
        entries.keySet().stream()
            .filter(name -> name.startsWith("04-佐证材料/M18/"))
            .findFirst()
            .orElseThrow();
    assertThat(evidencePath).endsWith("-____落叶清运记录.pdf");
    assertThat(entries.get(evidencePath)).isEqualTo(MINUTES);
    assertThat(entries.keySet().stream().filter(name -> name.contains("作废的记录"))).isEmpty();
    String list = new String(entries.get("04-佐证材料/佐证材料清单.csv"), StandardCharsets.UTF_8);
    assertThat(list)
        .startsWith("\uFEFF措施编号,文件名,")
        .contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(MINUTES)))
        .contains("\"" + evidencePath + "\"")
        .contains("\"作废的记录.pdf\"", "已撤回");

    String record = new String(entries.get("03-办理记录/M01.csv"), StandardCharsets.UTF_8);
    assertThat(record).startsWith("\uFEFF时间,人员,单位,办理事项,内容").contains("\"发起\"");
  }

  @Test
  void onlyTheRectificationOfficeExportsAndAnUnknownPlanIsNamed() throws Exception {
    assertThat(download(seedPlan(), "greening1").statusCode()).isEqualTo(403);
    assertThat(download(seedPlan(), "office1").statusCode()).isEqualTo(403);
    HttpResponse<String> unknown = http.get("/api/plans/999999/archive.zip", "rectOffice1", "demo");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("整改方案不存在");
  }

  @Test
  void csvCellsCannotBecomeFormulasAndNamesCannotLeaveTheirFolder() {
    assertThat(PlanArchive.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(PlanArchive.safe("../../etc/passwd")).isEqualTo("____etc_passwd");
    assertThat(PlanArchive.safe(".. ")).isEqualTo("_");
    assertThat(PlanArchive.safe(" .")).isEqualTo("未命名");
  }
}
