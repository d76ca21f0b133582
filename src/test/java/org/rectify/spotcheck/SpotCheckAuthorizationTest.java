package org.rectify.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Confidentiality by authorization, through the engine REST API Tasklist and Cockpit use: a department sees nothing
 * of a planned check nor of another department's findings (tasks, instances, variables, history); after the
 * notice it sees exactly its own rectification task. The rectification office and the leading group are shut out;
 * supervision, the leaders and the Party secretary read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SpotCheckSpringStandIns.class)
class SpotCheckAuthorizationTest {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  HttpTestClient http;
  SpotCheckProcessHarness run;

  @BeforeEach
  void setUp() {
    http = new HttpTestClient(port);
    ClockUtil.setCurrentTime(SpotCheckProcessHarness.at("2026-10-05 08:00"));
    run = new SpotCheckProcessHarness(engine, LocalDate.of(2026, 10, 5));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private String get(String path, String user) {
    HttpResponse<String> response = http.get(path, user, "demo");
    assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
    return response.body();
  }

  private int status(String path, String user) {
    return http.get(path, user, "demo").statusCode();
  }

  private void assertSeesNothingOf(ProcessInstance check, String user) {
    String id = check.getId();
    assertThat(get("/engine-rest/process-instance?processDefinitionKey=spot-check", user)).doesNotContain(id);
    assertThat(get("/engine-rest/task?processInstanceId=" + id, user)).isEqualTo("[]");
    assertThat(get("/engine-rest/variable-instance?processInstanceIdIn=" + id, user)).isEqualTo("[]");
    assertThat(get("/engine-rest/history/process-instance?processInstanceId=" + id, user)).isEqualTo("[]");
    assertThat(get("/engine-rest/history/task?processInstanceId=" + id, user)).isEqualTo("[]");
    assertThat(get("/engine-rest/history/variable-instance?processInstanceId=" + id, user)).isEqualTo("[]");
    assertThat(get("/engine-rest/history/activity-instance?processInstanceId=" + id, user)).isEqualTo("[]");
    assertThat(status("/engine-rest/process-instance/" + id + "/variables", user)).isIn(403, 404);
  }

  @Test
  void plannedCheckIsHiddenFromDepartmentsAndOversightButReadByLeadersAndSupervision() {
    ProcessInstance planned = engine.getRuntimeService().startProcessInstanceByKey(SpotCheckProcess.PROCESS_KEY,
        "DC2026-201", SpotCheckStart.processVariables("DC2026-201"));

    for (String user : new String[] {"greening1", "greeningHead", "rectOffice1", "leadingGroup1", "office1"}) {
      assertSeesNothingOf(planned, user);
    }
    for (String user : new String[] {"supervision1", "leaders1", "leaders3", "partySecretary1"}) {
      assertThat(get("/engine-rest/process-instance?processInstanceIds=" + planned.getId(), user))
          .as(user).contains(planned.getId());
      assertThat(get("/engine-rest/history/process-instance?processInstanceId=" + planned.getId(), user))
          .as(user).contains(planned.getId());
    }
    assertThat(get("/engine-rest/task?processInstanceId=" + planned.getId(), "supervision1"))
        .contains("制定暗访计划");
  }

  @Test
  void afterTheNoticeDepartmentSeesExactlyItsOwnRectificationTask() {
    ProcessInstance check = run.start("DC2026-202");
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "PHONE", "钱某", "greening", true);
    run.recordFinding(check, "LATE", "赵某", "sanitation", false);
    run.confirmAll(check, "CONFIRMED");
    run.decide(check, "NOW");
    assertSeesNothingOf(check, "greening1");
    assertThat(get("/engine-rest/task", "greening1")).doesNotContain("DC2026-202");

    run.issueNotice(check, "督通〔2026〕21号");
    Task own = run.rectificationTask("greening", SpotCheckProcess.USER_TASK_RECTIFY);
    Task foreign = run.rectificationTask("sanitation", SpotCheckProcess.USER_TASK_RECTIFY);

    String tasks = get("/engine-rest/task", "greening1");
    assertThat(tasks).contains(own.getId()).doesNotContain(foreign.getId());
    assertThat(get("/engine-rest/task/count", "greening1")).isEqualTo("{\"count\":1}");
    assertThat(get("/engine-rest/process-instance/" + own.getProcessInstanceId() + "/variables", "greening1"))
        .contains("钱某").doesNotContain("赵某");
    assertSeesNothingOf(check, "greening1");
    assertThat(status("/engine-rest/process-instance/" + foreign.getProcessInstanceId() + "/variables",
        "greening1")).isIn(403, 404);
    assertThat(get("/engine-rest/variable-instance?processInstanceIdIn=" + foreign.getProcessInstanceId(),
        "greening1")).isEqualTo("[]");
    assertThat(get("/engine-rest/task", "greeningHead")).contains(own.getId()).doesNotContain(foreign.getId());
    assertSeesNothingOf(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(own.getProcessInstanceId()).singleResult(), "rectOffice1");
  }
}
