package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The calendar years the office loads are stored in the database (Flyway V26) and seen by every
 * node on it: two calendars ("nodes") on one database, a year loaded through the first is counted
 * by the second without a restart — on H2 (the embedded default) and on the real PostgreSQL server
 * (127.0.0.1:5432, trust auth, a fresh database of its own, as {@code PostgresProfileTest}).
 */
class CalendarStoreClusterTest {

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
  private static final LocalDate NATIONAL_DAY_2 = LocalDate.of(2031, 10, 2);
  private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2031, 10, 11);
  private static final String NOTICE_2031 =
      """
      国务院办公厅关于2031年部分节假日安排的通知（测试样例，非正式通知）
      一、元旦：1月1日（周三）放假1天，不调休。
      二、国庆节：10月1日（周三）至7日（周二）放假调休，共7天。9月28日（周日）、10月11日（周六）上班。
      """;

  private String postgresDatabase;

  @AfterEach
  void dropPostgresDatabase() throws SQLException {
    if (postgresDatabase != null) {
      try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "")) {
        c.createStatement()
            .execute("drop database if exists " + postgresDatabase + " with (force)");
      }
    }
  }

  @Test
  void aYearLoadedOnOneNodeCountsOnTheOtherOnH2() {
    loadOnOneNodeSeeOnTheOther(
        migrated("jdbc:h2:mem:calendar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa"));
  }

  @Test
  void aYearLoadedOnOneNodeCountsOnTheOtherOnPostgres() throws SQLException {
    postgresDatabase =
        "rectify_cal_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "")) {
      c.createStatement().execute("create database " + postgresDatabase);
    }
    loadOnOneNodeSeeOnTheOther(migrated(POSTGRES + postgresDatabase, "postgres"));
  }

  private void loadOnOneNodeSeeOnTheOther(DriverManagerDataSource dataSource) {
    CalendarStore store = new CalendarStore(JdbcClient.create(dataSource));
    WorkingDayCalendar nodeA = node(store);
    WorkingDayCalendar nodeB = node(store);
    assertThat(nodeB.isWorkingDay(NATIONAL_DAY_2)).as("no 2031 calendar yet").isTrue();
    assertThat(nodeB.knowsYear(2031)).isFalse();

    CalendarImport importer = new CalendarImport(store, nodeA, new ReminderProperties());
    CalendarImport.Result preview =
        importer.load(new CalendarImport.Request(2031, NOTICE_2031), true, "rectOffice1");
    assertThat(preview.valid()).as(String.valueOf(preview.errors())).isTrue();
    assertThat(preview.holidays()).hasSize(8);
    assertThat(preview.workdays()).extracting(CalendarImport.Day::date).contains(MAKE_UP_SATURDAY);
    assertThat(store.revision()).as("a preview stores nothing").isZero();
    assertThat(nodeA.knowsYear(2031)).isFalse();

    CalendarImport.Result saved =
        importer.load(new CalendarImport.Request(2031, NOTICE_2031), false, "rectOffice1");
    assertThat(saved.saved()).isTrue();

    for (WorkingDayCalendar node : List.of(nodeA, nodeB)) {
      assertThat(node.knowsYear(2031)).isTrue();
      assertThat(node.isWorkingDay(NATIONAL_DAY_2)).isFalse();
      assertThat(node.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();
      assertThat(node.specialDayName(NATIONAL_DAY_2)).contains("国庆节");
      assertThat(node.plusWorkingDays(LocalDate.of(2031, 9, 30), 1))
          .isEqualTo(LocalDate.of(2031, 10, 8));
    }
    assertThat(store.loaded(2031))
        .get()
        .extracting(CalendarStore.Loaded::loadedBy)
        .isEqualTo("rectOffice1");

    // loading the year again replaces it whole: a corrected notice without the make-up day
    importer.load(
        new CalendarImport.Request(2031, NOTICE_2031.replace("9月28日（周日）、10月11日（周六）上班。", "")),
        false,
        "rectOffice1");
    assertThat(nodeB.isWorkingDay(MAKE_UP_SATURDAY)).isFalse();
    assertThat(nodeB.years().get(2031).workdays()).isEmpty();
  }

  /** A node: the shipped files (none here) over the shared store, checking it on every use. */
  private static WorkingDayCalendar node(CalendarStore store) {
    return new WorkingDayCalendar(Map.of(), store, Duration.ZERO);
  }

  private static DriverManagerDataSource migrated(String url, String user) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return dataSource;
  }
}
