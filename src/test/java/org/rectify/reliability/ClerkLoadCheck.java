package org.rectify.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rectify.HttpTestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10's load check — a command, not part of {@code verify}: {@code ./mvnw -Pload test} (20
 * clerks, 2 minutes; {@code -Dload.duration=PT20S -Dload.clerks=20} to change). The application
 * runs with the demo organisation and plan on a random loopback port; setup adds two measures per
 * clerk through {@code POST /api/measures} and has the department heads claim them. Then every
 * clerk works its own measures through {@code /engine-rest} the way Tasklist does — find the
 * progress task, claim it, complete it (进展填报, 继续整改) — until the time is up. Prints {@code LOAD
 * requests= errors= error_rate= p50_ms= p95_ms= p99_ms=}; the only assertion is functional: no
 * errors.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "rectify.demo.plan.enabled=true",
      "rectify.reminder.digest-cron=-",
      "rectify.reminder.colour-refresh-cron=-"
    })
@ActiveProfiles("test")
class ClerkLoadCheck {

  private static final Logger LOG = LoggerFactory.getLogger(ClerkLoadCheck.class);
  private static final List<String> DEPARTMENTS =
      List.of("enforcement", "sanitation", "greening", "municipal", "advertising");
  private static final int MEASURES_PER_CLERK = 2;

  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private HttpTestClient http;

  @AfterAll
  static void releaseEngine() {
    BpmnAwareTests.reset();
  }

  @Test
  void clerksCompleteTasksWithoutErrors() throws Exception {
    http = new HttpTestClient(port);
    Duration duration = Duration.parse(System.getProperty("load.duration", "PT2M"));
    int clerks = Integer.getInteger("load.clerks", 20);
    List<List<String>> measuresOfClerk = new ArrayList<>();
    for (int clerk = 0; clerk < clerks; clerk++) {
      List<String> own = new ArrayList<>();
      for (int i = 0; i < MEASURES_PER_CLERK; i++) {
        own.add(
            addAndClaimMeasure(
                DEPARTMENTS.get(clerk % DEPARTMENTS.size()), clerk * MEASURES_PER_CLERK + i));
      }
      measuresOfClerk.add(own);
    }
    LOG.info(
        "Load check: {} clerks, {} measures, {}", clerks, clerks * MEASURES_PER_CLERK, duration);

    long end = System.nanoTime() + duration.toNanos();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clerks);
    List<Future<LoadFigures>> results = new ArrayList<>();
    for (int clerk = 0; clerk < clerks; clerk++) {
      String user = DEPARTMENTS.get(clerk % DEPARTMENTS.size()) + "1";
      List<String> own = measuresOfClerk.get(clerk);
      results.add(pool.submit(() -> work(user, own, end)));
    }
    LoadFigures figures = new LoadFigures();
    for (Future<LoadFigures> result : results) {
      figures.add(result.get());
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    LOG.info(figures.summary(seconds));
    assertThat(figures.errors()).as("errors, e.g. %s", figures.errorSamples()).isZero();
  }

  /**
   * One clerk: report progress on its measures in turn, as its department's user, until {@code
   * end}.
   */
  private LoadFigures work(String user, List<String> measures, long end) {
    LoadFigures figures = new LoadFigures();
    for (int i = 0; System.nanoTime() < end; i++) {
      int round = i;
      String code = measures.get(round % measures.size());
      HttpResponse<String> found =
          timed(
              figures,
              "list " + code,
              () ->
                  http.get(
                      "/engine-rest/task?processInstanceBusinessKey="
                          + code
                          + "&taskDefinitionKey=UserTask_ReportProgress",
                      user,
                      "demo"));
      String taskId = taskId(found);
      if (taskId == null) {
        continue;
      }
      timed(
          figures,
          "claim " + code,
          () ->
              http.post(
                  "/engine-rest/task/" + taskId + "/claim",
                  "{\"userId\": \"" + user + "\"}",
                  user,
                  "demo"));
      timed(
          figures,
          "complete " + code,
          () ->
              http.post(
                  "/engine-rest/task/" + taskId + "/complete",
                  "{\"variables\": "
                      + Json.variables(
                          "progressNarrative",
                          "第 " + round + " 轮：按计划推进",
                          "String",
                          "progressPercent",
                          Math.min(90, round),
                          "Long",
                          "progressAction",
                          "CONTINUE",
                          "String")
                      + "}",
                  user,
                  "demo"));
    }
    return figures;
  }

  private static HttpResponse<String> timed(
      LoadFigures figures, String what, java.util.function.Supplier<HttpResponse<String>> request) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = request.get();
      boolean ok = response.statusCode() / 100 == 2;
      figures.record(
          System.nanoTime() - started,
          ok,
          what + " → " + response.statusCode() + " " + response.body());
      return ok ? response : null;
    } catch (RuntimeException e) {
      figures.record(System.nanoTime() - started, false, what + " → " + e);
      return null;
    }
  }

  private String taskId(HttpResponse<String> response) {
    try {
      JsonNode tasks = response == null ? null : json.readTree(response.body());
      return tasks == null || tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /**
   * Adds a measure through the API as the rectification office; its head claims it, so progress
   * reports run.
   */
  private String addAndClaimMeasure(String department, int index) throws Exception {
    HttpResponse<String> added =
        http.post(
            "/api/measures",
            json.writeValueAsString(
                Map.of(
                    "problem",
                    1 + index % 17,
                    "title",
                    "负载测试整改措施 " + (index + 1),
                    "department",
                    department,
                    "phase",
                    2,
                    "dueDate",
                    LocalDate.now().plusDays(90).toString())),
            "rectOffice1",
            "demo");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String code = json.readTree(added.body()).path("code").asText();
    String head = department + "Head";
    String claim =
        json.readTree(
                http.get("/engine-rest/task?processInstanceBusinessKey=" + code, head, "demo")
                    .body())
            .get(0)
            .path("id")
            .asText();
    HttpResponse<String> claimed =
        http.post(
            "/engine-rest/task/" + claim + "/complete",
            "{\"variables\": "
                + Json.variables(
                    "claimDecision", "CLAIM", "String", "implementer", "负载测试员", "String")
                + "}",
            head,
            "demo");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    return code;
  }
}
