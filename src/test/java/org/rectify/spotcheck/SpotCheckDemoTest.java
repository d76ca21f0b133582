package org.rectify.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded default's demo checks: planned, in supervision's Tasklist, hidden from departments,
 * loaded once.
 */
@SpringBootTest(properties = "rectify.spot-check.demo.enabled=true")
@ActiveProfiles("test")
class SpotCheckDemoTest {

  @Autowired SpotCheckDemo demo;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @Test
  void twoPlannedChecksWaitForSupervisionAndStayHiddenFromDepartments() {
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(SpotCheckProcess.PROCESS_KEY)
                .list())
        .extracting("businessKey")
        .containsExactlyInAnyOrder("DC-DEMO-01", "DC-DEMO-02");
    try {
      identityService.setAuthentication("supervision1", List.of("supervision"));
      assertThat(
              taskService
                  .createTaskQuery()
                  .processDefinitionKey(SpotCheckProcess.PROCESS_KEY)
                  .count())
          .isEqualTo(2);
      identityService.setAuthentication("greening1", List.of("greening"));
      assertThat(
              taskService
                  .createTaskQuery()
                  .processDefinitionKey(SpotCheckProcess.PROCESS_KEY)
                  .count())
          .isZero();
      assertThat(
              runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey(SpotCheckProcess.PROCESS_KEY)
                  .count())
          .isZero();
    } finally {
      identityService.clearAuthentication();
    }
    demo.load();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(SpotCheckProcess.PROCESS_KEY)
                .count())
        .isEqualTo(2);
  }
}
