package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The statutory calendar as shipped (cn-2025…2027.txt): holidays, make-up working days and the
 * fallback.
 */
class WorkingDayCalendarTest {

  static WorkingDayCalendar shipped() {
    CalendarProperties properties = new CalendarProperties();
    properties.setLocations(List.of("classpath*:calendar/cn-*.txt"));
    return new WorkingDayCalendar(properties);
  }

  private final WorkingDayCalendar calendar = shipped();

  @Nested
  class NationalDay2026 {

    @Test
    void theWholeNationalDayWeekIsOff() {
      for (LocalDate day = LocalDate.of(2026, 10, 1);
          !day.isAfter(LocalDate.of(2026, 10, 7));
          day = day.plusDays(1)) {
        assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
      }
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
      assertThat(calendar.specialDayName(LocalDate.of(2026, 10, 1))).contains("国庆节");
    }

    @Test
    void theMakeUpDaysAreWorkingDaysAlthoughWeekends() {
      assertThat(LocalDate.of(2026, 9, 20).getDayOfWeek().getValue()).isEqualTo(7);
      assertThat(LocalDate.of(2026, 10, 10).getDayOfWeek().getValue()).isEqualTo(6);
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 26))).as("中秋节 Saturday").isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("春节调休 Saturday").isTrue();
    }

    @Test
    void fiveWorkingDaysAcrossTheHolidayCountTheMakeUpSaturday() {
      // Tue 29 Sep + 5: Wed 30 Sep, [1–7 Oct off], Thu 8, Fri 9, Sat 10 (make-up), [Sun 11], Mon 12
      assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 29), 5))
          .isEqualTo(LocalDate.of(2026, 10, 12));
      assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 10, 12), 5))
          .isEqualTo(LocalDate.of(2026, 9, 29));
      assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 12)))
          .isEqualTo(5);
    }
  }

  @Test
  void knowsTheShippedYearsAnd2025Holidays() {
    assertThat(calendar.knowsYear(2025)).isTrue();
    assertThat(calendar.knowsYear(2026)).isTrue();
    assertThat(calendar.knowsYear(2027)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
  }

  @Test
  void unknownYearFallsBackToWeekendsOnly() {
    assertThat(calendar.knowsYear(2031)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 1)))
        .as("Wednesday, no holiday data")
        .isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 4))).as("Saturday").isFalse();
    assertThat(calendar.plusWorkingDays(LocalDate.of(2031, 10, 3), 1))
        .isEqualTo(LocalDate.of(2031, 10, 6));
  }

  @Test
  void malformedFileFailsNamingFileAndLine() {
    assertThatThrownBy(
            () ->
                CalendarFileParser.parse(
                    "cn-2026.txt",
                    new StringReader(
                        "year: 2026\nstatus: official\n2026-10-01 holiday 国庆节\n2026-13-01 holiday 不存在\n")))
        .hasMessageContaining("cn-2026.txt")
        .hasMessageContaining("第 4 行")
        .hasMessageContaining("2026-13-01");
    assertThatThrownBy(
            () ->
                CalendarFileParser.parse(
                    "x.txt",
                    new StringReader("year: 2026\nstatus: official\n2026-10-01 vacation 国庆节\n")))
        .hasMessageContaining("第 3 行")
        .hasMessageContaining("holiday 或 workday");
    assertThatThrownBy(
            () ->
                CalendarFileParser.parse(
                    "x.txt",
                    new StringReader("year: 2026\nstatus: official\n2027-10-01 holiday 国庆节\n")))
        .hasMessageContaining("第 3 行")
        .hasMessageContaining("不属于本文件的年份");
  }

  @Test
  void brokenFileOnTheConfiguredLocationsFailsConstruction() {
    CalendarProperties properties = new CalendarProperties();
    properties.setLocations(List.of("classpath*:reminder/calendar-broken/cn-*.txt"));
    assertThatThrownBy(() -> new WorkingDayCalendar(properties))
        .hasMessageContaining("cn-2026.txt 第 5 行")
        .hasMessageContaining("2026-10-1O");
  }
}
