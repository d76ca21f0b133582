package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which deadline a scope's colour follows, on the shipped calendar (Tuesday 2026-12-01). */
class StatusColourTest {

  private final StatusColour colours = StatusColour.withDefaults();
  private final Date passed = ReminderTimesTest.at(2026, 11, 30, 23, 59);
  private final Date tomorrow = ReminderTimesTest.at(2026, 12, 2, 23, 59);
  private final Date farAway = ReminderTimesTest.at(2027, 1, 29, 23, 59);

  @BeforeEach
  void tuesday() {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void followsTheDueDateWhenNoOtherDeadlineRuns() {
    assertThat(colours.textForScope(Map.of("dueDate", passed))).contains("红色 超期");
    assertThat(colours.textForScope(Map.of("dueDate", tomorrow))).contains("黄色 临近");
    assertThat(colours.textForScope(Map.of("dueDate", farAway))).contains("绿色 正常");
  }

  @Test
  void aLongTermMeasuresOverdueReportIsRedThoughItsOldDueDateIsFarAway() {
    assertThat(colours.textForScope(Map.of("dueDate", farAway, "statusDueDate", passed)))
        .contains("红色 超期");
  }

  @Test
  void aLongTermMeasurePastItsOldDueDateIsNotRedWhileItsReportIsNotDue() {
    assertThat(colours.textForScope(Map.of("dueDate", passed, "statusDueDate", farAway)))
        .contains("绿色 正常");
    assertThat(colours.textForScope(Map.of("dueDate", passed, "statusDueDate", tomorrow)))
        .contains("黄色 临近");
  }

  @Test
  void noRunningDeadlineIsGreenWhateverTheOldDueDate() {
    Map<String, Object> completed = new HashMap<>();
    completed.put("dueDate", passed);
    completed.put("statusDueDate", null);
    assertThat(colours.textForScope(completed)).contains("绿色 正常");
  }

  @Test
  void aContractsDeadlineIsYellowFromItsYellowFromDayAsItsReminderSays() {
    assertThat(
            colours.textForScope(
                Map.of(
                    "dueDate",
                    farAway,
                    "statusYellowFrom",
                    ReminderTimesTest.at(2026, 12, 1, 9, 0))))
        .contains("黄色 临近");
    assertThat(
            colours.textForScope(
                Map.of(
                    "dueDate",
                    farAway,
                    "statusYellowFrom",
                    ReminderTimesTest.at(2026, 12, 29, 9, 0))))
        .contains("绿色 正常");
    assertThat(
            colours.textForScope(
                Map.of(
                    "dueDate",
                    passed,
                    "statusYellowFrom",
                    ReminderTimesTest.at(2026, 10, 30, 9, 0))))
        .contains("红色 超期");
  }

  @Test
  void aScopeWithoutAnyDeadlineKeepsItsColour() {
    assertThat(colours.textForScope(Map.of("statusColourText", "黄色 临近"))).isEmpty();
  }

  @Test
  void aBusinessDayDeadlineCountsToItsEnd() {
    assertThat(colours.textOf(java.time.LocalDate.of(2026, 12, 1))).isEqualTo("黄色 临近");
    assertThat(colours.textOf(java.time.LocalDate.of(2026, 11, 30))).isEqualTo("红色 超期");
  }
}
