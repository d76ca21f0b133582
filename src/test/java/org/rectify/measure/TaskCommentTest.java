package org.rectify.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Tasklist's 添加意见 and 历史 tab for the people who work on a measure: the engine looks a task up in
 * the history before it stores or lists a comment, so without a read grant on the instance's
 * history the head holding the task got "No task found". Another department's clerk still gets
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "rectify.demo.plan.enabled=true")
class TaskCommentTest {

  @Autowired TaskService taskService;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void theHolderCommentsOnHisTaskAndReadsItsHistoryAnotherDepartmentCannot() {
    HttpTestClient http = new HttpTestClient(port);
    // a measure of its own: the browser tests sharing this application claim the seed's
    long plan =
        jdbc.queryForObject(
            "select id from rect_plan where title = ?", Long.class, SeedPlanLoader.TITLE);
    HttpResponse<String> registered =
        http.post(
            "/api/measures",
            """
            {"plan": %d, "problem": 8, "title": "养护巡查台账每周通报", "department": "greening",
             "phase": 2, "dueDate": "%s"}"""
                .formatted(plan, java.time.LocalDate.now().plusDays(60)),
            "rectOffice1",
            "demo");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String code = registered.body().replaceAll(".*\"code\":\"([^\"]+)\".*", "$1");
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .taskDefinitionKey("UserTask_ClaimMeasure")
            .singleResult();
    String holder = task.getAssignee();
    String outsider = "sanitation1";
    String comments = "/engine-rest/task/" + task.getId() + "/comment";

    HttpResponse<String> created =
        http.post(comments + "/create", "{\"message\": \"已安排专人负责\"}", holder, "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(http.get(comments, holder, "demo").body()).contains("已安排专人负责");
    assertThat(
            http.get(
                    "/engine-rest/history/task?processInstanceId=" + task.getProcessInstanceId(),
                    holder,
                    "demo")
                .body())
        .contains(task.getId());

    HttpResponse<String> refused =
        http.post(comments + "/create", "{\"message\": \"越权意见\"}", outsider, "demo");
    assertThat(refused.statusCode()).isBetween(400, 404);
    assertThat(http.get(comments, outsider, "demo").body()).doesNotContain("已安排专人负责");
    assertThat(
            http.get(
                    "/engine-rest/history/task?processInstanceId=" + task.getProcessInstanceId(),
                    outsider,
                    "demo")
                .body())
        .isEqualTo("[]");
    assertThat(taskService.getTaskComments(task.getId())).hasSize(1);
  }
}
