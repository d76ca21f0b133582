package org.rectify.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /api/spot-checks} in the running application: validation, who may start, and the seed's
 * story (6 checks, 5 findings, 2 notices, all rectified) replayed through the processes and read
 * back from the statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SpotCheckSpringStandIns.class)
class SpotCheckApiTest {

  /**
   * Reminders of overdue rectifications really go out while the story is replayed: to this SMTP
   * sink.
   */
  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HttpTestClient http;

  @BeforeEach
  void setUp() {
    http = new HttpTestClient(port);
    ClockUtil.setCurrentTime(SpotCheckProcessHarness.at("2026-11-02 08:00"));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  private HttpResponse<String> post(String json, String user) {
    return http.post("/api/spot-checks", json, user, "demo");
  }

  @Test
  void refusesIncompletePlanNamingTheFieldsAndStartsNothing() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    HttpResponse<String> response =
        post(
            "{\"checkType\":\"HOLIDAY\",\"plannedFrom\":\"2026-11-10\","
                + "\"plannedTo\":\"2026-11-03\"}",
            "supervision1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("checkType：", "plannedTo：", "targets：");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void departmentsCannotStartOrListChecks() {
    assertThat(
            post(
                    "{\"checkType\":\"WORK_DISCIPLINE\",\"plannedFrom\":\"2026-11-02\",\"plannedTo\":\"2026-11-13\","
                        + "\"targets\":\"园林绿化科\"}",
                    "greening1")
                .statusCode())
        .isEqualTo(403);
    assertThat(http.get("/api/spot-checks", "greening1", "demo").statusCode()).isEqualTo(403);
  }

  /**
   * A check's planned dates are covert: a leader who orders one sees it in the list, another leader
   * (not in charge of supervision, not named by any finding) does not; the leader in charge of
   * supervision sees it.
   */
  @Test
  void aPlannedCheckIsListedOnlyForThoseWhoMayKnowItsDates() {
    HttpResponse<String> ordered =
        post(
            "{\"number\":\"DC2026-201\",\"checkType\":\"VEHICLES\",\"plannedFrom\":\"2026-11-02\","
                + "\"plannedTo\":\"2026-11-20\",\"targets\":\"公务用车\"}",
            "leaders3");
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);

    assertThat(http.get("/api/spot-checks", "leaders3", "demo").body()).contains("DC2026-201");
    assertThat(http.get("/api/spot-checks", "leaders1", "demo").body()).contains("DC2026-201");
    assertThat(http.get("/api/spot-checks", "leaders2", "demo").body())
        .doesNotContain("DC2026-201");
    assertThat(http.get("/api/ledger/spot-checks", "leaders2", "demo").body())
        .doesNotContain("DC2026-201");
    HttpResponse<String> clerk = http.get("/api/ledger/spot-checks", "office1", "demo");
    assertThat(clerk.statusCode()).isEqualTo(403);
    assertThat(clerk.body()).doesNotContain("DC2026-201");
  }

  @Test
  void replayingTheSeedStoryYieldsItsCountsFromTheStatistics() {
    SpotCheckProcessHarness run = new SpotCheckProcessHarness(engine, LocalDate.of(2026, 11, 2));
    for (int i = 1; i <= 6; i++) {
      HttpResponse<String> started =
          post(
              "{\"number\":\"DC2026-10"
                  + i
                  + "\",\"checkType\":\"WORK_DISCIPLINE\","
                  + "\"plannedFrom\":\"2026-11-02\",\"plannedTo\":\"2026-11-13\",\"targets\":\"各科室\"}",
              "supervision1");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      run.plan(check(i));
    }
    run.visit(check(1), "FINDINGS");
    run.recordFinding(check(1), "PHONE", "甲某", "greening", true);
    run.recordFinding(check(1), "ONLINE_SHOPPING", "乙某", "sanitation", false);
    run.confirmAll(check(1), "CONFIRMED");
    run.decide(check(1), "BUNDLE");
    run.visit(check(3), "FINDINGS");
    run.recordFinding(check(3), "LATE", "丙某", "municipal", false);
    run.confirmAll(check(3), "CONFIRMED");
    run.decide(check(3), "NOW");
    run.issueNotice(check(3), "督通〔2026〕11号");
    run.visit(check(5), "FINDINGS");
    run.recordFinding(check(5), "EARLY_LEAVE", "丁某", "enforcement", true);
    run.recordFinding(check(5), "WORK_STYLE", "戊某", "greening", false);
    run.confirmAll(check(5), "CONFIRMED");
    run.decide(check(5), "NOW");
    run.issueNotice(check(5), "督通〔2026〕12号");
    for (int i : List.of(2, 4, 6)) {
      run.visit(check(i), "NONE");
    }
    for (String department : List.of("greening", "sanitation", "municipal", "enforcement")) {
      while (run.rectificationTask(department, SpotCheckProcess.USER_TASK_RECTIFY) != null) {
        run.rectifyAndVerify(department, "PASSED");
      }
    }

    HttpResponse<String> statistics =
        http.get("/api/spot-checks/statistics?from=2026-11-01&to=2026-11-30", "leaders1", "demo");
    assertThat(statistics.statusCode()).isEqualTo(200);
    assertThat(statistics.body())
        .contains(
            "\"checks\":6",
            "\"findings\":5",
            "\"notices\":2",
            "\"rectified\":5",
            "\"上班玩手机\":1",
            "\"迟到\":1");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(SpotCheckProcess.PROCESS_KEY)
                .processInstanceBusinessKeyLike("DC2026-10%")
                .finished()
                .count())
        .isEqualTo(6);
    assertThat(http.get("/api/spot-checks", "supervision1", "demo").body())
        .contains("DC2026-106", "RECTIFIED")
        .doesNotContain("甲某");
    assertThat(
            http.get(
                    "/api/spot-checks/statistics?from=2026-11-30&to=2026-11-01", "leaders1", "demo")
                .statusCode())
        .isEqualTo(400);
  }

  private ProcessInstance check(int i) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey("DC2026-10" + i)
        .singleResult();
  }
}
