package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.reminder.StatusColour;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data of Cockpit's 整改措施一览, 合同一览 and 业务记录 tab ({@code /api/overview/*}) on the seed plan and
 * the demo contracts: what a manager reads, and what a clerk of a department may and may not read.
 */
class OverviewApiTest extends ReportTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtimeService;

  private JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> response = http.get(path, user, "demo");
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode find(JsonNode rows, String field, String value) {
    for (JsonNode row : rows) {
      if (row.get(field).asText().equals(value)) {
        return row;
      }
    }
    throw new AssertionError(value + " not in " + rows);
  }

  @Test
  void showsAManagerEveryMeasureWithWhereItsProcessStands() throws Exception {
    JsonNode rows = get("/api/overview/measures", "leaders1");
    assertThat(rows.size()).isGreaterThanOrEqualTo(37);
    // M17 (环卫科, 需长期落实) waits for its periodic report in the seed
    JsonNode m17 = find(rows, "code", "M17");
    assertThat(m17.get("departmentName").asText()).isEqualTo("环卫科");
    assertThat(m17.get("statusLabel").asText()).isNotBlank();
    assertThat(m17.get("currentStep").asText()).isNotBlank().isNotEqualTo("已办结");
    assertThat(m17.get("holder").asText()).isNotBlank().isNotEqualTo("—");
    assertThat(m17.get("responsibleLeaderName").asText()).isNotBlank();
    assertThat(m17.get("processInstanceId").asText()).isEqualTo(instanceOf("M17").getId());
    // co-departments by name: M37 is led by 园林绿化科 with 市政科 and 办公室
    JsonNode m37 = find(rows, "code", "M37");
    assertThat(m37.get("coDepartmentNames").asText()).contains("市政科", "办公室");
  }

  @Test
  void filtersByDepartmentLeaderColourAndPhase() throws Exception {
    JsonNode greening = get("/api/overview/measures?department=greening", "leaders1");
    assertThat(greening)
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(
                        r.get("department").asText().equals("greening")
                            || r.get("coDepartments").toString().contains("\"greening\""))
                    .isTrue());
    assertThat(greening).anySatisfy(r -> assertThat(r.get("code").asText()).isEqualTo("M37"));
    String leader = find(greening, "code", "M18").get("responsibleLeader").asText();
    assertThat(get("/api/overview/measures?leader=" + leader, "leaders1"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("responsibleLeader").asText()).isEqualTo(leader));
    assertThat(get("/api/overview/measures?colour=RED", "leaders1"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("colourText").asText()).isEqualTo("红色 超期"));
    assertThat(get("/api/overview/measures?phase=2&department=office", "rectOffice1"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("phase").asInt()).isEqualTo(2));
    HttpResponse<String> bad = http.get("/api/overview/measures?colour=PURPLE", "leaders1", "demo");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("colour：");
    assertThat(http.get("/api/overview/measures?leader=nobody", "leaders1", "demo").body())
        .contains("未知人员");
  }

  /**
   * A long-term measure whose report is overdue is 红色 超期 — for a manager and, in the ledger, for a
   * clerk of another department, who has no engine READ on the instance.
   */
  @Test
  void aLongTermMeasureWithAnOverdueReportIsRedForEveryone() throws Exception {
    ProcessInstance m17 = instanceOf("M17");
    Object before = runtimeService.getVariable(m17.getId(), StatusColour.STATUS_DUE_DATE);
    Date yesterday =
        Date.from(
            LocalDate.now()
                .minusDays(1)
                .atTime(9, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
    runtimeService.setVariable(m17.getId(), StatusColour.STATUS_DUE_DATE, yesterday);
    try {
      JsonNode row = find(get("/api/overview/measures?colour=RED", "leaders1"), "code", "M17");
      assertThat(row.get("status").asText()).isEqualTo("LONG_TERM");
      assertThat(row.get("colourText").asText()).isEqualTo("红色 超期");
      JsonNode clerks = get("/api/ledger?colour=RED", "greening1");
      assertThat(find(clerks, "code", "M17").get("colourText").asText()).isEqualTo("红色 超期");
    } finally {
      runtimeService.setVariable(m17.getId(), StatusColour.STATUS_DUE_DATE, before);
    }
  }

  @Test
  void showsAClerkOnlyTheMeasuresOfHisDepartmentAndRefusesAnotherInChinese() throws Exception {
    JsonNode own = get("/api/overview/measures", "sanitation1");
    assertThat(own)
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(
                        r.get("department").asText().equals("sanitation")
                            || r.get("coDepartments").toString().contains("\"sanitation\""))
                    .isTrue());
    assertThat(own).noneSatisfy(r -> assertThat(r.get("code").asText()).isEqualTo("M18"));
    HttpResponse<String> other =
        http.get("/api/overview/measures?department=greening", "sanitation1", "demo");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(other.body()).get("error").asText())
        .isEqualTo(MeasureOverview.REFUSAL)
        .contains("本科室");
    assertThat(http.get("/api/overview/measures", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void theInstanceTabShowsTheMeasureInChineseToAManagerAndNothingToAnotherDepartment()
      throws Exception {
    String instance = instanceOf("M17").getId();
    JsonNode record = get("/api/overview/instances/" + instance, "leaders1");
    assertThat(record.get("kindLabel").asText()).isEqualTo("整改措施");
    assertThat(record.get("number").asText()).isEqualTo("M17");
    assertThat(record.get("title").asText()).isEqualTo("清扫保洁企业监管与考核");
    assertThat(labels(record)).contains("责任科室", "当前环节", "办理人", "完成时限", "状态颜色", "最新进展");
    assertThat(value(record, "责任科室")).isEqualTo("环卫科");
    HttpResponse<String> clerk =
        http.get("/api/overview/instances/" + instance, "greening1", "demo");
    assertThat(clerk.statusCode()).isIn(403, 404);
    assertThat(JSON.readTree(clerk.body()).get("error").asText()).contains("没有查看它的权限");
  }

  @Test
  void listsContractsAndFlagsADecisionDeadlinePassedWithoutDecision() throws Exception {
    java.sql.Date originalEnd =
        jdbc.queryForObject(
            "select ends_on from contract where number = 'HT-2025-GRN-01'", java.sql.Date.class);
    jdbc.update(
        "update contract set ends_on = ? where number = 'HT-2025-GRN-01'",
        LocalDate.now().plusDays(20));
    try {
      JsonNode rows = get("/api/overview/contracts", "leaders1");
      JsonNode late = find(rows, "number", "HT-2025-GRN-01");
      assertThat(late.get("decisionOverdue").asBoolean()).isTrue();
      assertThat(late.get("colour").asText()).isEqualTo("RED");
      assertThat(late.get("colourText").asText()).isEqualTo("红色 已过决策期限");
      assertThat(late.get("renewalState").asText()).startsWith("已过决策期限");
      assertThat(late.get("contractor").asText()).isNotBlank();
      assertThat(late.get("currentStep").asText()).isNotBlank();
      assertThat(get("/api/overview/contracts?colour=RED", "leaders1"))
          .anySatisfy(r -> assertThat(r.get("number").asText()).isEqualTo("HT-2025-GRN-01"));
      // a department sees its own contracts only
      assertThat(get("/api/overview/contracts", "sanitation1"))
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r.get("department").asText()).isEqualTo("sanitation"));
      // the instance tab of the contract's renewal
      String instance = late.get("processInstanceId").asText();
      JsonNode record = get("/api/overview/instances/" + instance, "leaders1");
      assertThat(record.get("kindLabel").asText()).isEqualTo("合同");
      assertThat(value(record, "续签状态")).startsWith("已过决策期限");
      assertThat(
              http.get("/api/overview/instances/" + instance, "sanitation1", "demo").statusCode())
          .isIn(403, 404);
    } finally {
      jdbc.update("update contract set ends_on = ? where number = 'HT-2025-GRN-01'", originalEnd);
    }
  }

  private ProcessInstance instanceOf(String businessKey) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .processDefinitionKey("measure-lifecycle")
        .singleResult();
  }

  private static java.util.List<String> labels(JsonNode record) {
    java.util.List<String> labels = new java.util.ArrayList<>();
    record.get("fields").forEach(f -> labels.add(f.get("label").asText()));
    return labels;
  }

  private static String value(JsonNode record, String label) {
    for (JsonNode f : record.get("fields")) {
      if (f.get("label").asText().equals(label)) {
        return f.get("value").asText();
      }
    }
    throw new AssertionError(label);
  }
}
