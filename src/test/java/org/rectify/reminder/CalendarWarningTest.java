package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The warning before a year without an official calendar begins: from eight weeks (the default)
 * before 1 January, for a missing year and for a provisional one; throughout a year that has none;
 * gone once the office has loaded the notice.
 */
class CalendarWarningTest {

  private final CalendarStore store = new CalendarStore(JdbcClient.create(migratedH2()));
  private final WorkingDayCalendar calendar =
      new WorkingDayCalendar(
          Map.of(
              2030, year(2030, false),
              2031, year(2031, true)),
          store,
          Duration.ZERO);
  private final CalendarOverview overview =
      new CalendarOverview(calendar, store, new CalendarProperties(), new ReminderProperties());

  @Test
  void nothingToSayBeforeTheEightWeeks() {
    assertThat(overview.warning(LocalDate.of(2030, 11, 5))).isNull();
  }

  @Test
  void aProvisionalNextYearIsWarnedAboutWithTheDaysLeft() {
    assertThat(overview.warning(LocalDate.of(2030, 11, 20)))
        .isEqualTo(
            "2031 年的工作日日历只是暂行版本（只含法定假日，未含调休）：距 2031 年 1 月 1 日还有 42 天。"
                + "请在国务院办公厅公布 2031 年节假日安排后，在“办公室工作 → 工作日日历”中导入正式安排。");
  }

  @Test
  void aMissingNextYearIsWarnedAboutFromEightWeeksBefore() {
    assertThat(overview.warning(LocalDate.of(2031, 11, 5))).isNull();
    assertThat(overview.warning(LocalDate.of(2031, 11, 6)))
        .startsWith("2032 年的工作日日历尚未导入：距 2032 年 1 月 1 日还有 56 天，")
        .contains("只按周六、周日计算");
  }

  @Test
  void aYearWithoutCalendarIsWarnedAboutAllYear() {
    assertThat(overview.warning(LocalDate.of(2032, 6, 1))).startsWith("今年（2032 年）没有工作日日历");
  }

  @Test
  void theWarningEndsWhenTheOfficeLoadsTheNotice() {
    new CalendarImport(store, calendar, new ReminderProperties())
        .load(new CalendarImport.Request(2031, "一、国庆节：10月1日至7日放假调休，共7天。"), false, "rectOffice1");

    assertThat(overview.warning(LocalDate.of(2030, 11, 20))).isNull();
    assertThat(overview.view(LocalDate.of(2030, 11, 20)).years())
        .filteredOn(y -> y.year() == 2031)
        .singleElement()
        .satisfies(
            y -> {
              assertThat(y.status()).isEqualTo("正式");
              assertThat(y.origin()).isEqualTo("整改办导入");
              assertThat(y.loadedBy()).isEqualTo("rectOffice1");
              assertThat(y.holidays()).isEqualTo(7);
            });
  }

  private static CalendarYear year(int year, boolean provisional) {
    return new CalendarYear(
        year,
        provisional,
        "测试",
        "cn-" + year + ".txt",
        Map.of(LocalDate.of(year, 1, 1), "元旦"),
        Map.of());
  }

  private static DriverManagerDataSource migratedH2() {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(
            "jdbc:h2:mem:warning-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return dataSource;
  }
}
