package org.rectify.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The spot-check ledger (暗访台账): one row per check with counts only — findings name people and stay
 * behind the spot-check package's own authorizations, so no names are read here.
 */
@Component
class SpotCheckLedger {

  static final String UPHELD = "('TALK', 'PENDING_NOTICE', 'NOTIFIED', 'RECTIFIED', 'CONFIRMED')";

  record Row(
      String number,
      String type,
      String typeLabel,
      LocalDate plannedFrom,
      LocalDate plannedTo,
      LocalDate visitedOn,
      String status,
      String statusLabel,
      int findings,
      int upheldFindings,
      int notices,
      int rectifiedFindings,
      int talks) {}

  private static final String SELECT =
      "select c.check_number, c.check_type, c.planned_from, c.planned_to,"
          + " c.visited_on, c.status,"
          + " (select count(*) from spot_check_finding f where f.check_id = c.id),"
          + " (select count(*) from spot_check_finding f where f.check_id = c.id and f.status in "
          + UPHELD
          + "),"
          + " (select count(*) from spot_check_notice n where n.issued_by_check_id = c.id),"
          + " (select count(*) from spot_check_finding f where f.check_id = c.id and f.status = 'RECTIFIED'),"
          + " (select count(*) from spot_check_talk t where t.check_id = c.id)"
          + " from spot_check c";

  private final JdbcTemplate jdbc;

  SpotCheckLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> rows(Predicate<Row> filter, Comparator<Row> order) {
    return jdbc
        .query(
            SELECT,
            (rs, i) ->
                new Row(
                    rs.getString(1),
                    rs.getString(2),
                    ReportLabels.checkType(rs.getString(2)),
                    date(rs.getDate(3)),
                    date(rs.getDate(4)),
                    date(rs.getDate(5)),
                    rs.getString(6),
                    ReportLabels.checkStatus(rs.getString(6)),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getInt(9),
                    rs.getInt(10),
                    rs.getInt(11)))
        .stream()
        .filter(filter)
        .sorted(order)
        .toList();
  }

  private static LocalDate date(java.sql.Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
