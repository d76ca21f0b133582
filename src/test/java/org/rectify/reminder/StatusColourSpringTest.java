package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The status colour in Tasklist's column follows the calendar without anyone touching the process.
 */
class StatusColourSpringTest extends ReminderSpringTestBase {

  @Autowired StatusColourRefresher refresher;

  @Test
  void theDailyRefreshTurnsAStaleColourRedOnceTheDueDateHasPassed() {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
    String pi =
        runtimeService
            .startProcessInstanceByKey(
                PROCESS,
                "M08",
                Map.of(
                    "department",
                    "greening",
                    "dueDate",
                    ReminderTimesTest.at(2026, 12, 2, 23, 59),
                    "statusColourText",
                    "绿色 正常"))
            .getId();

    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 3, 0, 5));
    assertThat(refresher.refresh()).isGreaterThanOrEqualTo(1);
    assertThat(runtimeService.getVariable(pi, "statusColourText")).isEqualTo("红色 超期");
    assertThat(refresher.refresh()).as("idempotent").isZero();
  }

  @Test
  void theDailyRefreshFollowsTheDeadlineThatRunsNotAnOldDueDate() {
    ClockUtil.setCurrentTime(ReminderTimesTest.at(2026, 12, 1, 10, 0));
    Map<String, Object> longTerm = new HashMap<>();
    longTerm.put("department", "greening");
    longTerm.put("dueDate", ReminderTimesTest.at(2027, 3, 1, 23, 59));
    longTerm.put(StatusColour.STATUS_DUE_DATE, ReminderTimesTest.at(2026, 11, 30, 9, 0));
    longTerm.put("statusColourText", "绿色 正常");
    String overdueReport =
        runtimeService.startProcessInstanceByKey(PROCESS, "M18", longTerm).getId();
    Map<String, Object> completed = new HashMap<>();
    completed.put("department", "greening");
    completed.put("dueDate", ReminderTimesTest.at(2026, 11, 2, 23, 59));
    completed.put(StatusColour.STATUS_DUE_DATE, null);
    completed.put("statusColourText", "绿色 正常");
    String finished = runtimeService.startProcessInstanceByKey(PROCESS, "M01", completed).getId();

    refresher.refresh();

    assertThat(runtimeService.getVariable(overdueReport, "statusColourText")).isEqualTo("红色 超期");
    assertThat(runtimeService.getVariable(finished, "statusColourText")).isEqualTo("绿色 正常");
  }
}
