package org.rectify.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The measure ledger (整改台账): every measure with its place in the plan, owners, schedule, status,
 * colour, last progress and deliverables — read straight from the measure tables, so it is as
 * current as the processes.
 */
@Component
class MeasureLedger {

  /**
   * One ledger row; {@code colour} is GREEN / YELLOW / RED, {@code colourText} the Chinese text.
   */
  record Row(
      String code,
      long planId,
      int aspectNo,
      String aspect,
      int problemNo,
      String problem,
      String title,
      String department,
      String departmentName,
      String coDepartments,
      String responsibleLeader,
      String responsibleLeaderName,
      int phase,
      LocalDate dueDate,
      String status,
      String statusLabel,
      String statusClass,
      String colour,
      String colourText,
      boolean overdue,
      String lastProgress,
      LocalDate lastProgressOn,
      List<String> deliverables,
      String reportNarrative) {}

  private static final String SELECT =
      "select m.code, m.plan_id, a.aspect_no, a.heading, p.problem_no, p.heading,"
          + " m.title, m.department, d.name, m.co_departments, m.responsible_leader, m.phase, m.due_date, m.status,"
          + " m.report_narrative from rect_measure m join rect_problem p on p.id = m.problem_id"
          + " join rect_aspect a on a.id = p.aspect_id left join org_department d on d.id = m.department";

  private final JdbcTemplate jdbc;
  private final StatusColours colours;
  private final OrganizationDirectory organization;

  MeasureLedger(JdbcTemplate jdbc, StatusColours colours, OrganizationDirectory organization) {
    this.jdbc = jdbc;
    this.colours = colours;
    this.organization = organization;
  }

  List<Row> rows(Predicate<Row> filter, Comparator<Row> order) {
    Map<String, List<String>> deliverables = new HashMap<>();
    jdbc.query(
        "select measure_code, title from rect_measure_deliverable order by id",
        rs -> {
          deliverables
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(rs.getString(2));
        });
    Map<String, Object[]> progress = new HashMap<>();
    jdbc.query(
        "select measure_code, narrative, reported_at from rect_measure_progress order by reported_at, id",
        rs -> {
          progress.put(rs.getString(1), new Object[] {rs.getString(2), rs.getTimestamp(3)});
        });
    LocalDate today = StatusColours.today();
    Map<String, Date> reports = colours.runningDeadlines();
    return jdbc.query(SELECT, (rs, i) -> row(rs, deliverables, progress, reports, today)).stream()
        .filter(filter)
        .sorted(order)
        .toList();
  }

  private Row row(
      ResultSet rs,
      Map<String, List<String>> deliverables,
      Map<String, Object[]> progress,
      Map<String, Date> reports,
      LocalDate today)
      throws SQLException {
    String code = rs.getString(1);
    String status = rs.getString(14);
    LocalDate due = rs.getDate(13).toLocalDate();
    String leader = rs.getString(11);
    var colour = colours.colour(status, due, reports.get(code));
    Object[] last = progress.get(code);
    return new Row(
        code,
        rs.getLong(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        leader,
        leader == null ? null : organization.displayNameOf(leader),
        rs.getInt(12),
        due,
        status,
        ReportLabels.measureStatus(status),
        StatusColours.classOf(status).label,
        colour.name(),
        colour.text(),
        StatusColours.overdue(status, due, today),
        last == null ? null : (String) last[0],
        last == null ? null : ((java.sql.Timestamp) last[1]).toLocalDateTime().toLocalDate(),
        deliverables.getOrDefault(code, List.of()),
        rs.getString(15));
  }
}
