package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code POST /api/agenda-topics} in the running application as {@code enforcement1}: bad input is
 * refused naming the field and starts nothing; a 三方比价 with two quotes never reaches a meeting;
 * three valid quotes reach the office review with the checklist prefilled. (No reminder job is
 * executed here, so no mail server is needed.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgendaTopicApiTest {

  private static final String USER = "enforcement1";
  private static final String QUOTE =
      """
      {"supplier": "%s", "price": 280000, "executionPlan": "分批维修", "expectedEffect": "车辆完好率95%%",
       "qualification": "二类维修资质", "registrationCheckedOn": "2026-11-20", "registrationCheckResult": "存续"}""";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();
  private HttpTestClient http;

  @BeforeEach
  void setUp() {
    http = new HttpTestClient(port);
  }

  private static String topic(String department, String extra, String quotes) {
    return """
        {"title": "执法车辆维修服务", "type": "PRICE_COMPARISON", "department": "%s", "category": "vehicleRepair",
         "amount": 280000, "tripleOneMajor": false %s, "quotes": [%s]}"""
        .formatted(department, extra, quotes);
  }

  private static String quotes(String... suppliers) {
    return String.join(",", java.util.Arrays.stream(suppliers).map(QUOTE::formatted).toList());
  }

  private long instances() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("agenda-prereview")
        .count();
  }

  private HttpResponse<String> post(String body) {
    return http.post("/api/agenda-topics", body, USER, "demo");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndStartsNothing() {
    long before = instances();
    assertRefused(
        topic("enforcement", "", quotes("甲", "乙", "丙"))
            .replace("\"amount\": 280000", "\"amount\": null"),
        400,
        "amount");
    assertRefused(
        topic("enforcement", "", quotes("甲", "乙", "丙"))
            .replace("280000, \"tripleOneMajor\"", "-5, \"tripleOneMajor\""),
        400,
        "amount：金额不能为负数");
    assertRefused(topic("enforcement", "", quotes("甲", " ", "丙")), 400, "quotes[1].supplier");
    assertRefused(
        topic("enforcement", "", quotes("甲", "乙", "丙")).replace("PRICE_COMPARISON", "BRIBE"),
        400,
        "type");
    assertRefused(topic("greening", "", quotes("甲", "乙", "丙")), 400, "department：提交人不属于科室");
    assertRefused(
        topic("enforcement", ", \"budgetDepartment\": \"greening\"", quotes("甲", "乙", "丙")),
        403,
        "其他科室");
    assertThat(instances()).isEqualTo(before);
  }

  private void assertRefused(String body, int status, String detail) {
    HttpResponse<String> response = post(body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(detail);
  }

  @Test
  void aPriceComparisonWithTwoQuotesIsNeverRoutedToAMeeting() throws Exception {
    ProcessInstance pi = submit(quotes("甲公司", "乙公司"));
    TaskService tasks = engine.getTaskService();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "c3")).isEqualTo("FAIL");
    Task review = openTask(pi);
    tasks.claim(review.getId(), "office1");
    tasks.complete(
        review.getId(), java.util.Map.of("reviewOutcome", "PASS", "c1", "PASS", "c2", "PASS"));
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(pi.getId())
                .count())
        .isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId("BusinessRuleTask_Routing")
                .count())
        .isZero();
    JsonNode topic =
        json.readTree(http.get("/api/agenda-topics/" + pi.getBusinessKey(), USER, "demo").body());
    assertThat(topic.get("status").asText()).isEqualTo("REJECTED");
    assertThat(topic.get("meeting").isNull()).isTrue();
  }

  @Test
  void threeValidQuotesReachTheOfficeReviewWithTheChecklistPrefilled() throws Exception {
    ProcessInstance pi = submit(quotes("甲公司", "乙公司", "丙公司"));
    Task review = openTask(pi);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("UserTask_OfficeReview");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "c3")).isEqualTo("PASS");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "c4")).isEqualTo("PASS");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "c5")).isEqualTo("PASS");
    JsonNode topic =
        json.readTree(http.get("/api/agenda-topics/" + pi.getBusinessKey(), USER, "demo").body());
    assertThat(topic.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(topic.get("autoChecklist").asText()).contains("C3 三方比价：三家以上报价").contains("C4 黑名单");
  }

  @Test
  void quotesCanBeCorrectedOnlyByTheDepartmentWhileTheTopicIsReturned() throws Exception {
    HttpResponse<String> response = post(topic("enforcement", "", quotes("甲公司", "乙公司")));
    String number = json.readTree(response.body()).get("number").asText();
    ProcessInstance pi =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .singleResult();
    String path = "/api/agenda-topics/" + number + "/quotes";
    String three = "[" + quotes("甲公司", "乙公司", "丙公司") + "]";
    assertThat(http.put(path, three, USER, "demo").statusCode()).isEqualTo(409);
    TaskService tasks = engine.getTaskService();
    tasks.complete(
        openTask(pi).getId(),
        java.util.Map.of("headApproved", false, "headComment", "缺少第三家报价，请补充后再报"));
    assertThat(http.put(path, three, "greening1", "demo").statusCode()).isEqualTo(403);
    HttpResponse<String> blank = http.put(path, "[" + quotes("甲公司", " ") + "]", USER, "demo");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("quotes[1].supplier");
    assertThat(http.put(path, three, USER, "demo").statusCode()).isEqualTo(200);
    tasks.complete(openTask(pi).getId(), java.util.Map.of("revisionNote", "补充第三家报价"));
    tasks.complete(openTask(pi).getId(), java.util.Map.of("headApproved", true));
    tasks.complete(openTask(pi).getId(), java.util.Map.of("leaderApproved", true));
    assertThat(openTask(pi).getTaskDefinitionKey()).isEqualTo("UserTask_OfficeReview");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "c3")).isEqualTo("PASS");
    JsonNode topic = json.readTree(http.get("/api/agenda-topics/" + number, USER, "demo").body());
    assertThat(topic.get("revision").asInt()).isEqualTo(1);
  }

  /** Submits as enforcement1, then the head and the leader approve. */
  private ProcessInstance submit(String quotes) throws Exception {
    HttpResponse<String> response = post(topic("enforcement", "", quotes));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String number = json.readTree(response.body()).get("number").asText();
    assertThat(number).startsWith("YT-");
    ProcessInstance pi =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .singleResult();
    TaskService tasks = engine.getTaskService();
    Task head = openTask(pi);
    assertThat(head.getAssignee()).isEqualTo("enforcementHead");
    tasks.complete(head.getId(), java.util.Map.of("headApproved", true));
    tasks.complete(openTask(pi).getId(), java.util.Map.of("leaderApproved", true));
    return pi;
  }

  private Task openTask(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }
}
