package org.rectify.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The embedded default's demo contracts load, each with its renewal process, and the two-fails contractor exists. */
@SpringBootTest(properties = "rectify.contract.demo.enabled=true")
@ActiveProfiles("test")
class ContractDemoDataTest {

  @Autowired ContractRepository contracts;
  @Autowired AssessmentRepository assessments;
  @Autowired RuntimeService runtimeService;

  @AfterAll
  static void releaseEngine() {
    BpmnAwareTests.reset();
  }

  @Test
  void loadsADozenContractsAcrossDepartmentsWithTheirRenewalProcesses() {
    List<Contract> all = contracts.findAll();
    assertThat(all).hasSize(12);
    assertThat(all.stream().map(Contract::department).distinct()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ContractRenewalProcess.KEY).count())
        .isEqualTo(12);
    PerformanceRecord record = assessments.performance(ContractDemoData.TWO_FAILS);
    assertThat(record.consecutiveFails()).isEqualTo(2);
    assertThat(record.uncompliedNotices()).isEqualTo(1);
  }
}
