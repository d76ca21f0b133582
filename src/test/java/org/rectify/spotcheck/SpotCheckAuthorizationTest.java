package org.rectify.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.rectify.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Confidentiality by authorization, through the engine REST API Tasklist uses and the API Cockpit
 * uses (session login): a department sees nothing of a planned check nor of another department's
 * findings (tasks, instances, variables, history); after the notice it sees exactly its own
 * rectification task. The rectification office, the leading group and the leaders not concerned are
 * shut out; supervision, the Party secretary and the leaders concerned (in charge of supervision,
 * or of a department named in a finding) read. Demo leaders: leaders1 — supervision; leaders2 —
 * enforcement, advertising; leaders3 — greening, sanitation, municipal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SpotCheckSpringStandIns.class)
class SpotCheckAuthorizationTest {

  @Autowired ProcessEngine engine;
  @Autowired SpotCheckAccessUpgrade upgrade;
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

  private WebappSession cockpit(String user) {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(user, "demo")).as("webapp login of " + user).isEqualTo(200);
    return session;
  }

  /**
   * The instance list of Cockpit's process-definition page (its own plugin API, not the engine REST
   * API).
   */
  private HttpResponse<String> cockpitInstances(WebappSession session, ProcessInstance instance) {
    return session.postJson(
        "/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=50",
        "{\"processDefinitionId\":\"" + instance.getProcessDefinitionId() + "\"}",
        true);
  }

  private void assertCockpitSeesNothingOf(ProcessInstance instance, String user) {
    String id = instance.getId();
    WebappSession session = cockpit(user);
    String engineApi = "/camunda/api/engine/engine/default";
    assertThat(session.get(engineApi + "/process-instance?processInstanceIds=" + id).body())
        .as(user)
        .isEqualTo("[]");
    assertThat(session.get(engineApi + "/variable-instance?processInstanceIdIn=" + id).body())
        .as(user)
        .isEqualTo("[]");
    assertThat(session.get(engineApi + "/task?processInstanceId=" + id).body())
        .as(user)
        .isEqualTo("[]");
    assertThat(session.get(engineApi + "/history/variable-instance?processInstanceId=" + id).body())
        .as(user)
        .isEqualTo("[]");
    HttpResponse<String> list = cockpitInstances(session, instance);
    if (list.statusCode() == 200) {
      assertThat(list.body()).as(user).doesNotContain(id);
    } else {
      assertThat(list.statusCode()).as(user + " without Cockpit access").isEqualTo(403);
    }
  }

  private void assertCockpitReads(ProcessInstance instance, String user, String variableText) {
    String id = instance.getId();
    WebappSession session = cockpit(user);
    String engineApi = "/camunda/api/engine/engine/default";
    assertThat(session.get(engineApi + "/process-instance?processInstanceIds=" + id).body())
        .as(user)
        .contains(id);
    assertThat(session.get(engineApi + "/variable-instance?processInstanceIdIn=" + id).body())
        .as(user)
        .contains(variableText);
    HttpResponse<String> list = cockpitInstances(session, instance);
    assertThat(list.statusCode()).as(user).isEqualTo(200);
    assertThat(list.body()).as(user).contains(id);
  }

  private void assertSeesNothingOf(ProcessInstance check, String user) {
    assertCockpitSeesNothingOf(check, user);
    String id = check.getId();
    assertThat(get("/engine-rest/process-instance?processDefinitionKey=spot-check", user))
        .doesNotContain(id);
    assertThat(get("/engine-rest/task?processInstanceId=" + id, user)).isEqualTo("[]");
    assertThat(get("/engine-rest/variable-instance?processInstanceIdIn=" + id, user))
        .isEqualTo("[]");
    assertThat(get("/engine-rest/history/process-instance?processInstanceId=" + id, user))
        .isEqualTo("[]");
    assertThat(get("/engine-rest/history/task?processInstanceId=" + id, user)).isEqualTo("[]");
    assertThat(get("/engine-rest/history/variable-instance?processInstanceId=" + id, user))
        .isEqualTo("[]");
    assertThat(get("/engine-rest/history/activity-instance?processInstanceId=" + id, user))
        .isEqualTo("[]");
    assertThat(status("/engine-rest/process-instance/" + id + "/variables", user)).isIn(403, 404);
  }

  @Test
  void plannedCheckIsReadOnlyBySupervisionItsLeaderAndThePartySecretary() {
    ProcessInstance planned =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                SpotCheckProcess.PROCESS_KEY,
                "DC2026-201",
                SpotCheckStart.processVariables("DC2026-201"));

    for (String user :
        new String[] {
          "greening1",
          "greeningHead",
          "rectOffice1",
          "leadingGroup1",
          "office1",
          "leaders2",
          "leaders3"
        }) {
      assertSeesNothingOf(planned, user);
    }
    for (String user : new String[] {"supervision1", "leaders1", "partySecretary1"}) {
      assertThat(get("/engine-rest/process-instance?processInstanceIds=" + planned.getId(), user))
          .as(user)
          .contains(planned.getId());
      assertThat(
              get(
                  "/engine-rest/history/process-instance?processInstanceId=" + planned.getId(),
                  user))
          .as(user)
          .contains(planned.getId());
    }
    assertThat(get("/engine-rest/task?processInstanceId=" + planned.getId(), "supervision1"))
        .contains("制定暗访计划");
    assertThat(get("/engine-rest/task?processInstanceId=" + planned.getId(), "leaders1"))
        .contains("制定暗访计划");
    assertCockpitReads(planned, "leaders1", "DC2026-201");
    assertCockpitReads(planned, "partySecretary1", "DC2026-201");
  }

  @Test
  void findingsAreReadByTheLeadersConcernedOnly() {
    ProcessInstance check = run.start("DC2026-203");
    run.visit(check, "FINDINGS");
    assertSeesNothingOf(check, "leaders3");
    run.recordFinding(check, "ONLINE_SHOPPING", "孙某", "greening", false);

    // leaders3 is in charge of greening: from the next step on it reads the check, its tasks and
    // variables
    String id = check.getId();
    assertThat(get("/engine-rest/process-instance?processInstanceIds=" + id, "leaders3"))
        .contains(id);
    assertThat(get("/engine-rest/task?processInstanceId=" + id, "leaders3")).contains("听取说明并核实问题");
    assertThat(get("/engine-rest/variable-instance?processInstanceIdIn=" + id, "leaders3"))
        .contains("DC2026-203");
    assertCockpitReads(check, "leaders3", "DC2026-203");
    // leaders2 (enforcement, advertising) is not concerned: nothing via Tasklist's API, history or
    // Cockpit's API
    assertSeesNothingOf(check, "leaders2");

    run.confirmAll(check, "CONFIRMED");
    run.decide(check, "NOW");
    run.issueNotice(check, "督通〔2026〕23号");
    ProcessInstance greening =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(SpotCheckProcess.RECTIFICATION_PROCESS_KEY)
            .processInstanceBusinessKey("督通〔2026〕23号")
            .singleResult();
    Task rectification =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(greening.getId())
            .singleResult();
    for (String user : new String[] {"leaders3", "leaders1", "partySecretary1"}) {
      assertThat(get("/engine-rest/task?processInstanceId=" + greening.getId(), user))
          .as(user)
          .contains(rectification.getId());
      assertThat(get("/engine-rest/process-instance/" + greening.getId() + "/variables", user))
          .as(user)
          .contains("孙某");
    }
    assertCockpitReads(greening, "leaders3", "孙某");
    assertSeesNothingOf(greening, "leaders2");
    assertSeesNothingOf(check, "leaders2");
    assertThat(get("/engine-rest/task", "leaders2")).doesNotContain(rectification.getId());
  }

  /** The authorizations a check carried before issue 6: the whole leaders group read it. */
  private void grantLikeBefore(Resource resource, String resourceId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    authorizations
        .createAuthorizationQuery()
        .groupIdIn("leaders")
        .resourceType(resource)
        .resourceId(resourceId)
        .list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("leaders");
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  @Test
  void checksStartedBeforeTheLeadersConcernedRuleAreUpgradedAtStartUp() {
    ProcessInstance old =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                SpotCheckProcess.PROCESS_KEY,
                "DC2026-204",
                SpotCheckStart.processVariables("DC2026-204"));
    grantLikeBefore(Resources.PROCESS_INSTANCE, old.getId());
    engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(old.getId())
        .list()
        .forEach(task -> grantLikeBefore(Resources.TASK, task.getId()));
    assertThat(get("/engine-rest/task?processInstanceId=" + old.getId(), "leaders2"))
        .contains("制定暗访计划");

    upgrade.upgradeRunningChecks();

    assertSeesNothingOf(old, "leaders2");
    assertThat(get("/engine-rest/task?processInstanceId=" + old.getId(), "leaders1"))
        .contains("制定暗访计划");
    assertThat(
            get(
                "/engine-rest/process-instance?processInstanceIds=" + old.getId(),
                "partySecretary1"))
        .contains(old.getId());
  }

  @Test
  void aFinishedCheckIsReadInTheRegisterByTheLeadersConcernedEachForTheirDepartments()
      throws Exception {
    ProcessInstance check = run.start("DC2026-205");
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "PHONE", "周某", "greening", true);
    run.recordFinding(check, "LATE", "吴某", "enforcement", false);
    run.confirmAll(check, "CONFIRMED");
    run.decide(check, "NOW");
    run.issueNotice(check, "督通〔2026〕25号");
    run.rectifyAndVerify("greening", "PASSED");
    run.rectifyAndVerify("enforcement", "PASSED");
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("DC2026-205")
                .count())
        .isZero();

    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode greening =
        json.readTree(get("/api/spot-checks/DC2026-205", "leaders3"));
    assertThat(greening.get("complete").asBoolean()).isFalse();
    assertThat(greening.get("findings")).hasSize(1);
    assertThat(greening.get("findings").get(0).get("personName").asText()).isEqualTo("周某");
    assertThat(greening.get("notices").get(0).get("number").asText()).isEqualTo("督通〔2026〕25号");
    assertThat(greening.get("rectifications"))
        .allSatisfy(r -> assertThat(r.get("department").asText()).isEqualTo("greening"));
    assertThat(greening.get("verifications")).hasSize(1);
    assertThat(greening.toString()).doesNotContain("吴某");

    com.fasterxml.jackson.databind.JsonNode enforcement =
        json.readTree(get("/api/spot-checks/DC2026-205", "leaders2"));
    assertThat(enforcement.get("findings")).hasSize(1);
    assertThat(enforcement.toString()).contains("吴某").doesNotContain("周某");

    for (String user : new String[] {"leaders1", "supervision1", "partySecretary1"}) {
      com.fasterxml.jackson.databind.JsonNode all =
          json.readTree(get("/api/spot-checks/DC2026-205", user));
      assertThat(all.get("complete").asBoolean()).as(user).isTrue();
      assertThat(all.get("findings")).as(user).hasSize(2);
      assertThat(all.get("verifications")).as(user).hasSize(2);
    }
    for (String user : new String[] {"greening1", "greeningHead", "rectOffice1"}) {
      assertThat(status("/api/spot-checks/DC2026-205", user)).as(user).isEqualTo(403);
    }
    assertThat(status("/api/spot-checks/DC2099-999", "supervision1")).isEqualTo(404);
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
    assertThat(
            get(
                "/engine-rest/process-instance/" + own.getProcessInstanceId() + "/variables",
                "greening1"))
        .contains("钱某")
        .doesNotContain("赵某");
    assertSeesNothingOf(check, "greening1");
    assertThat(
            status(
                "/engine-rest/process-instance/" + foreign.getProcessInstanceId() + "/variables",
                "greening1"))
        .isIn(403, 404);
    assertThat(
            get(
                "/engine-rest/variable-instance?processInstanceIdIn="
                    + foreign.getProcessInstanceId(),
                "greening1"))
        .isEqualTo("[]");
    assertThat(get("/engine-rest/task", "greeningHead"))
        .contains(own.getId())
        .doesNotContain(foreign.getId());
    assertSeesNothingOf(
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(own.getProcessInstanceId())
            .singleResult(),
        "rectOffice1");
  }
}
