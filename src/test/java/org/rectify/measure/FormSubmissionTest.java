package org.rectify.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.rectify.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A form submit carries exactly its form's fields. The department head who claims a measure ({@code
 * measure-claim}: 认领意见, 主抓人, 工作计划, 退回理由 editable; 编号, 科室, 期限, 状态, 措施内容 shown read-only) cannot move
 * the measure to another department, rewrite its title or set any other variable by completing his
 * own task — through the engine's REST API or Tasklist's session.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"rectify.demo.plan.enabled=true", "spring.application.name=rectify-form-submit"})
@ActiveProfiles("test")
class FormSubmissionTest {

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  HttpTestClient http;
  Task claim;
  String head;
  String department;
  String title;

  @AfterAll
  static void releaseEngine() {
    BpmnAwareTests.reset();
  }

  @BeforeEach
  void anOpenClaimOfTheDemoPlan() {
    http = new HttpTestClient(port);
    claim =
        taskService
            .createTaskQuery()
            .processDefinitionKey("measure-lifecycle")
            .taskDefinitionKey("UserTask_ClaimMeasure")
            .taskAssigned()
            .orderByTaskId()
            .asc()
            .list()
            .get(0);
    head = claim.getAssignee();
    department = (String) runtimeService.getVariable(claim.getProcessInstanceId(), "department");
    title = (String) runtimeService.getVariable(claim.getProcessInstanceId(), "businessTitle");
  }

  private HttpResponse<String> complete(String variables) {
    return http.post(
        "/engine-rest/task/" + claim.getId() + "/complete",
        "{\"variables\": {" + variables + "}}",
        head,
        "demo");
  }

  private static final String CLAIM =
      "\"claimDecision\": {\"value\": \"CLAIM\"}, \"implementer\": {\"value\": \"张伟\"}";

  @Test
  void undeclaredVariablesAreRefusedNamingThemAndNothingChanges() {
    HttpResponse<String> moved =
        complete(
            CLAIM
                + ", \"department\": {\"value\": \"sanitation\"},"
                + " \"headUserId\": {\"value\": \"sanitationHead\"}");

    assertThat(moved.statusCode()).isEqualTo(400);
    assertThat(moved.body())
        .contains("提交有误，未保存", "“department”不是本表单的字段", "“headUserId”不是本表单的字段")
        .doesNotContain("ENGINE-", "Exception:");
    assertThat(taskService.createTaskQuery().taskId(claim.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(claim.getProcessInstanceId(), "department"))
        .isEqualTo(department);
  }

  @Test
  void valuesOutsideTheFormsOptionsAndMissingRequiredFieldsAreRefusedInChinese() {
    HttpResponse<String> unknownOption =
        complete("\"claimDecision\": {\"value\": \"MAYBE\"}, \"implementer\": {\"value\": \"张伟\"}");
    assertThat(unknownOption.statusCode()).isEqualTo(400);
    assertThat(unknownOption.body()).contains("“认领意见”的选项“MAYBE”不在可选范围内");

    HttpResponse<String> missing = complete("\"implementer\": {\"value\": \"张伟\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("“认领意见”为必填项");

    HttpResponse<String> tooLong =
        complete(
            "\"claimDecision\": {\"value\": \"CLAIM\"}, \"implementer\": {\"value\": \""
                + "张".repeat(101)
                + "\"}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("最多 100 个字");
    assertThat(taskService.createTaskQuery().taskId(claim.getId()).count()).isOne();
  }

  /** The path spelled otherwise (a path parameter, a doubled slash) does not get past the form. */
  @Test
  void anotherSpellingOfThePathDoesNotGetPastTheForm() {
    for (String path :
        new String[] {
          "/engine-rest/task/" + claim.getId() + "/complete;x=1",
          "/engine-rest/task//" + claim.getId() + "/complete",
          "/engine-rest//task/" + claim.getId() + "/complete"
        }) {
      HttpResponse<String> response =
          http.post(
              path,
              "{\"variables\": {" + CLAIM + ", \"department\": {\"value\": \"sanitation\"}}}",
              head,
              "demo");
      assertThat(response.statusCode()).as(path).isBetween(400, 499);
      assertThat(taskService.createTaskQuery().taskId(claim.getId()).count()).as(path).isOne();
      assertThat(runtimeService.getVariable(claim.getProcessInstanceId(), "department"))
          .isEqualTo(department);
    }
  }

  @Test
  void writingTheTasksVariablesDirectlyIsLeftToAdministrators() {
    String variable = "/engine-rest/task/" + claim.getId() + "/variables/department";
    HttpResponse<String> refused = http.put(variable, "{\"value\": \"sanitation\"}", head, "demo");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("任务的数据只能通过办理表单提交");
    HttpResponse<String> modifications =
        http.post(
            "/engine-rest/task/" + claim.getId() + "/variables",
            "{\"modifications\": {\"department\": {\"value\": \"sanitation\"}}}",
            head,
            "demo");
    assertThat(modifications.statusCode()).isEqualTo(403);
    assertThat(runtimeService.getVariable(claim.getProcessInstanceId(), "department"))
        .isEqualTo(department);
  }

  @Test
  void tasklistsOwnSessionIsHeldToTheFormToo() {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login(head, "demo")).isEqualTo(200);
    HttpResponse<String> refused =
        tasklist.postJson(
            "/camunda/api/engine/engine/default/task/" + claim.getId() + "/submit-form",
            "{\"variables\": {" + CLAIM + ", \"department\": {\"value\": \"sanitation\"}}}",
            true);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("“department”不是本表单的字段");
    assertThat(taskService.createTaskQuery().taskId(claim.getId()).count()).isOne();
  }

  /**
   * Tasklist sends the read-only fields back with the editable ones: their values are dropped, so a
   * changed title is neither refused nor stored, and the claim goes through as a person made it.
   */
  @Test
  void displayOnlyFieldsAreDroppedAndTheClaimGoesThrough() {
    String measure =
        (String) runtimeService.getVariable(claim.getProcessInstanceId(), "businessNumber");
    HttpResponse<String> claimed = complete(CLAIM + ", \"businessTitle\": {\"value\": \"已改写的标题\"}");

    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(claim.getId()).count()).isZero();
    assertThat(runtimeService.getVariable(claim.getProcessInstanceId(), "businessTitle"))
        .isEqualTo(title);
    assertThat(runtimeService.getVariable(claim.getProcessInstanceId(), "implementer"))
        .isEqualTo("张伟");
    assertThat(
            jdbc.queryForMap("select title, department from rect_measure where code = ?", measure))
        .containsAllEntriesOf(Map.of("TITLE", title, "DEPARTMENT", department));
  }
}
