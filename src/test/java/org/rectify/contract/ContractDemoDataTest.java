package org.rectify.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded default's demo contracts load, each with its renewal process, the two-fails
 * contractor exists, and three contracts wait in agenda pre-review (the job executor is off here:
 * the test runs the jobs a node would).
 */
@SpringBootTest(properties = "rectify.contract.demo.enabled=true")
@ActiveProfiles("test")
class ContractDemoDataTest {

  @Autowired ContractRepository contracts;
  @Autowired AssessmentRepository assessments;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired ContractAgendaRepository agendaTopics;

  /** The threshold the agenda's checks apply (C6), same property and default. */
  @Value("${rectify.agenda.tender-threshold:1000000}")
  BigDecimal tenderThreshold;

  @AfterAll
  static void releaseEngine() {
    BpmnAwareTests.reset();
  }

  @Test
  void loadsADozenContractsAcrossDepartmentsWithTheirRenewalProcesses() {
    List<Contract> all = contracts.findAll();
    assertThat(all).hasSize(12);
    assertThat(all.stream().map(Contract::department).distinct()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(ContractRenewalProcess.KEY)
                .count())
        .isEqualTo(12);
    PerformanceRecord record = assessments.performance(ContractDemoData.TWO_FAILS);
    assertThat(record.consecutiveFails()).isEqualTo(2);
    assertThat(record.uncompliedNotices()).isEqualTo(1);
  }

  @Test
  void everyContractAboveTheBureausTenderThresholdWasTenderedNotThreeQuoteCompared() {
    List<Contract> all = contracts.findAll();
    assertThat(all)
        .filteredOn(contract -> contract.amount().compareTo(tenderThreshold) >= 0)
        .isNotEmpty()
        .allSatisfy(
            contract ->
                assertThat(contract.procurementMethod()).as(contract.number()).isEqualTo("公开招标"));
    assertThat(all)
        .filteredOn(contract -> "三方比价".equals(contract.procurementMethod()))
        .isNotEmpty()
        .allSatisfy(
            contract ->
                assertThat(contract.amount()).as(contract.number()).isLessThan(tenderThreshold));
  }

  @Test
  void threeContractsWaitInAgendaPreReviewAsCalledTopics() {
    List<String> inReview = new java.util.ArrayList<>(ContractDemoData.RENEWALS_IN_REVIEW);
    inReview.add(ContractDemoData.TENDER_IN_REVIEW);
    for (String number : inReview) {
      ProcessInstance contract =
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionKey(ContractRenewalProcess.KEY)
              .processInstanceBusinessKey(number)
              .singleResult();
      for (Job job :
          managementService
              .createJobQuery()
              .processInstanceId(contract.getId())
              .executable()
              .list()) {
        managementService.executeJob(job.getId());
      }
      ProcessInstance topic =
          runtimeService
              .createProcessInstanceQuery()
              .superProcessInstanceId(contract.getId())
              .singleResult();
      assertThat(topic).as("agenda topic of %s", number).isNotNull();
      assertThat(topic.getBusinessKey()).startsWith("YT-");
      assertThat(agendaTopics.topicsOf(number))
          .singleElement()
          .satisfies(link -> assertThat(link.topicNumber()).isEqualTo(topic.getBusinessKey()));
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceId(topic.getId())
                  .singleResult()
                  .getTaskDefinitionKey())
          .isEqualTo("UserTask_HeadApproval");
    }
    assertThat(agendaTopics.topicsOf(ContractDemoData.TENDER_IN_REVIEW).get(0).topicType())
        .isEqualTo("TENDER_PLAN");
  }
}
