package org.rectify.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rectify.platform.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar years the rectification office loaded ({@code rem_calendar_year}, {@code
 * rem_calendar_day}), shared by every node on the database. {@link #revision()} grows with every
 * save, so a node notices another node's load with one cheap query.
 */
@Component
class CalendarStore {

  static final String HOLIDAY = "HOLIDAY";
  static final String WORKDAY = "WORKDAY";

  /** Who loaded a year, and when. */
  record Loaded(int year, String loadedBy, LocalDateTime loadedAt) {}

  private final JdbcClient jdbc;

  CalendarStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The highest revision saved (0: nothing loaded yet). */
  long revision() {
    return jdbc.sql("select coalesce(max(revision), 0) from rem_calendar_year")
        .query(Long.class)
        .single();
  }

  /** Every loaded year with its days. */
  List<CalendarYear> years() {
    Map<Integer, Map<LocalDate, String>> holidays = new HashMap<>();
    Map<Integer, Map<LocalDate, String>> workdays = new HashMap<>();
    jdbc.sql(
            "select calendar_year, calendar_day, day_kind, day_name from rem_calendar_day"
                + " order by calendar_day")
        .query(
            rs -> {
              Map<Integer, Map<LocalDate, String>> target =
                  HOLIDAY.equals(rs.getString(3)) ? holidays : workdays;
              target
                  .computeIfAbsent(rs.getInt(1), y -> new LinkedHashMap<>())
                  .put(rs.getObject(2, LocalDate.class), rs.getString(4));
            });
    List<CalendarYear> years = new ArrayList<>();
    jdbc.sql("select calendar_year, provisional, source from rem_calendar_year")
        .query(
            rs -> {
              int year = rs.getInt(1);
              years.add(
                  new CalendarYear(
                      year,
                      rs.getBoolean(2),
                      rs.getString(3),
                      "数据库（整改办导入）",
                      holidays.getOrDefault(year, Map.of()),
                      workdays.getOrDefault(year, Map.of())));
            });
    return years;
  }

  Optional<Loaded> loaded(int year) {
    return jdbc.sql(
            "select calendar_year, loaded_by, loaded_at from rem_calendar_year where calendar_year = ?")
        .param(year)
        .query(
            (rs, i) ->
                new Loaded(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDateTime.class)))
        .optional();
  }

  /** Replaces the year (all its days) in one transaction. */
  @Transactional
  void save(CalendarYear year, String user, LocalDateTime now) {
    long revision = revision() + 1;
    jdbc.sql("delete from rem_calendar_day where calendar_year = ?").param(year.year()).update();
    jdbc.sql("delete from rem_calendar_year where calendar_year = ?").param(year.year()).update();
    try {
      jdbc.sql(
              "insert into rem_calendar_year (calendar_year, provisional, source, revision, loaded_by,"
                  + " loaded_at) values (?, ?, ?, ?, ?, ?)")
          .params(year.year(), year.provisional(), year.source(), revision, user, now)
          .update();
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("该年日历刚刚由他人导入，请刷新页面查看后再决定是否重新导入");
    }
    insertDays(year.year(), HOLIDAY, year.holidays());
    insertDays(year.year(), WORKDAY, year.workdays());
  }

  private void insertDays(int year, String kind, Map<LocalDate, String> days) {
    days.forEach(
        (day, name) ->
            jdbc.sql(
                    "insert into rem_calendar_day (calendar_day, calendar_year, day_kind, day_name)"
                        + " values (?, ?, ?, ?)")
                .params(day, year, kind, name)
                .update());
  }
}
