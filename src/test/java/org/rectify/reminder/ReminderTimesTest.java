package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** reminderTimes and statusColour on the shipped calendar, with the engine clock moved. */
class ReminderTimesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final WorkingDayCalendar calendar = WorkingDayCalendarTest.shipped();
  private final ReminderProperties properties = new ReminderProperties();
  private final ReminderTimes times = new ReminderTimes(calendar, properties);
  private final StatusColour colour = new StatusColour(calendar, times, properties);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void beforeDueSkipsTheHolidayWeek() {
    // due Fri 9 Oct 2026: two working days before are Thu 8 Oct and Wed 30 Sep
    assertThat(times.beforeDue(at(2026, 10, 9, 23, 59))).isEqualTo(at(2026, 9, 30, 9, 0));
  }

  @Test
  void overdueIsTheNextWorkingDayAtSendTime() {
    assertThat(times.overdue(at(2026, 9, 30, 18, 0))).isEqualTo(at(2026, 10, 8, 9, 0));
    assertThat(times.overdue(at(2026, 10, 9, 0, 0)))
        .as("make-up Saturday")
        .isEqualTo(at(2026, 10, 10, 9, 0));
  }

  @Test
  void escalationLevelsCountWorkingDays() {
    assertThat(times.escalation(at(2026, 9, 29, 12, 0), 1)).isEqualTo(at(2026, 10, 14, 9, 0));
    assertThat(times.escalation(at(2026, 12, 1, 12, 0), 2)).isEqualTo(at(2026, 12, 21, 9, 0));
    assertThatThrownBy(() -> times.escalation(at(2026, 12, 1, 12, 0), 3))
        .hasMessageContaining("督办级别");
    assertThatThrownBy(() -> times.overdue(null)).hasMessageContaining("dueDate");
  }

  @Test
  void dueInWorkingDaysEndsTheBusinessDay() {
    ClockUtil.setCurrentTime(at(2026, 9, 29, 10, 0));
    assertThat(times.dueInWorkingDays(5))
        .isEqualTo(
            Date.from(LocalDateTime.of(2026, 10, 12, 23, 59, 59).atZone(SHANGHAI).toInstant()));
  }

  @Test
  void statusColourIsGreenYellowRed() {
    ClockUtil.setCurrentTime(at(2026, 9, 29, 10, 0));
    assertThat(colour.textOf(at(2026, 10, 14, 0, 0))).isEqualTo("绿色 正常");
    assertThat(colour.textOf(at(2026, 10, 9, 0, 0))).as("3 working days away").isEqualTo("黄色 临近");
    assertThat(colour.textOf(at(2026, 10, 14, 0, 0), true)).isEqualTo("黄色 临近");
    assertThat(colour.textOf(at(2026, 9, 29, 0, 0))).as("due today").isEqualTo("黄色 临近");
    assertThat(colour.textOf(at(2026, 9, 28, 23, 0))).isEqualTo("红色 超期");
    assertThat(colour.workingDaysLate(at(2026, 9, 25, 12, 0)))
        .as("Fri 25 Sep → Tue 29 Sep")
        .isEqualTo(2);
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant());
  }
}
