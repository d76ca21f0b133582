package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Agenda pre-review on the real meeting register: the office puts a topic on a planned meeting of
 * the routed type or on a new one, the decision and the minutes reach both registers, a deferred
 * topic goes to a later meeting only, and a 党组会 is held only with its 第一议题.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgendaMeetingSchedulingTest {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();
  private HttpTestClient http;
  private AgendaTopicDriver topics;
  private final LocalDate today = LocalDate.now(AgendaAutoChecksDelegate.ZONE);

  @BeforeEach
  void setUp() {
    http = new HttpTestClient(port);
    topics = new AgendaTopicDriver(engine, http);
  }

  @Test
  void aTopicGoesOnAPlannedMeetingAndADeferredOneOnlyToALaterMeeting() throws Exception {
    long planned = plannedMeeting("BUREAU_AFFAIRS", today.plusDays(10));
    long earlier = plannedMeeting("BUREAU_AFFAIRS", today.plusDays(5));
    ProcessInstance pi = readyForScheduling(false);
    assertThat(
            engine
                .getRuntimeService()
                .getVariableTyped(pi.getId(), "plannedMeetings")
                .getValue()
                .toString())
        .contains("\"value\":\"" + planned + "\"")
        .contains("\"value\":\"NEW\"");
    complete(pi, Map.of("meetingId", String.valueOf(planned)));
    JsonNode meeting = get("/api/meetings/" + planned);
    assertThat(meeting.get("topics").get(0).get("topicNumber").asText())
        .isEqualTo(pi.getBusinessKey());
    assertThat(get("/api/agenda-topics/" + pi.getBusinessKey()).get("status").asText())
        .isEqualTo("SCHEDULED");

    complete(
        pi,
        Map.of(
            "decision", "DEFERRED", "decisionConditions", "补充调研材料", "minutesRef", "局务会纪要〔2026〕9号"));
    meeting = get("/api/meetings/" + planned);
    assertThat(meeting.get("status").asText()).isEqualTo("HELD");
    assertThat(meeting.get("minutesRef").asText()).isEqualTo("局务会纪要〔2026〕9号");
    assertThat(meeting.get("topics").get(0).get("decision").asText()).isEqualTo("DEFERRED");
    assertThat(openTask(pi).getTaskDefinitionKey()).isEqualTo("UserTask_Schedule");
    assertThat(
            engine
                .getRuntimeService()
                .getVariableTyped(pi.getId(), "plannedMeetings")
                .getValue()
                .toString())
        .doesNotContain("\"value\":\"" + planned + "\"")
        .doesNotContain("\"value\":\"" + earlier + "\"");
    String schedule = openTask(pi).getId();
    assertThatThrownBy(
            () ->
                engine
                    .getTaskService()
                    .complete(schedule, Map.of("meetingId", String.valueOf(earlier))))
        .hasMessageContaining("暂缓的议题须安排到 " + today.plusDays(10) + " 之后召开的会议");
    assertThatThrownBy(
            () ->
                engine
                    .getTaskService()
                    .complete(schedule, Map.of("meetingId", String.valueOf(planned))))
        .hasMessageContaining("已召开，不能再安排议题");

    complete(pi, Map.of("meetingId", "NEW", "meetingDate", today.plusDays(24).toString()));
    long later = (Long) engine.getRuntimeService().getVariable(pi.getId(), "meetingId");
    complete(pi, Map.of("decision", "APPROVED", "minutesRef", "局务会纪要〔2026〕11号"));
    assertThat(get("/api/meetings/" + later).get("meetingDate").asText())
        .isEqualTo(today.plusDays(24).toString());
    JsonNode topic = get("/api/agenda-topics/" + pi.getBusinessKey());
    assertThat(topic.get("status").asText()).isEqualTo("DECIDED");
    assertThat(topic.get("minutesRef").asText()).isEqualTo("局务会纪要〔2026〕11号");
    assertThat(topic.get("meetingDate").asText()).isEqualTo(today.plusDays(24).toString());
  }

  @Test
  void aPartyGroupMeetingIsHeldOnlyWithItsFirstTopic() throws Exception {
    ProcessInstance pi = readyForScheduling(true);
    complete(pi, Map.of("meetingId", "NEW", "meetingDate", today.plusDays(30).toString()));
    long meetingId = (Long) engine.getRuntimeService().getVariable(pi.getId(), "meetingId");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "agendaOrder")).isEqualTo(2);
    String decision = openTask(pi).getId();
    assertThatThrownBy(
            () ->
                engine
                    .getTaskService()
                    .complete(
                        decision, Map.of("decision", "APPROVED", "minutesRef", "党组会纪要〔2026〕4号")))
        .hasMessageContaining("党组会须以“第一议题”（理论学习）开篇");
    assertThat(get("/api/meetings/" + meetingId).get("status").asText()).isEqualTo("PLANNED");
    complete(
        pi,
        Map.of(
            "decision",
            "APPROVED_WITH_CONDITIONS",
            "decisionConditions",
            "分两期实施",
            "minutesRef",
            "党组会纪要〔2026〕4号",
            "firstTopic",
            "学习《中国共产党党组工作条例》"));
    JsonNode meeting = get("/api/meetings/" + meetingId);
    assertThat(meeting.get("status").asText()).isEqualTo("HELD");
    assertThat(meeting.get("topics").get(0).get("kind").asText()).isEqualTo("FIRST_TOPIC");
    assertThat(meeting.get("topics").get(0).get("title").asText()).isEqualTo("学习《中国共产党党组工作条例》");
    assertThat(meeting.get("topics").get(1).get("decision").asText())
        .isEqualTo("APPROVED_WITH_CONDITIONS");
    assertThat(meeting.get("topics").get(1).get("decisionNote").asText()).isEqualTo("分两期实施");
  }

  @Test
  void aMovedMeetingTakesItsTopicsAlongAndIsNotCancelledUnderThem() throws Exception {
    long planned = plannedMeeting("BUREAU_AFFAIRS", today.plusDays(10));
    ProcessInstance pi = readyForScheduling(false);
    complete(pi, Map.of("meetingId", String.valueOf(planned)));

    HttpResponse<String> cancel =
        http.post(
            "/api/meetings/" + planned + "/cancel",
            """
        {"reason": "局领导外出"}""",
            "office1",
            "demo");
    assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(409);
    assertThat(cancel.body()).contains("不能取消").contains(pi.getBusinessKey());
    assertThat(get("/api/meetings/" + planned).get("status").asText()).isEqualTo("PLANNED");

    HttpResponse<String> moved =
        http.put(
            "/api/meetings/" + planned,
            """
        {"meetingDate": "%s", "title": "局务会（改期）", "chair": "partySecretary1"}"""
                .formatted(today.plusDays(12)),
            "office1",
            "demo");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(json.readTree(moved.body()).get("meetingDate").asText())
        .isEqualTo(today.plusDays(12).toString());
    assertThat(get("/api/agenda-topics/" + pi.getBusinessKey()).get("meetingDate").asText())
        .isEqualTo(today.plusDays(12).toString());
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "meetingDate"))
        .isEqualTo(today.plusDays(12).toString());
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "meetingTitle"))
        .isEqualTo("局务会（改期）");

    complete(pi, Map.of("decision", "APPROVED", "minutesRef", "局务会纪要〔2026〕12号"));
    assertThat(get("/api/meetings/" + planned).get("status").asText()).isEqualTo("HELD");
  }

  @Test
  void aMeetingAfterTheRequestedDeadlineIsTakenOnlyKnowingly() throws Exception {
    long late = plannedMeeting("BUREAU_AFFAIRS", today.plusDays(40));
    ProcessInstance pi = readyForScheduling(false, today.plusDays(30));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "decideByText"))
        .isEqualTo(today.plusDays(30) + "（申请的办理时限）");
    assertThat(
            engine
                .getRuntimeService()
                .getVariableTyped(pi.getId(), "plannedMeetings")
                .getValue()
                .toString())
        .contains("（晚于决策期限 " + today.plusDays(30) + "）");
    String schedule = openTask(pi).getId();
    assertThatThrownBy(
            () ->
                engine
                    .getTaskService()
                    .complete(schedule, Map.of("meetingId", String.valueOf(late))))
        .hasMessageContaining("晚于本议题的决策期限 " + today.plusDays(30));
    assertThat(get("/api/meetings/" + late).get("topics")).isEmpty();

    complete(pi, Map.of("meetingId", "NEW", "meetingDate", today.plusDays(29).toString()));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "meetingDate"))
        .isEqualTo(today.plusDays(29).toString());
  }

  @Test
  void aWithdrawnTopicLeavesThePlannedMeetingAndTheRegisterSaysSo() throws Exception {
    long planned = plannedMeeting("BUREAU_AFFAIRS", today.plusDays(11));
    ProcessInstance pi = readyForScheduling(false);
    complete(pi, Map.of("meetingId", String.valueOf(planned)));
    assertThat(get("/api/meetings/" + planned).get("topics")).hasSize(1);

    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "承包商已出局，续签议题撤回");
    assertThat(get("/api/agenda-topics/" + pi.getBusinessKey()).get("status").asText())
        .isEqualTo("WITHDRAWN");
    assertThat(get("/api/meetings/" + planned).get("topics")).isEmpty();
    HttpResponse<String> cancelled =
        http.post(
            "/api/meetings/" + planned + "/cancel",
            """
        {"reason": "议题已撤回，本次会议不再召开"}""",
            "office1",
            "demo");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
  }

  @Test
  void aMeetingWithADeferredTopicCannotMoveBeforeTheDeferringMeeting() throws Exception {
    long first = plannedMeeting("BUREAU_AFFAIRS", today.plusDays(10));
    ProcessInstance pi = readyForScheduling(false);
    complete(pi, Map.of("meetingId", String.valueOf(first)));
    complete(
        pi,
        Map.of(
            "decision", "DEFERRED", "decisionConditions", "补充材料", "minutesRef", "局务会纪要〔2026〕20号"));
    complete(pi, Map.of("meetingId", "NEW", "meetingDate", today.plusDays(20).toString()));
    long second = (Long) engine.getRuntimeService().getVariable(pi.getId(), "meetingId");

    HttpResponse<String> refused =
        http.put(
            "/api/meetings/" + second,
            """
        {"meetingDate": "%s", "title": "局务会"}"""
                .formatted(today.plusDays(9)),
            "office1",
            "demo");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("meetingDate：本次会议上的议题曾在 " + today.plusDays(10) + " 的会议上暂缓");
    assertThat(get("/api/meetings/" + second).get("meetingDate").asText())
        .isEqualTo(today.plusDays(20).toString());
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "meetingDate"))
        .isEqualTo(today.plusDays(20).toString());
  }

  private long plannedMeeting(String type, LocalDate date) throws Exception {
    HttpResponse<String> created =
        http.post(
            "/api/meetings",
            """
        {"meetingType": "%s", "meetingDate": "%s", "title": "计划会议", "chair": "partySecretary1",
         "status": "PLANNED"}"""
                .formatted(type, date),
            "office1",
            "demo");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("id").asLong();
  }

  /** A general request through both reviews; the office confirms the DMN's meeting. */
  private ProcessInstance readyForScheduling(boolean tripleOneMajor) throws Exception {
    return readyForScheduling(tripleOneMajor, null);
  }

  private ProcessInstance readyForScheduling(boolean tripleOneMajor, LocalDate deadline)
      throws Exception {
    return topics.readyForScheduling(tripleOneMajor, deadline);
  }

  private void complete(ProcessInstance pi, Map<String, Object> variables) {
    topics.complete(pi, variables);
  }

  private Task openTask(ProcessInstance pi) {
    return topics.openTask(pi);
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = http.get(path, "office1", "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
