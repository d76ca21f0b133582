package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.rectify.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The two unpatched vulnerabilities of Camunda 7.24.0 CE, attacked the way an intruder would, must
 * fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CveMitigationTest {

  /**
   * A bean an injected expression would call: counts calls, so "no expression ran" is measurable.
   */
  public static class ExpressionProbe {
    private final AtomicInteger calls = new AtomicInteger();

    public String touch() {
      calls.incrementAndGet();
      return "touched";
    }

    int calls() {
      return calls.get();
    }
  }

  @TestConfiguration
  static class ProbeConfiguration {
    @Bean
    ExpressionProbe expressionProbe() {
      return new ExpressionProbe();
    }
  }

  @Autowired ExpressionProbe probe;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  HttpTestClient http;

  @BeforeEach
  void setUp() {
    http = new HttpTestClient(port);
  }

  // CVE-2026-77226: the Admin setup endpoint

  private static final String SETUP = "/camunda/api/admin/setup/default/user/create";
  private static final String INTRUDER =
      "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@y.z\"},"
          + "\"credentials\":{\"password\":\"intruder-pass-1\"}}";

  @Test
  void setupEndpointNeverCreatesAUserEvenWhenTheAdminGroupIsEmpty() {
    // the engine refuses to empty camunda-admin (AdminGroupGuard); simulate a damaged database
    // directly
    jdbc.update("delete from act_id_membership where group_id_ = 'camunda-admin'");
    try {
      assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
      HttpResponse<String> response = http.post(SETUP, INTRUDER, null, null);
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).contains("已禁用");
      assertThat(
              http.post("/camunda/api/admin/setup/default/user/create/", INTRUDER, null, null)
                  .statusCode())
          .isIn(403, 404);
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      identityService.createMembership("admin", "camunda-admin");
    }
  }

  @Test
  void setupEndpointIsClosedWhileTheAdminExists() {
    assertThat(http.post(SETUP, INTRUDER, "office1", "demo").statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  // CVE-2026-109432: expressions in task queries

  private static final String OR_QUERY =
      "{\"orQueries\":[{\"assigneeExpression\":\"${expressionProbe.touch()}\"}]}";

  /**
   * Control: shows the vulnerability is real in the engine (ad-hoc expressions are disabled, yet
   * the {@code or()} branch evaluates one), so the refusals below are the guard's doing, not the
   * engine's.
   */
  @Test
  void theEngineItselfEvaluatesAnOrQueryExpressionDespiteAdhocExpressionsBeingDisabled() {
    int before = probe.calls();
    identityService.setAuthentication("office1", List.of("office"));
    try {
      taskService
          .createTaskQuery()
          .or()
          .taskAssigneeExpression("${expressionProbe.touch()}")
          .endOr()
          .list();
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(probe.calls()).isEqualTo(before + 1);
  }

  @Test
  void orQueryExpressionIsRefusedOnEngineRest() {
    int before = probe.calls();
    HttpResponse<String> response = http.post("/engine-rest/task", OR_QUERY, "office1", "demo");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("表达式");
    assertThat(http.post("/engine-rest/task/count", OR_QUERY, "office1", "demo").statusCode())
        .isEqualTo(400);
    assertThat(probe.calls()).isEqualTo(before);
  }

  @Test
  void escapedAndEncodedExpressionsAreRefusedToo() {
    int before = probe.calls();
    String escaped =
        "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{expressionProbe.touch()}\"}]}";
    assertThat(http.post("/engine-rest/task", escaped, "office1", "demo").statusCode())
        .isEqualTo(400);
    String hash = "{\"orQueries\":[{\"candidateGroupExpression\":\"#{expressionProbe.touch()}\"}]}";
    assertThat(http.post("/engine-rest/task", hash, "office1", "demo").statusCode()).isEqualTo(400);
    assertThat(
            http.get(
                    "/engine-rest/task?assigneeExpression=%24%7BexpressionProbe.touch()%7D",
                    "office1", "demo")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            http.post(
                    "/engine-rest/process-instance",
                    "{\"businessKey\":\"${expressionProbe.touch()}\"}",
                    "office1",
                    "demo")
                .statusCode())
        .isEqualTo(400);
    assertThat(probe.calls()).isEqualTo(before);
  }

  /**
   * Multipart bodies are held to the same rule (a task attachment's name); a deployment, whose BPMN
   * holds expressions by nature, still goes through for the administrator.
   */
  @Test
  void expressionsInMultipartBodiesAreRefusedButDeploymentsStillWork() {
    String boundary = "rectify-boundary";
    String attachment =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\n"
            + "${expressionProbe.touch()}\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttp://example.com\r\n--"
            + boundary
            + "--\r\n";
    repositoryService
        .createDeployment()
        .addModelInstance(
            "attachment-check.bpmn",
            org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("attachment-check")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("UserTask_Check")
                .endEvent()
                .done())
        .deploy();
    String instance = runtimeService.startProcessInstanceByKey("attachment-check").getId();
    String taskId =
        taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    HttpResponse<String> refused =
        http.send(
            http.builder("/engine-rest/task/" + taskId + "/attachment/create", "admin", "admin")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        attachment, java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("表达式");
    assertThat(taskService.getTaskAttachments(taskId)).isEmpty();

    String bpmn =
        org.camunda.bpm.model.bpmn.Bpmn.convertToString(
            org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("multipart-deployment-check")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("UserTask_Check")
                .camundaAssignee("${initiator}")
                .endEvent()
                .done());
    String deployment =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncheck\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"check.bpmn\"; filename=\"check.bpmn\"\r\n"
            + "Content-Type: application/xml\r\n\r\n"
            + bpmn
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> deployed =
        http.send(
            http.builder("/engine-rest/deployment/create", "admin", "admin")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        deployment, java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
  }

  @Test
  void expressionInAFilterExecutionIsRefused() {
    int before = probe.calls();
    String filterId = filterService.createFilterQuery().filterName("我的待办").singleResult().getId();
    assertThat(
            http.post("/engine-rest/filter/" + filterId + "/list", OR_QUERY, "office1", "demo")
                .statusCode())
        .isEqualTo(400);
    assertThat(probe.calls()).isEqualTo(before);
  }

  @Test
  void savedFiltersMayUseOnlyTheHarmlessFunctions() {
    String evil =
        "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{\"assigneeExpression\":"
            + "\"${expressionProbe.touch()}\"},\"properties\":{}}";
    assertThat(http.post("/engine-rest/filter/create", evil, "admin", "admin").statusCode())
        .isEqualTo(400);
    String harmless =
        "{\"resourceType\":\"Task\",\"name\":\"测试过滤器\",\"query\":{\"assigneeExpression\":"
            + "\"${currentUser()}\",\"dueBeforeExpression\":\"${dateTime().plusDays(7).toDate()}\"},\"properties\":{}}";
    HttpResponse<String> created =
        http.post("/engine-rest/filter/create", harmless, "admin", "admin");
    assertThat(created.statusCode()).isEqualTo(200);
    String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(filterService.getFilter(id).getName()).isEqualTo("测试过滤器");
    filterService.deleteFilter(id);
  }

  @Test
  void orQueryExpressionIsRefusedOnTheWebappsInternalEngineApi() {
    int before = probe.calls();
    WebappSession browser = new WebappSession(port);
    assertThat(browser.login("office1", "demo")).isEqualTo(200);
    HttpResponse<String> allowed =
        browser.postJson("/camunda/api/engine/engine/default/task", "{}", true);
    assertThat(allowed.statusCode()).isEqualTo(200);
    HttpResponse<String> attack =
        browser.postJson("/camunda/api/engine/engine/default/task", OR_QUERY, true);
    assertThat(attack.statusCode()).isEqualTo(400);
    assertThat(probe.calls()).isEqualTo(before);
  }

  @Test
  void noUserWasCreatedByAnyProbe() {
    List<User> users = identityService.createUserQuery().userIdIn("intruder", "x").list();
    assertThat(users).isEmpty();
  }
}
