package org.rectify.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * One department must not see, claim or complete another department's task — for every ordered pair
 * of departments, via the REST API and via the engine API with authorization checks, and nothing
 * changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentIsolationTest {

  private static final String PASSWORD = DemoOrganization.DEMO_PASSWORD;

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @LocalServerPort int port;

  private HttpTestClient http;
  private final Map<String, Task> taskOfDepartment = new HashMap<>();
  private String deploymentId;

  @BeforeAll
  void startOneTaskPerDepartment() {
    http = new HttpTestClient(port);
    deploymentId =
        repositoryService
            .createDeployment()
            .addClasspathResource("bpmn/department-task.bpmn")
            .name("department-isolation-test")
            .deploy()
            .getId();
    for (String department : departments().toList()) {
      String instanceId =
          runtimeService
              .startProcessInstanceByKey(
                  "test-department-task",
                  "ISO-" + department,
                  Map.of(
                      "department",
                      department,
                      "dueDate",
                      new Date(System.currentTimeMillis() + 86_400_000L)))
              .getId();
      taskOfDepartment.put(
          department, taskService.createTaskQuery().processInstanceId(instanceId).singleResult());
    }
  }

  @AfterAll
  void removeDeployment() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  static Stream<String> departments() {
    return OrganizationGroups.departments().stream().map(OrganizationGroups.GroupDefinition::id);
  }

  static Stream<Arguments> departmentPairs() {
    return departments()
        .filter(own -> !isOversight(own))
        .flatMap(
            own ->
                departments()
                    .filter(other -> !other.equals(own))
                    .map(other -> Arguments.of(own, other)));
  }

  /**
   * Pairs where the first is an oversight body (整改办): it reads all work for 督办 but must not do it.
   */
  static Stream<Arguments> oversightPairs() {
    return departments()
        .filter(DepartmentIsolationTest::isOversight)
        .flatMap(
            own ->
                departments()
                    .filter(other -> !other.equals(own))
                    .map(other -> Arguments.of(own, other)));
  }

  private static boolean isOversight(String group) {
    return OrganizationGroups.COCKPIT_READERS.contains(group);
  }

  @ParameterizedTest(name = "{0} cannot touch the task of {1}")
  @MethodSource("departmentPairs")
  void departmentCannotSeeClaimOrCompleteAnotherDepartmentsTask(String own, String other) {
    String clerk = own + "1";
    Task foreign = taskOfDepartment.get(other);

    HttpResponse<String> list =
        http.get(
            "/engine-rest/task?processInstanceId=" + foreign.getProcessInstanceId(),
            clerk,
            PASSWORD);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).isEqualTo("[]");
    assertThat(http.get("/engine-rest/task/" + foreign.getId(), clerk, PASSWORD).statusCode())
        .isIn(403, 404);
    assertThat(
            http.get(
                    "/engine-rest/process-instance/" + foreign.getProcessInstanceId(),
                    clerk,
                    PASSWORD)
                .statusCode())
        .isIn(403, 404);
    assertThat(
            http.post(
                    "/engine-rest/task/" + foreign.getId() + "/claim",
                    "{\"userId\":\"" + clerk + "\"}",
                    clerk,
                    PASSWORD)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.post("/engine-rest/task/" + foreign.getId() + "/complete", "{}", clerk, PASSWORD)
                .statusCode())
        .isEqualTo(403);

    try {
      identityService.setAuthentication(clerk, List.of(own));
      assertThat(taskService.createTaskQuery().taskId(foreign.getId()).count()).isZero();
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceId(foreign.getProcessInstanceId())
                  .count())
          .isZero();
      assertThrows(AuthorizationException.class, () -> taskService.claim(foreign.getId(), clerk));
      assertThrows(AuthorizationException.class, () -> taskService.complete(foreign.getId()));
    } finally {
      identityService.clearAuthentication();
    }

    assertUnchanged(foreign);
  }

  @ParameterizedTest(name = "{0} reads but cannot claim or complete the task of {1}")
  @MethodSource("oversightPairs")
  void oversightReadsButCannotClaimOrCompleteAnotherDepartmentsTask(String own, String other) {
    String clerk = own + "1";
    Task foreign = taskOfDepartment.get(other);

    assertThat(http.get("/engine-rest/task/" + foreign.getId(), clerk, PASSWORD).statusCode())
        .isEqualTo(200);
    assertThat(
            http.post(
                    "/engine-rest/task/" + foreign.getId() + "/claim",
                    "{\"userId\":\"" + clerk + "\"}",
                    clerk,
                    PASSWORD)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http.post("/engine-rest/task/" + foreign.getId() + "/complete", "{}", clerk, PASSWORD)
                .statusCode())
        .isEqualTo(403);
    try {
      identityService.setAuthentication(clerk, List.of(own));
      assertThrows(AuthorizationException.class, () -> taskService.claim(foreign.getId(), clerk));
      assertThrows(AuthorizationException.class, () -> taskService.complete(foreign.getId()));
    } finally {
      identityService.clearAuthentication();
    }
    assertUnchanged(foreign);
  }

  private void assertUnchanged(Task task) {
    Task unchanged = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(unchanged).isNotNull();
    assertThat(unchanged.getAssignee()).isNull();
  }

  @ParameterizedTest(name = "{0} sees and may claim its own task")
  @MethodSource("departments")
  void departmentSeesItsOwnTask(String department) {
    String clerk = department + "1";
    Task own = taskOfDepartment.get(department);
    HttpResponse<String> response = http.get("/engine-rest/task/" + own.getId(), clerk, PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("办理科室事项");
    assertThat(
            http.get("/engine-rest/process-instance/" + own.getProcessInstanceId(), clerk, PASSWORD)
                .statusCode())
        .isEqualTo(200);
    try {
      identityService.setAuthentication(clerk, List.of(department));
      assertThat(
              taskService
                  .createTaskQuery()
                  .taskCandidateGroup(department)
                  .taskId(own.getId())
                  .count())
          .isEqualTo(1);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
