package org.rectify.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The contract register over HTTP with the real wiring: registration starts {@code
 * contract-renewal}, bad input is refused with the field named and leaves no trace, and three
 * consecutive failed assessments put the contractor on {@code GET /api/suppliers/blacklist} and end
 * the contract's renewal path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContractApiTest {

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

  /** How a contract already signed is entered: the legal opinion it was signed on, the day. */
  static final String SIGNING_RECORD =
      "\"signed\": true, \"legalOpinionRef\": \"法意〔2024〕88号\", \"signedOn\": \"2024-06-28\"";

  static String contract(
      String number,
      String creditCode,
      String department,
      String amount,
      LocalDate startsOn,
      LocalDate endsOn) {
    return """
        {"number": "%s", "title": "道路清扫保洁服务", "contractor": "深圳市洁净环境服务有限公司",
         "contractorCreditCode": %s, "department": "%s", "category": "cleaning", "amount": %s,
         "startsOn": "%s", "endsOn": "%s", "tenderRequired": false, %s}
        """
        .formatted(
            number,
            creditCode == null ? "null" : "\"" + creditCode + "\"",
            department,
            amount,
            startsOn,
            endsOn,
            SIGNING_RECORD);
  }

  /** A valid contract whose signing part ({@link #SIGNING_RECORD}) is replaced. */
  private static String signing(String number, String signingPart) {
    return valid(number, "91440310MA5G004114").replace(SIGNING_RECORD, signingPart);
  }

  private static String valid(String number, String creditCode) {
    return contract(
        number,
        creditCode,
        "sanitation",
        "1200000.00",
        LocalDate.now().minusYears(1),
        LocalDate.now().plusYears(2));
  }

  private ProcessInstance renewalOf(String number) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(ContractRenewalProcess.KEY)
        .processInstanceBusinessKey(number)
        .singleResult();
  }

  @Test
  void registersTheContractAndStartsItsRenewalProcess() {
    HttpResponse<String> created =
        http.post("/api/contracts", valid("HT-API-001", "91440310MA5G00137P"), "office1", PASSWORD);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("\"number\":\"HT-API-001\"").contains("\"overdue\":false");
    assertThat(http.get("/api/contracts/HT-API-001", "sanitation1", PASSWORD).body())
        .contains("道路清扫保洁服务");
    assertThat(http.get("/api/contracts", "office1", PASSWORD).body()).contains("HT-API-001");
    ProcessInstance renewal = renewalOf("HT-API-001");
    assertThat(renewal).isNotNull();
    assertThat(runtimeService.getVariable(renewal.getId(), "businessNumber"))
        .isEqualTo("HT-API-001");
    assertThat(runtimeService.getVariable(renewal.getId(), "departmentName")).isEqualTo("环卫科");
    assertThat(http.get("/api/contracts/HT-API-001", "office1", PASSWORD).body())
        .as("entered as signed: the legal opinion it was signed on and the day are in the register")
        .contains("\"legalOpinionRef\":\"法意〔2024〕88号\"")
        .contains("\"signedOn\":\"2024-06-28\"");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(renewal.getId())
                .processDefinitionKey(ContractSigningProcess.KEY)
                .count())
        .as("a contract signed in the past is not sent to counsel again")
        .isZero();
  }

  @Test
  void aContractRegisteredBeforeSigningIsSignedOnlyAfterTheLegalAdvisersOpinion() {
    String body =
        valid("HT-API-020", "91440310MA5G00137P").replace(SIGNING_RECORD, "\"signed\": false");
    assertThat(http.post("/api/contracts", body, "sanitation1", PASSWORD).statusCode())
        .isEqualTo(201);
    ProcessInstance renewal = renewalOf("HT-API-020");
    ProcessInstance signing =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(renewal.getId())
            .processDefinitionKey(ContractSigningProcess.KEY)
            .singleResult();
    assertThat(signing.getBusinessKey()).isEqualTo("HT-API-020");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(signing.getId())
                .taskCandidateGroup("legal")
                .count())
        .isEqualTo(1);
    assertThat(http.get("/api/contracts/HT-API-020", "office1", PASSWORD).body())
        .contains("\"legalOpinionRef\":null");
    complete(
        signing.getId(),
        ContractSigningProcess.LEGAL_REVIEW,
        "legal1",
        "legalOpinionNo",
        "法意〔2026〕20号",
        "legalVerdict",
        "NO_OBJECTION");
    complete(
        signing.getId(),
        ContractSigningProcess.SIGN_CONTRACT,
        "sanitation1",
        "signedOn",
        "2026-12-07");
    assertThat(http.get("/api/contracts/HT-API-020", "office1", PASSWORD).body())
        .contains("\"legalOpinionRef\":\"法意〔2026〕20号\"")
        .contains("\"signedOn\":\"2026-12-07\"");
    assertThat(
            runtimeService.createProcessInstanceQuery().processInstanceId(signing.getId()).count())
        .isZero();
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(renewal.getId())
                .activityId(ContractRenewalProcess.TIMER_RENEWAL_REMINDER)
                .count())
        .as("the term is scheduled once the contract is signed")
        .isEqualTo(1);
  }

  @Test
  void alreadyExpiredContractIsRegisteredWithTheOverdueFlag() {
    HttpResponse<String> created =
        http.post(
            "/api/contracts",
            contract(
                "HT-API-002",
                "91440310MA5G002748",
                "greening",
                "50000",
                LocalDate.now().minusYears(2),
                LocalDate.now().minusDays(3)),
            "office1",
            PASSWORD);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("\"overdue\":true");
    assertThat(runtimeService.getVariable(renewalOf("HT-API-002").getId(), "late")).isEqualTo(true);
  }

  static Stream<Arguments> badInput() {
    LocalDate today = LocalDate.now();
    return Stream.of(
        Arguments.of(
            "endsOn",
            contract(
                "HT-BAD-1", "91440310MA5G004114", "sanitation", "10", today, today.minusDays(1))),
        Arguments.of(
            "amount",
            contract(
                "HT-BAD-2", "91440310MA5G004114", "sanitation", "-1", today, today.plusYears(1))),
        Arguments.of(
            "department",
            contract("HT-BAD-3", "91440310MA5G004114", "finance", "10", today, today.plusYears(1))),
        Arguments.of(
            "contractorCreditCode",
            contract("HT-BAD-4", null, "sanitation", "10", today, today.plusYears(1))),
        Arguments.of(
            "contractorCreditCode",
            contract(
                "HT-BAD-5", "91440310MA5G004115", "sanitation", "10", today, today.plusYears(1))),
        // 签约前法律审查 cannot be skipped: "already signed" is only a record of the past
        Arguments.of(
            "legalOpinionRef",
            signing("HT-BAD-6", "\"signed\": true, \"signedOn\": \"2024-06-28\"")),
        Arguments.of("legalOpinionRef", signing("HT-BAD-7", "\"procurementMethod\": \"公开招标\"")),
        Arguments.of(
            "signedOn",
            signing("HT-BAD-8", "\"signed\": true, \"legalOpinionRef\": \"法意〔2024〕88号\"")),
        Arguments.of(
            "signedOn",
            signing(
                "HT-BAD-9",
                "\"signed\": true, \"legalOpinionRef\": \"法意〔2024〕88号\", \"signedOn\": \""
                    + today.plusDays(1)
                    + "\"")),
        Arguments.of(
            "legalOpinionRef",
            signing("HT-BAD-A", "\"signed\": false, \"legalOpinionRef\": \"法意〔2024〕88号\"")),
        Arguments.of(
            "signedOn", signing("HT-BAD-B", "\"signed\": false, \"signedOn\": \"2024-06-28\"")),
        Arguments.of(
            "legalOpinionRef",
            signing(
                "HT-BAD-C",
                "\"signed\": true, \"legalOpinionRef\": \"<script>\", \"signedOn\": \"2024-06-28\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void refusesBadInputNamingTheFieldAndRegistersNothing(String field, String body) {
    String number = body.substring(body.indexOf("HT-BAD"), body.indexOf("HT-BAD") + 8);
    HttpResponse<String> refused = http.post("/api/contracts", body, "office1", PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"error\"").contains(field + "：");
    assertThat(http.get("/api/contracts/" + number, "office1", PASSWORD).statusCode())
        .isEqualTo(404);
    assertThat(renewalOf(number)).isNull();
  }

  @Test
  void refusesADuplicateContractNumber() {
    assertThat(
            http.post(
                    "/api/contracts",
                    valid("HT-API-003", "91440310MA5G00548J"),
                    "office1",
                    PASSWORD)
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> again =
        http.post("/api/contracts", valid("HT-API-003", "91440310MA5G00548J"), "office1", PASSWORD);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("number：");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("HT-API-003")
                .count())
        .isEqualTo(1);
  }

  @Test
  void anotherDepartmentCannotRegisterForSanitation() {
    assertThat(
            http.post(
                    "/api/contracts",
                    valid("HT-API-004", "91440310MA5G006853"),
                    "greening1",
                    PASSWORD)
                .statusCode())
        .isEqualTo(403);
    assertThat(renewalOf("HT-API-004")).isNull();
  }

  @Test
  void threeConsecutiveFailedAssessmentsBlacklistTheContractorAndEndTheRenewalPath() {
    String number = "HT-API-010";
    String creditCode = "91440310MA5G00822Y";
    assertThat(
            http.post("/api/contracts", valid(number, creditCode), "office1", PASSWORD)
                .statusCode())
        .isEqualTo(201);
    for (int round = 1; round <= 3; round++) {
      HttpResponse<String> started =
          http.post(
              "/api/contracts/" + number + "/assessments",
              "{\"assessorGroup\": \"assessmentTeam\"}",
              "assessmentTeam1",
              PASSWORD);
      assertThat(started.statusCode()).isEqualTo(201);
      String instanceId = started.body().replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
      complete(
          instanceId,
          ContractAssessmentProcess.ASSESS,
          "assessmentTeam1",
          "assessmentPeriod",
          "第" + round + "期",
          "assessmentResult",
          "UNSATISFACTORY",
          "score",
          55,
          "findings",
          "保洁不到位",
          "forgedRegistration",
          false);
      complete(
          instanceId,
          ContractAssessmentProcess.SUMMON,
          "sanitation1",
          "participants",
          "总经理",
          "requirements",
          "增派人员",
          "noticeNo",
          "整改〔2026〕" + round + "号",
          "noticeDeadline",
          null);
      if (round < 3) {
        assertThat(task(instanceId).getTaskDefinitionKey())
            .isEqualTo(ContractAssessmentProcess.VERIFY_RECTIFICATION);
        complete(
            instanceId,
            ContractAssessmentProcess.VERIFY_RECTIFICATION,
            "sanitation1",
            "rectificationResult",
            "COMPLIED");
      } else {
        complete(
            instanceId,
            ContractAssessmentProcess.CONFIRM_BLACKLIST,
            "office1",
            "blacklistEvidence",
            "三期考核表及约谈记录");
      }
    }
    String blacklist = http.get("/api/suppliers/blacklist", "office1", PASSWORD).body();
    assertThat(blacklist)
        .contains(creditCode)
        .contains("\"ruleCode\":\"B2\"")
        .contains("连续三次考核结果不理想")
        .contains("\"approver\":\"office1\"")
        .contains(number);
    assertThat(http.get("/api/contracts/" + number, "office1", PASSWORD).body())
        .contains("\"status\":\"EXITED\"");
    Task replacement =
        taskService.createTaskQuery().processInstanceId(renewalOf(number).getId()).singleResult();
    assertThat(replacement.getTaskDefinitionKey())
        .isEqualTo(ContractRenewalProcess.REPLACEMENT_PROCUREMENT);
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(renewalOf(number).getId())
                .timers()
                .count())
        .as("the renewal's deadlines are gone; only the replacement procurement's overdue reminder")
        .isOne();
    HttpResponse<String> refused =
        http.post("/api/contracts", valid("HT-API-011", creditCode), "office1", PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("黑名单");

    String entryId = blacklist.replaceAll("(?s).*\\{\"id\":(\\d+),.*", "$1");
    String removal = "/api/suppliers/blacklist/" + entryId + "/removal";
    assertThat(http.post(removal, "{\"decision\": \"会议纪要\"}", "office1", PASSWORD).statusCode())
        .isEqualTo(403);
    assertThat(http.post(removal, "{\"decision\": \" \"}", "leaders1", PASSWORD).body())
        .contains("decision：");
    HttpResponse<String> tooLong =
        http.post(removal, "{\"decision\": \"" + "纪".repeat(501) + "\"}", "leaders1", PASSWORD);
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("decision：不能超过 500 字");
    assertThat(
            http.post(removal, "{\"decision\": \"局党组会议纪要〔2026〕12号\"}", "leaders1", PASSWORD)
                .statusCode())
        .isEqualTo(200);
    assertThat(http.get("/api/suppliers/blacklist", "office1", PASSWORD).body())
        .doesNotContain(creditCode);
    assertThat(http.post(removal, "{\"decision\": \"再次\"}", "leaders1", PASSWORD).statusCode())
        .isEqualTo(404);
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
    java.util.Map<String, Object> values = new java.util.HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    taskService.complete(task.getId(), values);
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
