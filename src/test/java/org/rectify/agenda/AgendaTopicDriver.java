package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rectify.HttpTestClient;

/**
 * Drives a general request through agenda pre-review on the running application — registered
 * through {@code POST /api/agenda-topics}, approved by the department, reviewed and re-reviewed by
 * the office, the DMN's meeting confirmed — until it waits at 安排上会. Shared by the Spring and the
 * browser tests.
 */
public final class AgendaTopicDriver {

  private final ProcessEngine engine;
  private final HttpTestClient http;

  public AgendaTopicDriver(ProcessEngine engine, HttpTestClient http) {
    this.engine = engine;
    this.http = http;
  }

  /** A request (with its own decision deadline, or none) waiting at 安排上会. */
  public ProcessInstance readyForScheduling(boolean tripleOneMajor, LocalDate deadline)
      throws IOException {
    HttpResponse<String> response =
        http.post(
            "/api/agenda-topics",
            """
        {"title": "办公区改造工作请示", "type": "GENERAL_REQUEST", "department": "enforcement", "amount": 50000,
         "tripleOneMajor": %s%s}"""
                .formatted(
                    tripleOneMajor, deadline == null ? "" : ", \"deadline\": \"" + deadline + "\""),
            "enforcement1",
            "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String number = new ObjectMapper().readTree(response.body()).get("number").asText();
    ProcessInstance pi =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .singleResult();
    complete(pi, Map.of("headApproved", true));
    complete(pi, Map.of("leaderApproved", true));
    engine.getTaskService().claim(openTask(pi).getId(), "office1");
    complete(pi, Map.of("reviewOutcome", "PASS", "c1", "PASS", "c2", "PASS"));
    engine.getTaskService().claim(openTask(pi).getId(), "office2");
    complete(pi, Map.of("reReviewAgreed", true));
    complete(pi, Map.of());
    assertThat(openTask(pi).getTaskDefinitionKey()).isEqualTo("UserTask_Schedule");
    return pi;
  }

  public void complete(ProcessInstance pi, Map<String, Object> variables) {
    engine.getTaskService().complete(openTask(pi).getId(), new HashMap<>(variables));
  }

  public Task openTask(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }
}
