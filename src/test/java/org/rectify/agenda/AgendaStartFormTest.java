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
 * submit-form} on the engine REST API, the dynamic quote list as a Json variable) by {@code
 * enforcement1}: a valid topic is registered exactly as through {@code POST /api/agenda-topics}; an
 * invalid one is refused with the Chinese message and leaves no topic and no instance behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgendaStartFormTest {

  private static final String PATH =
      "/engine-rest/process-definition/key/agenda-prereview/submit-form";
  private static final String QUOTES =
      "[{\\\"supplier\\\": \\\"%s\\\", \\\"price\\\": 280000,"
          + " \\\"registrationCheckedOn\\\": \\\"2026-11-20\\\", \\\"registrationCheckResult\\\": \\\"存续\\\","
          + " \\\"forged\\\": false}, {\\\"supplier\\\": \\\"乙公司\\\", \\\"price\\\": 279000},"
          + " {\\\"supplier\\\": \\\"丙公司\\\", \\\"price\\\": 281000}]";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();
  private HttpTestClient http;

  @BeforeEach
  void setUp() {
    http = new HttpTestClient(port);
  }

  private static String form(String department, String amount, String type, String firstSupplier) {
    return """
        {"variables": {
          "title": {"value": "执法车辆维修服务"}, "type": {"value": "%s"}, "department": {"value": "%s"},
          "category": {"value": "vehicleRepair"}, "amount": {"value": %s}, "tripleOneMajor": {"value": false},
          "deadline": {"value": "2026-12-31"}, "quotes": {"type": "Json", "value": "%s"}}}"""
        .formatted(type, department, amount, QUOTES.formatted(firstSupplier));
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
    assertRefused(form("enforcement", "-5", "PRICE_COMPARISON", "甲公司"), "amount：金额不能为负数");
    assertRefused(form("enforcement", "null", "PRICE_COMPARISON", "甲公司"), "amount：不能为空");
    assertRefused(form("enforcement", "280000", "BRIBE", "甲公司"), "type：未知议题类型 BRIBE");
    assertRefused(form("greening", "280000", "PRICE_COMPARISON", "甲公司"), "department：提交人不属于科室");
    assertRefused(
        form("enforcement", "280000", "PRICE_COMPARISON", " "), "quotes[0].supplier：供应商名称不能为空");
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

  private void assertRefused(String body, String detail) {
    HttpResponse<String> response = http.post(PATH, body, "enforcement1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("议题信息有误，未提交").contains(detail);
  }
}
