package org.rectify.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The contract ledger (合同台账): term, the renewal and tender deadlines of domain.md §3.6 (end − 2 / −
 * 6 months), the renewal state, assessments and whether the contractor is blacklisted — read from
 * the contract and supplier tables.
 */
@Component
class ContractLedger {

  record Row(
      String number,
      String title,
      String contractor,
      String creditCode,
      String department,
      String departmentName,
      String category,
      BigDecimal amount,
      LocalDate startsOn,
      LocalDate endsOn,
      long daysToExpiry,
      LocalDate renewalDeadline,
      LocalDate tenderDeadline,
      boolean renewalAllowed,
      int renewals,
      String status,
      String statusLabel,
      String renewalState,
      boolean late,
      int assessments,
      int unsatisfactoryAssessments,
      LocalDate lastAssessedOn,
      BigDecimal lastScore,
      boolean blacklisted,
      String colour) {}

  private static final String SELECT =
      "select c.number, c.title, s.name, s.credit_code, c.department, d.name,"
          + " c.category, c.amount, c.starts_on, c.ends_on, c.renewal_allowed, c.renewals, c.status, c.late,"
          + " (select count(*) from contract_assessment x where x.contract_id = c.id),"
          + " (select count(*) from contract_assessment x where x.contract_id = c.id and x.satisfactory = false),"
          + " (select max(x.assessed_on) from contract_assessment x where x.contract_id = c.id),"
          + " (select x.score from contract_assessment x where x.contract_id = c.id order by x.assessed_on desc, x.id desc"
          + "   fetch first 1 rows only),"
          + " (select count(*) from supplier_blacklist_entry b where b.contractor_id = c.contractor_id"
          + "   and b.removed_on is null), c.tender_required"
          + " from contract c join supplier_contractor s on s.id = c.contractor_id"
          + " left join org_department d on d.id = c.department";

  private final JdbcTemplate jdbc;

  ContractLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> rows(Predicate<Row> filter, Comparator<Row> order) {
    LocalDate today = StatusColours.today();
    return jdbc.query(SELECT, (rs, i) -> row(rs, today)).stream()
        .filter(filter)
        .sorted(order)
        .toList();
  }

  private static Row row(ResultSet rs, LocalDate today) throws SQLException {
    LocalDate ends = rs.getDate(10).toLocalDate();
    String status = rs.getString(13);
    boolean late = rs.getBoolean(14);
    boolean renewable = rs.getBoolean(11) && !rs.getBoolean(20);
    LocalDate renewalDeadline = ends.minusMonths(2);
    LocalDate tenderDeadline = ends.minusMonths(6);
    java.sql.Date lastAssessed = rs.getDate(17);
    String state =
        renewalState(
            status, renewable, late, today, ends, renewable ? renewalDeadline : tenderDeadline);
    return new Row(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getBigDecimal(8),
        rs.getDate(9).toLocalDate(),
        ends,
        ChronoUnit.DAYS.between(today, ends),
        renewalDeadline,
        tenderDeadline,
        rs.getBoolean(11),
        rs.getInt(12),
        status,
        ReportLabels.contractStatus(status),
        state,
        late,
        rs.getInt(15),
        rs.getInt(16),
        lastAssessed == null ? null : lastAssessed.toLocalDate(),
        rs.getBigDecimal(18),
        rs.getInt(19) > 0,
        colour(status, late, today, ends, renewable ? renewalDeadline : tenderDeadline));
  }

  /** What the owning section has to do next, in the words of the renewal process. */
  static String renewalState(
      String status,
      boolean renewable,
      boolean late,
      LocalDate today,
      LocalDate ends,
      LocalDate deadline) {
    if (!"ACTIVE".equals(status)) {
      return ReportLabels.contractStatus(status);
    }
    if (ends.isBefore(today)) {
      return "已到期";
    }
    String action = renewable ? "续签议题" : "招标计划";
    if (late || deadline.isBefore(today)) {
      return action + "已逾期（截止 " + deadline + "）";
    }
    if (!today.isBefore(deadline.minusMonths(1))) {
      return action + "临近截止（" + deadline + "）";
    }
    return "履约中";
  }

  private static String colour(
      String status, boolean late, LocalDate today, LocalDate ends, LocalDate deadline) {
    if (!"ACTIVE".equals(status)) {
      return "GREEN";
    }
    if (late || ends.isBefore(today) || deadline.isBefore(today)) {
      return "RED";
    }
    // yellow from a month before the deadline, the day Tasklist's colour turns (statusYellowFrom)
    return today.isBefore(deadline.minusMonths(1)) ? "GREEN" : "YELLOW";
  }
}
