package org.rectify.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.rectify.measure.RectificationPlan;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.rectify.worklog.Worklog;
import org.rectify.worklog.WorklogEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The archive package of a plan (归档包, {@code GET /api/plans/{id}/archive.zip}), what the office
 * files when the rectification is done: the notice (.docx), the ledger of its measures (.xlsx), the
 * record of every process of the plan and of each measure (办理记录, one CSV per record: who did what
 * when, every comment and decision) and the evidence (佐证材料: each file as uploaded, and a list with
 * size, uploader, time and SHA-256; withdrawn files are listed as withdrawn). CSV files carry a
 * byte-order mark so Excel opens them as UTF-8. Stored file names are reduced to a safe name inside
 * the package (no folders, no ".."), so a file name typed by a clerk cannot place a file elsewhere
 * when the package is unpacked.
 */
@Component
class PlanArchive {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final JdbcTemplate jdbc;
  private final NoticeComposer notices;
  private final LedgerQueries ledgers;
  private final Worklog worklog;
  private final OrganizationDirectory organization;

  PlanArchive(
      JdbcTemplate jdbc,
      NoticeComposer notices,
      LedgerQueries ledgers,
      Worklog worklog,
      OrganizationDirectory organization) {
    this.jdbc = jdbc;
    this.notices = notices;
    this.ledgers = ledgers;
    this.worklog = worklog;
    this.organization = organization;
  }

  /** The file name the package is offered under. */
  String fileName(long planId) {
    return "整改方案" + planId + "归档包.zip";
  }

  byte[] zip(long planId, String exportedBy) {
    List<Map<String, Object>> plans =
        jdbc.queryForList("select title, status from rect_plan where id = ?", planId);
    if (plans.isEmpty()) {
      throw ApiException.notFound("整改方案不存在：" + planId);
    }
    String title = (String) plans.get(0).get("TITLE");
    List<MeasureLedger.Row> measures = ledgers.measures(Map.of("planId", String.valueOf(planId)));
    boolean closed = "CLOSED".equals(plans.get(0).get("STATUS"));
    String planKey = RectificationPlan.businessKey(planId);
    List<WorklogEntry> planRecord = worklog.ofRecord(planKey);
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      put(zip, "01-巡察整改情况通报.docx", NoticeDocument.docx(notices.compose(planId)));
      put(
          zip,
          "02-整改台账.xlsx",
          LedgerWorkbook.write(
              "整改台账",
              LedgerExportController.MEASURE_COLUMNS,
              measures,
              MeasureLedger.Row::colour,
              9));
      put(zip, "03-办理记录/" + planKey + "-整改方案.csv", csv(planRecord));
      int records = 1;
      for (MeasureLedger.Row measure : measures) {
        put(zip, "03-办理记录/" + measure.code() + ".csv", csv(worklog.ofRecord(measure.code())));
        records++;
      }
      int files = evidence(zip, planId);
      put(
          zip,
          "00-说明.txt",
          readme(title, planId, closed, measures.size(), records, files, exportedBy)
              .getBytes(StandardCharsets.UTF_8));
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The evidence files of the plan's measures and their list; answers how many files. */
  private int evidence(ZipOutputStream zip, long planId) throws IOException {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select t.id, t.measure_code, t.file_name, t.size_bytes, t.uploaded_by, t.uploaded_at,"
                + " t.removed_by, t.removed_at, t.content from rect_measure_attachment t"
                + " join rect_measure m on m.code = t.measure_code"
                + " where m.plan_id = ? order by t.measure_code, t.id",
            planId);
    StringBuilder list = new StringBuilder("措施编号,文件名,大小（字节）,上传人,上传时间,状态,SHA-256,包内位置\r\n");
    int files = 0;
    for (Map<String, Object> row : rows) {
      String code = (String) row.get("MEASURE_CODE");
      String name = (String) row.get("FILE_NAME");
      byte[] content = (byte[]) row.get("CONTENT");
      boolean withdrawn = row.get("REMOVED_AT") != null;
      String path =
          withdrawn ? "" : "04-佐证材料/" + safe(code) + "/" + row.get("ID") + "-" + safe(name);
      if (!withdrawn) {
        put(zip, path, content);
        files++;
      }
      list.append(
          String.join(
                  ",",
                  cell(code),
                  cell(name),
                  String.valueOf(row.get("SIZE_BYTES")),
                  cell(organization.displayNameOf((String) row.get("UPLOADED_BY"))),
                  cell(time(row.get("UPLOADED_AT"))),
                  cell(
                      withdrawn
                          ? "已撤回（"
                              + organization.displayNameOf((String) row.get("REMOVED_BY"))
                              + "，"
                              + time(row.get("REMOVED_AT"))
                              + "）"
                          : "在案"),
                  sha256(content),
                  cell(path))
              .concat("\r\n"));
    }
    put(zip, "04-佐证材料/佐证材料清单.csv", withBom(list.toString()));
    return files;
  }

  private static String readme(
      String title,
      long planId,
      boolean closed,
      int measures,
      int records,
      int files,
      String exportedBy) {
    return String.join(
        "\r\n",
        "整改方案归档包",
        "",
        "整改方案：" + title + "（编号 " + planId + "）",
        "办理状态：" + (closed ? "已办结" : "办理中（导出时尚未办结，本包为阶段性留存）"),
        "导出人：" + exportedBy,
        "导出时间：" + LocalDateTime.now(StatusColours.ZONE).format(TIME) + "（北京时间）",
        "",
        "内容：",
        "01-巡察整改情况通报.docx  按 GB/T 9704-2012 排版的整改情况通报",
        "02-整改台账.xlsx  本方案 " + measures + " 条整改措施的台账",
        "03-办理记录/  整改方案及每条措施的办理经过，共 " + records + " 份（时间、人员、单位、办理事项、内容）",
        "04-佐证材料/  各措施的佐证材料 " + files + " 个文件，及佐证材料清单.csv（含 SHA-256 校验值，已撤回的材料只列入清单）",
        "");
  }

  private static byte[] csv(List<WorklogEntry> lines) {
    StringBuilder out = new StringBuilder("时间,人员,单位,办理事项,内容\r\n");
    for (WorklogEntry line : lines) {
      out.append(
          String.join(
                  ",",
                  cell(TIME.format(line.at().atZone(StatusColours.ZONE))),
                  cell(line.actor()),
                  cell(line.unit()),
                  cell(line.action()),
                  cell(line.detail()))
              .concat("\r\n"));
    }
    return withBom(out.toString());
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }

  /** A CSV cell: quoted, inner quotes doubled; a leading = + - @ is kept as text, not a formula. */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  /** A stored name as one safe path segment: no folders, no "..", no control characters. */
  static String safe(String name) {
    String cleaned =
        (name == null ? "" : name)
            .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")
            .replaceAll("\\.{2,}", "_")
            .replaceAll("^[.\\s]+", "")
            .strip();
    if (cleaned.isEmpty()) {
      cleaned = "未命名";
    }
    return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
  }

  private static String time(Object value) {
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().format(TIME);
    }
    return value == null ? "" : value.toString();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    zip.write(content);
    zip.closeEntry();
  }
}
