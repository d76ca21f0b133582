package org.rectify.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/plans/{id}/template.xlsx}: a plan in the import template's layout (方案 / 方面 / 问题 /
 * 措施), so an existing plan is the best starting point for the next one and export → import
 * reproduces it.
 */
@RestController
class PlanTemplateExport {

  private final JdbcTemplate jdbc;
  private final OrganizationDirectory organization;

  PlanTemplateExport(JdbcTemplate jdbc, OrganizationDirectory organization) {
    this.jdbc = jdbc;
    this.organization = organization;
  }

  /**
   * {@code GET /api/plans/import/template.xlsx}: the empty template (headers only) with a sheet of
   * instructions naming the departments a workbook may use — the start of a new plan.
   */
  @GetMapping("/api/plans/import/template.xlsx")
  ResponseEntity<byte[]> emptyTemplate() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFCellStyle style = workbook.createCellStyle();
      style.setFont(LedgerWorkbook.font(workbook, false));
      List<Object[]> facts = new ArrayList<>();
      facts.add(new Object[] {"项目", "内容"});
      PlanWorkbookReader.PLAN_KEYS.forEach(key -> facts.add(new Object[] {key, null}));
      sheet(workbook, style, "方案", facts);
      sheet(workbook, style, "方面", List.<Object[]>of(new Object[] {"序号", "标题"}));
      sheet(workbook, style, "问题", List.<Object[]>of(new Object[] {"方面序号", "问题序号", "标题"}));
      sheet(
          workbook,
          style,
          "措施",
          List.<Object[]>of(
              new Object[] {"编号", "问题序号", "整改措施", "责任部门", "协办部门", "阶段", "完成时限", "通报段落"}));
      List<Object[]> help = new ArrayList<>();
      help.add(new Object[] {"填写说明", ""});
      help.add(new Object[] {"方案", "每一项填在“内容”列；日期写作 2027-03-31；声明措施数为通知中写明的措施条数"});
      help.add(new Object[] {"方面、问题", "序号从 1 起；问题的“方面序号”须在“方面”表中存在"});
      help.add(new Object[] {"措施", "编号不可重复（如 M01）；阶段为 1、2 或 3；完成时限写作 2027-06-30；协办部门可填多个，用“、”分隔"});
      help.add(new Object[] {"部门名称", "可填写以下名称之一："});
      PlanImporter.units(organization).keySet().stream()
          .filter(name -> !name.matches("[A-Za-z0-9]+"))
          .sorted()
          .forEach(name -> help.add(new Object[] {"", name}));
      sheet(workbook, style, "填写说明", help);
      workbook.write(out);
      return xlsx(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/api/plans/{id}/template.xlsx")
  ResponseEntity<byte[]> template(@PathVariable long id) {
    Map<String, Object> plan =
        jdbc.queryForList("select * from rect_plan where id = ?", id).stream()
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("整改方案不存在"));
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFCellStyle style = workbook.createCellStyle();
      style.setFont(LedgerWorkbook.font(workbook, false));
      List<Object[]> facts = new ArrayList<>();
      facts.add(new Object[] {"项目", "内容"});
      String[] columns = {
        "TITLE",
        "INSPECTION_GROUP",
        "INSPECTED_BODY",
        "FEEDBACK_DATE",
        "DECLARED_MEASURE_COUNT",
        "PHASE1_START",
        "PHASE1_END",
        "PHASE2_START",
        "PHASE2_END",
        "PHASE3_START",
        "PHASE3_END"
      };
      for (int i = 0; i < columns.length; i++) {
        facts.add(new Object[] {PlanWorkbookReader.PLAN_KEYS.get(i), plan.get(columns[i])});
      }
      sheet(workbook, style, "方案", facts);
      sheet(
          workbook,
          style,
          "方面",
          rows(
              List.of("序号", "标题"),
              "select aspect_no, heading from rect_aspect where plan_id = ? order by aspect_no",
              id));
      sheet(
          workbook,
          style,
          "问题",
          rows(
              List.of("方面序号", "问题序号", "标题"),
              "select a.aspect_no, p.problem_no, p.heading from rect_problem p join rect_aspect a"
                  + " on a.id = p.aspect_id where a.plan_id = ? order by p.problem_no",
              id));
      List<Object[]> measures =
          rows(
              List.of("编号", "问题序号", "整改措施", "责任部门", "协办部门", "阶段", "完成时限", "通报段落"),
              "select m.code, p.problem_no, m.title, m.department, m.co_departments, m.phase, m.due_date,"
                  + " m.report_narrative from rect_measure m join rect_problem p on p.id = m.problem_id"
                  + " where m.plan_id = ? order by m.code",
              id);
      for (Object[] row : measures.subList(1, measures.size())) {
        row[3] = organization.nameOf((String) row[3]);
        row[4] =
            row[4] == null
                ? null
                : String.join(
                    "、",
                    java.util.Arrays.stream(((String) row[4]).split(","))
                        .map(organization::nameOf)
                        .toList());
      }
      sheet(workbook, style, "措施", measures);
      workbook.write(out);
      return xlsx(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResponseEntity<byte[]> xlsx(byte[] content) {
    return ResponseEntity.ok()
        .contentType(LedgerExportController.XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("整改方案模板.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(content);
  }

  private List<Object[]> rows(List<String> header, String sql, long id) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(header.toArray());
    rows.addAll(
        jdbc.query(
            sql,
            (rs, i) -> {
              Object[] row = new Object[header.size()];
              for (int c = 0; c < row.length; c++) {
                row[c] = rs.getObject(c + 1);
              }
              return row;
            },
            id));
    return rows;
  }

  private static void sheet(
      XSSFWorkbook workbook, XSSFCellStyle style, String name, List<Object[]> rows) {
    XSSFSheet sheet = workbook.createSheet(name);
    for (int r = 0; r < rows.size(); r++) {
      XSSFRow row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).length; c++) {
        Object value = rows.get(r)[c];
        var cell = row.createCell(c);
        cell.setCellStyle(style);
        cell.setCellValue(value == null ? "" : value.toString());
      }
    }
    sheet.createFreezePane(0, 1);
    for (int c = 0; c < rows.get(0).length; c++) {
      sheet.setColumnWidth(c, 20 * 256);
    }
  }
}
