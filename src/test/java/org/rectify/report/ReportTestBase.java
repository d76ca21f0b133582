package org.rectify.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.rectify.HttpTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * One application context for all report tests: the seed's plan (37 measures), the demo contracts
 * and the seed's spot-check record (6 visits, 5 upheld problems, 2 notices, all rectified —
 * domain.md §3.4 #32), inserted once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"rectify.demo.plan.enabled=true", "rectify.contract.demo.enabled=true"})
@ActiveProfiles("test")
abstract class ReportTestBase {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  HttpTestClient http;

  @AfterAll
  static void releaseEngine() {
    BpmnAwareTests.reset();
  }

  /** The seed's plan (other tests import further plans into the shared context). */
  long seedPlan() {
    return jdbc.queryForObject("select min(id) from rect_plan", Long.class);
  }

  @BeforeEach
  void seedSpotChecks() {
    http = new HttpTestClient(port);
    if (jdbc.queryForObject("select count(*) from spot_check", Integer.class) > 0) {
      return;
    }
    String[] categories = {"PHONE", "ONLINE_SHOPPING", "LATE", "EARLY_LEAVE", "PHONE"};
    for (int i = 1; i <= 6; i++) {
      LocalDate visited = LocalDate.of(2018, 6, 10).plusWeeks(i);
      String status = i <= 2 ? "RECTIFIED" : i <= 5 ? "RECTIFIED" : "NO_FINDINGS";
      jdbc.update(
          "insert into spot_check (check_number, planned_from, planned_to, visited_on, status)"
              + " values (?, ?, ?, ?, ?)",
          "AF-2018-0" + i,
          visited.minusDays(3),
          visited.plusDays(3),
          visited,
          status);
    }
    for (int notice = 1; notice <= 2; notice++) {
      jdbc.update(
          "insert into spot_check_notice (notice_number, notice_date, requirements,"
              + " rectification_deadline, status, issued_by_check_id) values (?, ?, '限期整改', ?, 'RECTIFIED',"
              + " (select id from spot_check where check_number = ?))",
          "TB-2018-0" + notice,
          LocalDate.of(2018, 7, 20 + notice),
          LocalDate.of(2018, 8, 20),
          notice == 1 ? "AF-2018-02" : "AF-2018-05");
    }
    for (int i = 0; i < 5; i++) {
      String check = "AF-2018-0" + (i + 1);
      jdbc.update(
          "insert into spot_check_finding (check_id, category, person_name, department, found_at, place,"
              + " description, status, notice_id) values ((select id from spot_check where check_number = ?), ?,"
              + " '演示人员', 'enforcement', ?, '办公区', '演示问题', 'RECTIFIED',"
              + " (select id from spot_check_notice where notice_number = ?))",
          check,
          categories[i],
          LocalDateTime.of(2018, 6, 10, 9, 30).plusWeeks(i + 1),
          i < 2 ? "TB-2018-01" : "TB-2018-02");
    }
  }
}
