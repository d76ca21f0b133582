package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;

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
}
