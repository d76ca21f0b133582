package org.rectify.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The progress cadence by plan phase (docs/domain.md §4.1.2: 14 days in P1/P2, monthly in P3). */
class MeasureProgressCadenceTest {

  static final PlanRepository.Plan PLAN =
      new PlanRepository.Plan(
          7L,
          "整改方案",
          "区委第三巡察组",
          "区城管局",
          null,
          null,
          LocalDate.of(2026, 6, 8),
          null,
          34,
          LocalDate.of(2026, 6, 8),
          LocalDate.of(2026, 8, 31),
          LocalDate.of(2026, 8, 1),
          LocalDate.of(2026, 12, 31),
          LocalDate.of(2027, 1, 1),
          LocalDate.of(2027, 12, 31),
          "RUNNING",
          null);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void thePhaseIsTheLastOneWhoseStartHasCome() {
    assertThat(MeasureProgressCadence.phaseOf(PLAN, LocalDate.of(2026, 7, 31))).isEqualTo(1);
    // phases 1 and 2 overlap in August: phase 2 has started
    assertThat(MeasureProgressCadence.phaseOf(PLAN, LocalDate.of(2026, 8, 1))).isEqualTo(2);
    assertThat(MeasureProgressCadence.phaseOf(PLAN, LocalDate.of(2026, 12, 31))).isEqualTo(2);
    assertThat(MeasureProgressCadence.phaseOf(PLAN, LocalDate.of(2027, 1, 1))).isEqualTo(3);
  }

  @Test
  void aReportIsDueAfterTheCadenceOfTheCurrentPhase() {
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 31, 10, 0)));
    MeasureProgressCadence cadence =
        new MeasureProgressCadence((code, day) -> 3, new MeasureProperties());
    // a month on from 31 January is the last day of February
    assertThat(cadence.nextReportDue("M16")).isEqualTo(at(LocalDateTime.of(2027, 2, 28, 10, 0)));

    MeasureProperties weekly = new MeasureProperties();
    weekly.setProgressCadence(
        Map.of(1, Period.ofDays(7), 2, Period.ofDays(7), 3, Period.ofDays(7)));
    assertThat(new MeasureProgressCadence((code, day) -> 2, weekly).nextReportDue("M16"))
        .isEqualTo(at(LocalDateTime.of(2027, 2, 7, 10, 0)));
  }

  @Test
  void theDefaultsAreFourteenDaysInPhasesOneAndTwoAndAMonthInTheLookBack() {
    MeasureProperties properties = new MeasureProperties();
    assertThat(properties.getProgressCadence())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(1, Period.ofDays(14), 2, Period.ofDays(14), 3, Period.ofMonths(1)));
    assertThat(properties.isProgressCadenceComplete()).isTrue();
    properties.setProgressCadence(Map.of(1, Period.ofDays(14), 2, Period.ofDays(14)));
    assertThat(properties.isProgressCadenceComplete()).as("phase 3 missing").isFalse();
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(MeasureLifecycle.ZONE).toInstant());
  }
}
