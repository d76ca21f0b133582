package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.reminder.StatusColour;
import org.rectify.reminder.StatusColour.Colour;

/** The ledger's colour per kind of measure, on Tuesday 2026-12-01. */
class StatusColoursTest {

  private final StatusColours colours = new StatusColours(StatusColour.withDefaults(), null, null);
  private final LocalDate passed = LocalDate.of(2026, 11, 20);
  private final LocalDate later = LocalDate.of(2027, 2, 1);

  @BeforeEach
  void tuesday() {
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 1, 10, 0)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anOpenMeasureIsRedPastItsDueDateAndGreenBeforeIt() {
    assertThat(colours.colour("IN_PROGRESS", passed, null)).isEqualTo(Colour.RED);
    assertThat(colours.colour("NOT_IN_PLACE", LocalDate.of(2026, 12, 2), null))
        .isEqualTo(Colour.YELLOW);
    assertThat(colours.colour("ASSIGNED", later, null)).isEqualTo(Colour.GREEN);
  }

  @Test
  void aLongTermMeasureWithAnOverdueReportIsRedNotGreen() {
    Date reportDue = at(LocalDateTime.of(2026, 11, 28, 9, 0));
    assertThat(colours.colour("LONG_TERM", passed, reportDue)).isEqualTo(Colour.RED);
  }

  @Test
  void aLongTermMeasureFollowsItsReportDeadlineNotItsOldDueDate() {
    assertThat(colours.colour("LONG_TERM", passed, at(LocalDateTime.of(2026, 12, 2, 9, 0))))
        .isEqualTo(Colour.YELLOW);
    assertThat(colours.colour("LONG_TERM", passed, at(LocalDateTime.of(2026, 12, 30, 9, 0))))
        .isEqualTo(Colour.GREEN);
    assertThat(colours.colour("LONG_TERM", passed, null))
        .as("between reports no deadline runs")
        .isEqualTo(Colour.GREEN);
  }

  @Test
  void finishedMeasuresAreGreenAfterTheirDueDate() {
    for (String status : new String[] {"COMPLETED", "LOOK_BACK", "CONSOLIDATED"}) {
      assertThat(colours.colour(status, passed, null)).as(status).isEqualTo(Colour.GREEN);
    }
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(StatusColours.ZONE).toInstant());
  }
}
