package org.rectify.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The exit rules apply to the contractor (承包商, one credit code), with the real register: failed
 * assessments on two contracts of one contractor add up to three consecutive failures (B2), and
 * forged registration data found in a satisfactory assessment still blacklists (B1); either way the
 * contractor is blacklisted, every running contract of it exits into replacement procurement, and
 * it is refused for a later contract registration and in a later price comparison (C4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContractorExitApiTest {

  private static final String PASSWORD = "demo";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @LocalServerPort int port;

  private HttpTestClient http;

  @BeforeEach
  void client() {
    http = new HttpTestClient(port);
  }

  @AfterAll
  static void releaseEngine() {
    BpmnAwareTests.reset();
  }

  private void register(String number, String creditCode) {
    HttpResponse<String> created =
        http.post(
            "/api/contracts",
            ContractApiTest.contract(
                number,
                creditCode,
                "sanitation",
                "800000.00",
                LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(2)),
            "office1",
            PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private ProcessInstance renewalOf(String number) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(ContractRenewalProcess.KEY)
        .processInstanceBusinessKey(number)
        .singleResult();
  }

  private String startAssessment(String number) {
    HttpResponse<String> started =
        http.post(
            "/api/contracts/" + number + "/assessments",
            "{\"assessorGroup\": \"assessmentTeam\"}",
            "assessmentTeam1",
            PASSWORD);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return started.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
  }

  private void assess(String instanceId, String period, String result, boolean forged) {
    complete(
        instanceId,
        ContractAssessmentProcess.ASSESS,
        "assessmentTeam1",
        "assessmentPeriod",
        period,
        "methodRef",
        "GENERAL",
        "assessmentResult",
        result,
        "score",
        "SATISFACTORY".equals(result) ? 90 : 55,
        "findings",
        "保洁不到位",
        "forgedRegistration",
        forged);
  }

  /** A failed assessment of the contract, summoned and (if no exit) complied with. */
  private String failOnce(String number, String period) {
    String instanceId = startAssessment(number);
    assess(instanceId, period, "UNSATISFACTORY", false);
    complete(
        instanceId,
        ContractAssessmentProcess.SUMMON,
        "sanitation1",
        "participants",
        "总经理",
        "requirements",
        "增派人员",
        "noticeNo",
        "整改〔2026〕" + number + period,
        "noticeDeadline",
        null);
    return instanceId;
  }

  @Test
  void failuresOnTwoContractsOfOneContractorAddUpToThreeConsecutiveAndEndBothContracts() {
    String creditCode = "91440310MA5G025017";
    String first = "HT-EXIT-001";
    String second = "HT-EXIT-002";
    register(first, creditCode);
    register(second, creditCode);

    for (String period : List.of("第1期", "第2期")) {
      String instanceId = failOnce(first, period);
      assertThat(task(instanceId).getTaskDefinitionKey())
          .as("two failures are not yet three")
          .isEqualTo(ContractAssessmentProcess.VERIFY_RECTIFICATION);
      complete(
          instanceId,
          ContractAssessmentProcess.VERIFY_RECTIFICATION,
          "sanitation1",
          "rectificationResult",
          "COMPLIED");
    }
    String third = failOnce(second, "第1期");
    assertThat(task(third).getTaskDefinitionKey())
        .as("the second contract's first failure is the contractor's third in a row")
        .isEqualTo(ContractAssessmentProcess.CONFIRM_BLACKLIST);
    assertThat(runtimeService.getVariable(third, ContractAssessmentProcess.EXIT_RULE))
        .isEqualTo("B2");
    assertThat(runtimeService.getVariable(third, ContractAssessmentProcess.CONSECUTIVE_FAILS))
        .isEqualTo(3);
    assertThat((String) runtimeService.getVariable(third, ContractAssessmentProcess.EXIT_CONTRACTS))
        .contains(first)
        .contains(second);
    assertThat((String) runtimeService.getVariable(third, ContractAssessmentProcess.EXIT_FACTS))
        .contains(first + " 第1期 不合格")
        .contains(first + " 第2期 不合格")
        .contains(second + " 第1期 不合格");
    complete(
        third,
        ContractAssessmentProcess.CONFIRM_BLACKLIST,
        "office1",
        "blacklistEvidence",
        "两份合同三期考核表及约谈记录");

    String blacklist = http.get("/api/suppliers/blacklist", "office1", PASSWORD).body();
    assertThat(blacklist)
        .contains(creditCode)
        .contains("\"ruleCode\":\"B2\"")
        .contains("终止合同：" + first + "、" + second);
    for (String number : List.of(first, second)) {
      assertThat(http.get("/api/contracts/" + number, "office1", PASSWORD).body())
          .contains("\"status\":\"EXITED\"");
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceId(renewalOf(number).getId())
                  .singleResult()
                  .getTaskDefinitionKey())
          .isEqualTo(ContractRenewalProcess.REPLACEMENT_PROCUREMENT);
    }
    assertRefusedLater(creditCode, "HT-EXIT-003");
  }

  @Test
  void forgedRegistrationFoundInASatisfactoryAssessmentBlacklistsTheContractor() {
    String creditCode = "91440310MA5G02502A";
    String number = "HT-EXIT-011";
    register(number, creditCode);
    String instanceId = startAssessment(number);
    assess(instanceId, "第1期", "SATISFACTORY", true);
    assertThat(task(instanceId).getTaskDefinitionKey())
        .as("no summons for a satisfactory score, but the office confirms the blacklisting")
        .isEqualTo(ContractAssessmentProcess.CONFIRM_BLACKLIST);
    assertThat(runtimeService.getVariable(instanceId, ContractAssessmentProcess.EXIT_RULE))
        .isEqualTo("B1");
    complete(
        instanceId,
        ContractAssessmentProcess.CONFIRM_BLACKLIST,
        "office1",
        "blacklistEvidence",
        "市场监管部门工商登记信息查询截图");
    assertThat(http.get("/api/suppliers/blacklist", "office1", PASSWORD).body())
        .contains(creditCode)
        .contains("\"ruleCode\":\"B1\"")
        .contains("伪造工商登记信息");
    assertThat(http.get("/api/contracts/" + number, "office1", PASSWORD).body())
        .contains("\"status\":\"EXITED\"");
    assertRefusedLater(creditCode, "HT-EXIT-012");
  }

  /** 不得再使用: no later contract, and a price comparison quoting it fails check C4. */
  private void assertRefusedLater(String creditCode, String laterNumber) {
    HttpResponse<String> refused =
        http.post(
            "/api/contracts",
            ContractApiTest.contract(
                laterNumber,
                creditCode,
                "sanitation",
                "100000.00",
                LocalDate.now(),
                LocalDate.now().plusYears(1)),
            "office1",
            PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("contractorCreditCode").contains("黑名单");

    HttpResponse<String> topic =
        http.post(
            "/api/agenda-topics",
            """
            {"title": "环卫车辆维修服务", "type": "PRICE_COMPARISON", "department": "sanitation",
             "category": "vehicleRepair", "amount": 280000, "tripleOneMajor": false, "quotes": [%s, %s, %s]}"""
                .formatted(
                    quote("深圳市洁净环境服务有限公司", creditCode), quote("乙公司", null), quote("丙公司", null)),
            "sanitation1",
            PASSWORD);
    assertThat(topic.statusCode()).as(topic.body()).isEqualTo(201);
    String topicNumber = topic.body().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");
    ProcessInstance review =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(topicNumber)
            .singleResult();
    for (int round = 0;
        round < 4 && runtimeService.getVariable(review.getId(), "c4") == null;
        round++) {
      Task open = task(review.getId());
      Map<String, Object> approval =
          "UserTask_HeadApproval".equals(open.getTaskDefinitionKey())
              ? Map.of("headApproved", true)
              : Map.of("leaderApproved", true);
      taskService.complete(open.getId(), approval);
      runJobs(review.getId());
    }
    assertThat(runtimeService.getVariable(review.getId(), "c4")).isEqualTo("FAIL");
  }

  private static String quote(String supplier, String creditCode) {
    return """
        {"supplier": "%s"%s, "price": 280000, "executionPlan": "分批维修", "expectedEffect": "车辆完好率95%%",
         "qualification": "二类维修资质", "registrationCheckedOn": "%s", "registrationCheckResult": "存续"}"""
        .formatted(
            supplier,
            creditCode == null ? "" : ", \"creditCode\": \"" + creditCode + "\"",
            LocalDate.now());
  }

  private Task task(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
  }

  /**
   * Claims and completes the open task as the user, then runs the asynchronous steps that follow.
   */
  private void complete(String instanceId, String taskKey, String user, Object... variables) {
    Task task = task(instanceId);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    taskService.claim(task.getId(), user);
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    taskService.complete(task.getId(), values);
    runJobs(instanceId);
  }

  private void runJobs(String instanceId) {
    for (int round = 0; round < 10; round++) {
      List<Job> due =
          managementService.createJobQuery().processInstanceId(instanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
