package org.rectify.spotcheck;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read side of the register for {@code /api/spot-checks}: the list of checks (no names of people)
 * and the statistics per period that the public notice cites (checks carried out, upheld findings
 * by category, notices issued, findings rectified), computed from the data, never typed in.
 */
@Component
class SpotCheckQueries {

  /** One check in the list: counts only, no personal data. */
  record CheckSummary(
      String number,
      String checkType,
      LocalDate plannedFrom,
      LocalDate plannedTo,
      LocalDate visitedOn,
      String status,
      int findings,
      int upheldFindings) {}

  /** Figures of a period (both dates inclusive). */
  record Statistics(
      LocalDate from,
      LocalDate to,
      int checks,
      int findings,
      Map<String, Integer> findingsByCategory,
      int notices,
      int rectified) {}

  private static final String UPHELD =
      "('TALK', 'PENDING_NOTICE', 'NOTIFIED', 'RECTIFIED', 'CONFIRMED')";

  private final JdbcTemplate jdbc;

  SpotCheckQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<CheckSummary> checks() {
    return jdbc.query(
        "select c.check_number, c.check_type, c.planned_from, c.planned_to, c.visited_on, c.status,"
            + " (select count(*) from spot_check_finding f where f.check_id = c.id),"
            + " (select count(*) from spot_check_finding f where f.check_id = c.id and f.status in "
            + UPHELD
            + ")"
            + " from spot_check c order by c.check_number",
        (rs, i) ->
            new CheckSummary(
                rs.getString(1),
                rs.getString(2),
                toDate(rs.getDate(3)),
                toDate(rs.getDate(4)),
                toDate(rs.getDate(5)),
                rs.getString(6),
                rs.getInt(7),
                rs.getInt(8)));
  }

  Statistics statistics(LocalDate from, LocalDate to) {
    int checks =
        count("select count(*) from spot_check where visited_on between ? and ?", from, to);
    var start = java.sql.Timestamp.valueOf(from.atStartOfDay());
    var end = java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay());
    Map<String, Integer> byCategory = new LinkedHashMap<>();
    for (SpotCheckCategory category : SpotCheckCategory.values()) {
      int n =
          count(
              "select count(*) from spot_check_finding where category = ? and status in "
                  + UPHELD
                  + " and found_at >= ? and found_at < ?",
              category.name(),
              start,
              end);
      if (n > 0) {
        byCategory.put(category.label(), n);
      }
    }
    int findings = byCategory.values().stream().mapToInt(Integer::intValue).sum();
    int notices =
        count("select count(*) from spot_check_notice where notice_date between ? and ?", from, to);
    int rectified =
        count(
            "select count(*) from spot_check_finding where status = 'RECTIFIED'"
                + " and found_at >= ? and found_at < ?",
            start,
            end);
    return new Statistics(from, to, checks, findings, byCategory, notices, rectified);
  }

  private int count(String sql, Object... args) {
    Integer value = jdbc.queryForObject(sql, Integer.class, args);
    return value == null ? 0 : value;
  }

  private static LocalDate toDate(java.sql.Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
