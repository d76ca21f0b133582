package org.rectify.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real wiring between the two capabilities: a renewal proposal registered through {@code POST
 * /api/contracts} becomes a CONTRACT_RENEWAL topic in the agenda register (the agenda's own
 * delegate, checks and routing), the called {@code agenda-prereview} runs under the topic number,
 * and its decision comes back into the contract register and the renewal path. The job executor is
 * off: the test executes the jobs a running node would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContractAgendaWiringTest {

  private static final String PASSWORD = "demo";
  private static final String NUMBER = "HT-API-030";
  private static final String CREDIT_CODE = "91440310MA5G01371U";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @LocalServerPort int port;

  @AfterAll
  static void releaseEngine() {
    BpmnAwareTests.reset();
  }

  @Test
  void renewalProposalTravelsThroughTheAgendaRegisterAndItsDecisionComesBack() {
    HttpTestClient http = new HttpTestClient(port);
    LocalDate endsOn = LocalDate.now(BusinessDates.ZONE).plusMonths(2).plusDays(20);
    String body =
        """
        {"number": "%s", "title": "社区公园管理服务", "contractor": "深圳市绿廊公园管理有限公司",
         "contractorCreditCode": "%s", "department": "greening", "category": "parks", "amount": 1750000,
         "startsOn": "%s", "endsOn": "%s", "tenderRequired": false,
         "signed": true, "legalOpinionRef": "法意〔2024〕88号", "signedOn": "2024-06-28"}
        """
            .formatted(NUMBER, CREDIT_CODE, endsOn.minusYears(1), endsOn);
    var registered201 = http.post("/api/contracts", body, "office1", PASSWORD);
    assertThat(registered201.statusCode()).as(registered201.body()).isEqualTo(201);
    ProcessInstance contract =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(ContractRenewalProcess.KEY)
            .processInstanceBusinessKey(NUMBER)
            .singleResult();
    execute(contract, ContractRenewalProcess.TIMER_RENEWAL_REMINDER);
    complete(
        contract,
        ContractRenewalProcess.PREPARE_RENEWAL,
        "greening1",
        Map.of("recommendation", "RENEW", "qualityJustification", "考核均合格，服务质量稳定"));
    execute(contract, ContractRenewalProcess.REGISTER_RENEWAL_TOPIC);

    ProcessInstance topic =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(contract.getId())
            .singleResult();
    String topicNumber = topic.getBusinessKey();
    assertThat(topicNumber).startsWith("YT-");
    String registered = http.get("/api/agenda-topics/" + topicNumber, "greening1", PASSWORD).body();
    assertThat(registered)
        .contains("\"topicType\":\"CONTRACT_RENEWAL\"")
        .contains("\"department\":\"greening\"")
        .contains("\"contractEndsOn\":\"" + endsOn + "\"")
        .contains("履约考核共0次")
        .contains("\"submittedBy\":\"greening1\"");
    assertThat(
            http.get("/api/agenda-topics/" + topicNumber + "/quotes", "greening1", PASSWORD).body())
        .contains("深圳市绿廊公园管理有限公司")
        .contains(CREDIT_CODE);
    assertThat(http.get("/api/contracts/" + NUMBER, "greening1", PASSWORD).body())
        .contains("\"topicNumber\":\"" + topicNumber + "\"")
        .contains("\"onTime\":true")
        .contains("\"decision\":null");

    complete(topic, "UserTask_HeadApproval", "greeningHead", Map.of("headApproved", true));
    complete(
        topic,
        "UserTask_LeaderApproval",
        taskOf(topic, "UserTask_LeaderApproval").getAssignee(),
        Map.of("leaderApproved", true));
    assertThat(runtimeService.getVariables(topic.getId()))
        .containsEntry("c4", "PASS")
        .containsEntry("c9", "PASS")
        .containsEntry("c7", "PASS")
        .containsEntry("c3", "NA");
    complete(topic, "UserTask_OfficeReview", "office1", Map.of("reviewOutcome", "PASS"));
    complete(topic, "UserTask_ReReview", "officeHead", Map.of("reReviewAgreed", true));
    complete(topic, "UserTask_ConfirmMeeting", "office1", Map.of());
    complete(
        topic,
        "UserTask_Schedule",
        "office1",
        Map.of("meetingDate", endsOn.minusMonths(3).toString(), "agendaOrder", 2));
    complete(
        topic,
        "UserTask_RecordDecision",
        "office1",
        Map.of("decision", "APPROVED", "minutesRef", "纪要〔2026〕5号"));
    execute(contract, ContractRenewalProcess.RECORD_RENEWAL_OUTCOME);

    assertThat(taskOf(contract, ContractRenewalProcess.LEGAL_REVIEW)).isNotNull();
    assertThat(http.get("/api/contracts/" + NUMBER, "greening1", PASSWORD).body())
        .contains("\"decision\":\"APPROVED\"")
        .contains("\"meeting\":\"DIRECTOR_OFFICE\"")
        .contains("\"minutesRef\":\"纪要〔2026〕5号\"");
    assertThat(http.get("/api/agenda-topics/" + topicNumber, "greening1", PASSWORD).body())
        .contains("\"status\":\"DECIDED\"");
  }

  private void execute(ProcessInstance instance, String activityId) {
    Job job =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .singleResult();
    assertThat(job).as("job at %s", activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  private Task taskOf(ProcessInstance instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  /** Claims (unless assigned) and completes, so the registers record who did it. */
  private void complete(
      ProcessInstance instance, String key, String user, Map<String, Object> variables) {
    Task task = taskOf(instance, key);
    assertThat(task).as("task %s", key).isNotNull();
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    taskService.complete(task.getId(), variables);
  }
}
