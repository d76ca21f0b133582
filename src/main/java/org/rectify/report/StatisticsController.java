package org.rectify.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectify.meeting.MeetingRegister;
import org.rectify.organization.AccessMatrix;
import org.rectify.organization.RecordAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/statistics}: the managers' weekly "how far are we?" — measures per aspect,
 * department and phase, spot-check figures of a window and contract deadlines coming up — computed
 * from live data, never typed in.
 */
@RestController
class StatisticsController {

  record SpotChecks(
      LocalDate from,
      LocalDate to,
      int checks,
      int upheldFindings,
      int notices,
      int rectifiedFindings,
      int talks) {}

  /**
   * A contract date coming up within the window, or already missed while the contract is still
   * active ({@code overdue}, negative {@code daysLeft}): a missed deadline stays on the list until
   * the contract is renewed, re-tendered or ended.
   */
  record Deadline(
      String number,
      String title,
      String department,
      String kind,
      LocalDate date,
      long daysLeft,
      boolean overdue) {}

  record Statistics(
      PlanStatistics.Counts total,
      List<PlanStatistics.Counts> byAspect,
      List<PlanStatistics.Counts> byDepartment,
      List<PlanStatistics.Counts> byPhase,
      SpotChecks spotChecks,
      int deadlineWindowDays,
      List<Deadline> contractDeadlines,
      MeetingRegister.Counts meetings) {}

  private final LedgerQueries ledgers;
  private final JdbcTemplate jdbc;
  private final MeetingRegister meetings;

  private final RecordAccess records;

  StatisticsController(
      LedgerQueries ledgers, JdbcTemplate jdbc, MeetingRegister meetings, RecordAccess records) {
    this.records = records;
    this.ledgers = ledgers;
    this.jdbc = jdbc;
    this.meetings = meetings;
  }

  @GetMapping("/api/statistics")
  Statistics statistics(@RequestParam Map<String, String> query) {
    LedgerParameters p =
        new LedgerParameters(query, Set.of("planId", "days", "spotFrom", "spotTo"));
    Integer planId = p.integer("planId", 1, Integer.MAX_VALUE);
    int days = p.integer("days", 1, 366) == null ? 90 : p.integer("days", 1, 366);
    LocalDate today = StatusColours.today();
    LocalDate from = p.date("spotFrom") == null ? LocalDate.of(1900, 1, 1) : p.date("spotFrom");
    LocalDate to = p.date("spotTo") == null ? today : p.date("spotTo");
    if (to.isBefore(from)) {
      throw org.rectify.platform.ApiException.badRequest("查询参数无效", "spotTo：不能早于 spotFrom");
    }
    Map<String, String> filter = new HashMap<>();
    if (planId != null) {
      filter.put("planId", planId.toString());
    }
    List<MeasureLedger.Row> rows = ledgers.measures(filter);
    return new Statistics(
        PlanStatistics.counts("ALL", "全部", rows),
        PlanStatistics.group(
            sorted(rows, Comparator.comparingInt(MeasureLedger.Row::aspectNo)),
            r -> String.valueOf(r.aspectNo()),
            MeasureLedger.Row::aspect),
        PlanStatistics.group(
            sorted(rows, Comparator.comparing(MeasureLedger.Row::department)),
            MeasureLedger.Row::department,
            MeasureLedger.Row::departmentName),
        PlanStatistics.group(
            sorted(rows, Comparator.comparingInt(MeasureLedger.Row::phase)),
            r -> String.valueOf(r.phase()),
            r -> ReportLabels.phase(r.phase())),
        // each part as the access matrix allows: absent (null) for whom may not read its records
        records.isIn(AccessMatrix.SPOT_CHECK_READERS) ? spotChecks(from, to) : null,
        days,
        deadlines(today, days),
        records.isIn(AccessMatrix.MEETING_READERS) ? meetings.counts(from, to) : null);
  }

  private SpotChecks spotChecks(LocalDate from, LocalDate to) {
    String inWindow = " and c.visited_on between ? and ?";
    return new SpotChecks(
        from,
        to,
        count(
            "select count(*) from spot_check c where c.visited_on is not null" + inWindow,
            from,
            to),
        count(
            "select count(*) from spot_check_finding f join spot_check c on c.id = f.check_id where f.status in "
                + SpotCheckLedger.UPHELD
                + inWindow,
            from,
            to),
        count(
            "select count(*) from spot_check_notice n where n.notice_date between ? and ?",
            from,
            to),
        count(
            "select count(*) from spot_check_finding f join spot_check c on c.id = f.check_id"
                + " where f.status = 'RECTIFIED'"
                + inWindow,
            from,
            to),
        count(
            "select count(*) from spot_check_talk t where t.talk_date between ? and ?", from, to));
  }

  /**
   * Renewal or tender-plan deadline and expiry of every active contract falling in the next {@code
   * days}.
   */
  private List<Deadline> deadlines(LocalDate today, int days) {
    List<Deadline> deadlines = new ArrayList<>();
    LocalDate until = today.plusDays(days);
    for (ContractLedger.Row c : ledgers.contracts(Map.of("status", "ACTIVE"))) {
      LocalDate agenda = c.renewalAllowed() ? c.renewalDeadline() : c.tenderDeadline();
      String kind = c.renewalAllowed() ? "续签议题上会截止" : "招标计划上会截止";
      add(deadlines, c, kind, agenda, today, until);
      add(deadlines, c, "合同到期", c.endsOn(), today, until);
    }
    deadlines.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::number));
    return deadlines;
  }

  private static void add(
      List<Deadline> deadlines,
      ContractLedger.Row c,
      String kind,
      LocalDate date,
      LocalDate today,
      LocalDate until) {
    if (!date.isAfter(until)) {
      boolean overdue = date.isBefore(today);
      deadlines.add(
          new Deadline(
              c.number(),
              c.title(),
              c.departmentName(),
              overdue ? kind + "（已逾期）" : kind,
              date,
              java.time.temporal.ChronoUnit.DAYS.between(today, date),
              overdue));
    }
  }

  private int count(String sql, Object... args) {
    Integer value = jdbc.queryForObject(sql, Integer.class, args);
    return value == null ? 0 : value;
  }

  private static List<MeasureLedger.Row> sorted(
      List<MeasureLedger.Row> rows, Comparator<MeasureLedger.Row> by) {
    return rows.stream().sorted(by).toList();
  }
}
