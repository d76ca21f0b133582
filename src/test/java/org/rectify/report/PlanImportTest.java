package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Plan import from the template workbook: dry run, all-or-nothing, every defect with its cell,
 * refused files.
 */
class PlanImportTest extends ReportTestBase {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void dryRunWritesNothingThenTheImportWritesTheWholeDraftPlan() throws Exception {
    byte[] good = workbook(false);
    int plans = count("rect_plan");
    HttpResponse<String> dry = upload(good, "true", "rectOffice1");
    assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
    JsonNode result = json.readTree(dry.body());
    assertThat(result.get("valid").asBoolean()).isTrue();
    assertThat(result.get("measures").asInt()).isEqualTo(3);
    assertThat(result.get("planId").isNull()).isTrue();
    assertThat(count("rect_plan")).isEqualTo(plans);

    HttpResponse<String> real = upload(good, "false", "rectOffice1");
    assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
    long planId = json.readTree(real.body()).get("planId").asLong();
    assertThat(
            jdbc.queryForObject("select status from rect_plan where id = ?", String.class, planId))
        .isEqualTo("DRAFT");
    assertThat(
            jdbc.queryForList(
                "select code || '|' || department || '|' || coalesce(co_departments, '') || '|'"
                    + " || phase || '|' || due_date from rect_measure where plan_id = ? order by code",
                String.class,
                planId))
        .containsExactly(
            "IMP01|office||1|2027-01-31",
            "IMP02|sanitation|greening,municipal|2|2027-06-30",
            "IMP03|legal||2|2027-06-30");
    JsonNode ledger =
        json.readTree(http.get("/api/ledger?planId=" + planId, "rectOffice1", "demo").body());
    assertThat(ledger).hasSize(3);
    assertThat(ledger.get(1).get("problem").asText()).isEqualTo("规范合同管理");

    HttpResponse<String> again = upload(good, "false", "rectOffice1");
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("IMP01 已被现有措施使用");

    theOfficeStartsTheImportedDraftOnce(planId);
  }

  /** 启动办理: only the office, once; the plan's process begins with registering the feedback. */
  private void theOfficeStartsTheImportedDraftOnce(long planId) throws Exception {
    JsonNode listed = plan(planId);
    assertThat(listed.get("startable").asBoolean()).isTrue();
    assertThat(listed.get("statusText").asText()).isEqualTo("草稿（未启动办理）");

    HttpResponse<String> clerk =
        http.post("/api/plans/" + planId + "/start", "{}", "greening1", "demo");
    assertThat(clerk.statusCode()).isEqualTo(403);
    assertThat(processOf(planId)).as("a refused start changes nothing").isNull();

    HttpResponse<String> started =
        http.post("/api/plans/" + planId + "/start", "{}", "rectOffice1", "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(json.readTree(started.body()).get("statusText").asText()).isEqualTo("方案审定中");
    String instance = processOf(planId);
    assertThat(instance).isNotNull();
    assertThat(
            jdbc.queryForList(
                "select task_def_key_ from act_ru_task where proc_inst_id_ = ?",
                String.class,
                instance))
        .containsExactly("UserTask_RegisterFeedback");
    assertThat(
            jdbc.queryForObject(
                "select business_key_ from act_ru_execution where id_ = ?", String.class, instance))
        .isEqualTo("PLAN-" + planId);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from rect_measure where plan_id = ? and status = 'ASSIGNED'",
                Integer.class,
                planId))
        .as("the measures wait for the Party Group's approval")
        .isEqualTo(3);

    HttpResponse<String> twice =
        http.post("/api/plans/" + planId + "/start", "{}", "rectOffice1", "demo");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(json.readTree(twice.body()).get("error").asText())
        .isEqualTo("《" + listed.get("title").asText() + "》已经启动办理，不能重复启动");
    assertThat(processOf(planId)).isEqualTo(instance);
    assertThat(plan(planId).get("startable").asBoolean()).isFalse();

    HttpResponse<String> unknown =
        http.post("/api/plans/999999/start", "{}", "rectOffice1", "demo");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("整改方案不存在");
  }

  private JsonNode plan(long planId) throws Exception {
    for (JsonNode plan : json.readTree(http.get("/api/plans", "rectOffice1", "demo").body())) {
      if (plan.get("id").asLong() == planId) {
        return plan;
      }
    }
    throw new AssertionError("plan " + planId + " not listed");
  }

  private String processOf(long planId) {
    return jdbc.queryForObject(
        "select process_instance_id from rect_plan where id = ?", String.class, planId);
  }

  @Test
  void reportsAllFiveDefectsWithTheirCellsAndWritesNothing() throws Exception {
    int plans = count("rect_plan");
    int measures = count("rect_measure");
    HttpResponse<String> response = upload(workbook(true), "false", "rectOffice1");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    List<String> cells = new ArrayList<>();
    json.readTree(response.body())
        .get("errors")
        .forEach(
            e ->
                cells.add(
                    e.get("sheet").asText()
                        + "!"
                        + e.get("column").asText()
                        + e.get("row").asInt()
                        + " "
                        + e.get("message").asText()));
    assertThat(cells)
        .hasSize(5)
        .anyMatch(c -> c.startsWith("措施!D2 未知部门“城管科”"))
        .anyMatch(c -> c.startsWith("措施!G3 “2027-02-30”不是日期"))
        .anyMatch(c -> c.startsWith("措施!C4 必填"))
        .anyMatch(c -> c.startsWith("措施!B3 问题序号 9"))
        .anyMatch(c -> c.startsWith("措施!H2 不允许使用公式"));
    assertThat(count("rect_plan")).isEqualTo(plans);
    assertThat(count("rect_measure")).isEqualTo(measures);
  }

  @Test
  void refusesFilesThatAreNotWorkbooksAndCallersOutsideTheOffice() throws Exception {
    HttpResponse<String> text =
        upload("不是表格".getBytes(StandardCharsets.UTF_8), "true", "rectOffice1");
    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(text.body()).contains("file：只接受");
    assertThat(upload(new byte[3 * 1024 * 1024], "true", "rectOffice1").body())
        .contains("file：不得超过 2 MB");
    assertThat(upload(workbook(false), "true", "enforcement1").statusCode()).isEqualTo(403);
    try (XSSFWorkbook macro =
            new XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      macro.createSheet("方案");
      macro.write(bytes);
      HttpResponse<String> refused = upload(bytes.toByteArray(), "true", "rectOffice1");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("文件含有宏");
    }
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  /**
   * A small template: 2 aspects, 2 problems, 3 measures; {@code defective} plants exactly five
   * defects.
   */
  static byte[] workbook(boolean defective) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet plan = wb.createSheet("方案");
      row(plan, 0, "项目", "内容");
      Object[][] facts = {
        {"方案名称", "关于巡察反馈意见的整改方案（导入测试）"},
        {"巡察组", "区委第一巡察组"},
        {"被巡察单位", "城市管理局党组"},
        {"反馈日期", "2026-12-01"},
        {"声明措施数", "3"},
        {"第一阶段开始", "2026-12-01"},
        {"第一阶段结束", "2027-01-31"},
        {"第二阶段开始", "2027-02-01"},
        {"第二阶段结束", "2027-06-30"},
        {"第三阶段开始", "2027-07-01"},
        {"第三阶段结束", "2027-12-31"}
      };
      for (int i = 0; i < facts.length; i++) {
        row(plan, i + 1, facts[i]);
      }
      XSSFSheet aspects = wb.createSheet("方面");
      row(aspects, 0, "序号", "标题");
      row(aspects, 1, 1, "加强制度建设");
      row(aspects, 2, 2, "防范廉政风险");
      XSSFSheet problems = wb.createSheet("问题");
      row(problems, 0, "方面序号", "问题序号", "标题");
      row(problems, 1, 1, 1, "完善议事规则");
      row(problems, 2, 2, 2, "规范合同管理");
      XSSFSheet measures = wb.createSheet("措施");
      row(measures, 0, "编号", "问题序号", "整改措施", "责任部门", "协办部门", "阶段", "完成时限", "通报段落");
      String prefix = defective ? "BAD" : "IMP";
      row(
          measures,
          1,
          prefix + "01",
          1,
          "修订党组议事规则",
          defective ? "城管科" : "办公室",
          "",
          1,
          LocalDate.of(2027, 1, 31),
          "");
      row(
          measures,
          2,
          prefix + "02",
          defective ? 9 : 2,
          "合同履约考核",
          "环卫科",
          "园林绿化科、市政科",
          2,
          defective ? "2027-02-30" : "2027-06-30",
          "");
      row(
          measures,
          3,
          prefix + "03",
          2,
          defective ? "" : "合同法律审查",
          "法律顾问",
          "",
          2,
          "2027-06-30",
          "");
      if (defective) {
        measures.getRow(1).getCell(7).setCellFormula("C2&\"。\"");
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static XSSFRow row(XSSFSheet sheet, int index, Object... values) {
    XSSFRow row = sheet.createRow(index);
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      if (v instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (v instanceof LocalDate d) {
        var cell = row.createCell(c);
        cell.setCellValue(d);
        var style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
        cell.setCellStyle(style);
      } else {
        row.createCell(c).setCellValue((String) v);
      }
    }
    return row;
  }

  private HttpResponse<String> upload(byte[] content, String dryRun, String user) throws Exception {
    return new PlanImportTestUpload(http).upload(content, dryRun, user);
  }
}
