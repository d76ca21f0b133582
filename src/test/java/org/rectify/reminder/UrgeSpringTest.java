package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 催办 through {@code POST /api/tasks/{taskId}/urge}: who may urge, the interval, the record and the
 * mail.
 */
class UrgeSpringTest extends ReminderSpringTestBase {

  @Test
  void aLeaderUrgesOnceAndASecondUrgeInsideTheIntervalIsRefusedWithAClearMessage()
      throws Exception {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
    String pi = start("greening", ReminderTimesTest.at(2026, 12, 9, 23, 59));
    Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();

    ResponseEntity<String> first = urge("leaders3", task.getId(), "{\"message\": \"请本周内办结\"}");
    assertThat(first.getStatusCode().value()).isEqualTo(201);
    assertThat(first.getBody()).contains("\"urgedBy\":\"leaders3\"", "nextUrgeAllowedAt");

    ResponseEntity<String> second = urge("rectOffice1", task.getId(), null);
    assertThat(second.getStatusCode().value()).isEqualTo(429);
    assertThat(second.getBody())
        .contains("该任务已于 2026-12-01 10:00 由 钱立新 催办", "每 4 小时最多催办一次", "请于 2026-12-01 14:00 之后再催办");

    assertThat(taskService.getTaskComments(task.getId()))
        .extracting(Comment::getFullMessage)
        .containsExactly("【催办】钱立新 于 2026-12-01 10:00 催办此任务：请本周内办结");

    String urgeProcess =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(UrgeService.URGE_PROCESS)
            .processInstanceBusinessKey("M07")
            .singleResult()
            .getId();
    managementService.executeJob(
        managementService.createJobQuery().processInstanceId(urgeProcess).singleResult().getId());
    assertThat(recipients(smtp.getReceivedMessages()))
        .containsExactlyInAnyOrder("greening1@rectify.local", "greeningHead@rectify.local");
    assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("【催办】M07 落实整改措施：请尽快办理");
    assertThat(new SinkMailReader(smtp.getReceivedMessages()[0]).text())
        .contains("催办意见：钱立新：请本周内办结");

    assertThat(
            http.exchange(
                    "/api/tasks/" + task.getId() + "/urge",
                    org.springframework.http.HttpMethod.GET,
                    new HttpEntity<>(auth("rectOffice1")),
                    String.class)
                .getBody())
        .contains("\"urgedBy\":\"leaders3\"", "\"urgedByName\":\"钱立新\"", "\"message\":\"请本周内办结\"");
    // the rate limit as Tasklist's 催办 button shows it: when the next urge is possible
    assertThat(status("rectOffice1", task.getId()))
        .contains("\"intervalText\":\"4 小时\"", "\"lastUrgedByName\":\"钱立新\"")
        .doesNotContain("\"nextUrgeAllowedAt\":null");
    assertThat(status("greening1", task.getId())).contains("只有局领导、党组书记和整改办可以查看催办记录");

    ClockUtil.setCurrentTime(
        new Date(ClockUtil.getCurrentTime().getTime() + 4 * 3_600_000L + 60_000));
    assertThat(status("rectOffice1", task.getId())).contains("\"nextUrgeAllowedAt\":null");
    assertThat(urge("rectOffice1", task.getId(), null).getStatusCode().value()).isEqualTo(201);
  }

  private String status(String user, String taskId) {
    return http.exchange(
            "/api/tasks/" + taskId + "/urge/status",
            org.springframework.http.HttpMethod.GET,
            new HttpEntity<>(auth(user)),
            String.class)
        .getBody();
  }

  @Test
  void onlyLeadersPartySecretaryAndRectOfficeMayUrge() {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
    String pi = start("greening", ReminderTimesTest.at(2026, 12, 9, 23, 59));
    Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();

    ResponseEntity<String> clerk = urge("greening1", task.getId(), null);
    assertThat(clerk.getStatusCode().value()).isEqualTo(403);
    assertThat(clerk.getBody()).contains("只有局领导、党组书记和整改办可以催办");
    assertThat(urge("leaders1", "no-such-task", null).getStatusCode().value()).isEqualTo(404);
    assertThat(
            http.postForEntity("/api/tasks/" + task.getId() + "/urge", null, String.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
  }

  private static HttpHeaders auth(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return headers;
  }

  private ResponseEntity<String> urge(String user, String taskId, String body) {
    HttpHeaders headers = auth(user);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(
        "/api/tasks/" + taskId + "/urge", new HttpEntity<>(body, headers), String.class, Map.of());
  }
}
