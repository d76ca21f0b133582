package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Tasklist start form of {@code agenda-prereview}, submitted as Tasklist does ({@code
 * submit-form} on the engine REST API with the form's own fields, quote rows included) by {@code
 * enforcement1}: a valid topic is registered exactly as through {@code POST /api/agenda-topics}; an
 * invalid one is refused with the Chinese message and leaves no topic and no instance behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgendaStartFormTest {

  private static final String PATH =
      "/engine-rest/process-definition/key/agenda-prereview/submit-form";
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();
  private HttpTestClient http;

  @BeforeEach
  void setUp() {
    http = new HttpTestClient(port);
  }

  /** The start form as Tasklist submits it: its own fields, three quote rows filled in. */
  private static String form(String department, String amount, String type, String firstSupplier) {
    return """
        {"variables": {
          "title": {"value": "执法车辆维修服务"}, "type": {"value": "%s"}, "department": {"value": "%s"},
          "category": {"value": "车辆维修"}, "amount": {"value": %s}, "tripleOneMajor": {"value": false},
          "deadline": {"value": "2026-12-31"},
          "quote1Supplier": {"value": "%s"}, "quote1Price": {"value": 280000},
          "quote1RegistrationCheckedOn": {"value": "2026-11-20"},
          "quote1RegistrationCheckResult": {"value": "存续"}, "quote1Forged": {"value": false},
          "quote2Supplier": {"value": "乙公司"}, "quote2Price": {"value": 279000},
          "quote3Supplier": {"value": "丙公司"}, "quote3Price": {"value": 281000}}}"""
        .formatted(type, department, amount, firstSupplier);
  }

  @Test
  void aValidStartFormRegistersTheTopicLikeTheApi() throws Exception {
    HttpResponse<String> started =
        http.post(
            PATH, form("enforcement", "280000", "PRICE_COMPARISON", "甲公司"), "enforcement1", "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    ProcessInstance pi =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(json.readTree(started.body()).get("id").asText())
            .singleResult();
    String number = pi.getBusinessKey();
    assertThat(number).startsWith("YT-");
    JsonNode topic =
        json.readTree(http.get("/api/agenda-topics/" + number, "enforcement1", "demo").body());
    assertThat(topic.get("title").asText()).isEqualTo("执法车辆维修服务");
    assertThat(topic.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(topic.get("submittedBy").asText()).isEqualTo("enforcement1");
    assertThat(topic.get("amount").decimalValue()).isEqualByComparingTo("280000");
    JsonNode quotes =
        json.readTree(
            http.get("/api/agenda-topics/" + number + "/quotes", "enforcement1", "demo").body());
    assertThat(quotes).hasSize(3);
    assertThat(quotes.get(0).get("supplier").asText()).isEqualTo("甲公司");
    assertThat(quotes.get(0).get("registrationCheckedOn").asText()).isEqualTo("2026-11-20");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "topicTypeName"))
        .isEqualTo("三方比价");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "businessNumber"))
        .isEqualTo(number);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "quotes")).isNull();
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult()
                .getAssignee())
        .isEqualTo("enforcementHead");
  }

  @Test
  void anInvalidStartFormIsRefusedInChineseAndLeavesNothingBehind() {
    int topics = jdbc.queryForObject("select count(*) from agenda_topic", Integer.class);
    long instances =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey("agenda-prereview")
            .count();
    assertRefusedByTheForm(form("enforcement", "-5", "PRICE_COMPARISON", "甲公司"), "“金额（元）”不能小于 0");
    assertRefusedByTheForm(form("enforcement", "null", "PRICE_COMPARISON", "甲公司"), "为必填项");
    assertRefusedByTheForm(
        form("enforcement", "280000", "PRICE_COMPARISON", "甲公司")
            .replace("\"title\"", "\"department2\": {\"value\": \"greening\"}, \"title\""),
        "“department2”不是发起表单的字段");
    assertRefusedByTheForm(
        form("enforcement", "280000", "BRIBE", "甲公司"), "“议题类型”的选项“BRIBE”不在可选范围内");
    assertRefused(form("greening", "280000", "PRICE_COMPARISON", "甲公司"), "未提交：提交人不属于科室");
    assertRefused(form("enforcement", "280000", "PRICE_COMPARISON", " "), "未提交：第 1 条报价的供应商名称不能为空");
    assertThat(jdbc.queryForObject("select count(*) from agenda_topic", Integer.class))
        .isEqualTo(topics);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("agenda-prereview")
                .count())
        .isEqualTo(instances);
  }

  /** Refused by the form's own declaration before the process's checks run. */
  private void assertRefusedByTheForm(String body, String detail) {
    HttpResponse<String> response = http.post(PATH, body, "enforcement1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("提交有误，未保存").contains(detail);
  }

  private void assertRefused(String body, String detail) {
    HttpResponse<String> response = http.post(PATH, body, "enforcement1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body())
        .contains("议题信息有误，未提交")
        .contains(detail)
        .doesNotContain("quotes[")
        .doesNotContain("ENGINE-");
  }
}
