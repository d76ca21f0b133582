package org.rectify.measure;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The due date of 填报整改进展 in {@code measure-lifecycle} ({@code
 * ${measureProgressCadence.nextReportDue(businessNumber)}}): now plus the cadence of the phase the
 * plan is in today ({@code rectify.measure.progress-cadence}; default 14 days in phases 1 and 2, a
 * month in phase 3 回头看). The phase is the last one whose start date has come (phases 1 and 2
 * overlap in the seed); a measure whose plan is unknown counts by its own phase, an unregistered
 * one as phase 1.
 */
@Component("measureProgressCadence")
public class MeasureProgressCadence {

  /** The plan phase a measure is in on a given day. */
  interface PhaseLookup {
    int phaseOn(String code, LocalDate day);
  }

  private final PhaseLookup phases;
  private final MeasureProperties properties;

  @Autowired
  MeasureProgressCadence(
      MeasureRepository measures, PlanRepository plans, MeasureProperties properties) {
    this((code, day) -> phaseOn(measures, plans, code, day), properties);
  }

  MeasureProgressCadence(PhaseLookup phases, MeasureProperties properties) {
    this.phases = phases;
    this.properties = properties;
  }

  /** The due date of a progress report starting now. */
  public Date nextReportDue(String code) {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(MeasureLifecycle.ZONE);
    return Date.from(now.plus(cadence(phases.phaseOn(code, now.toLocalDate()))).toInstant());
  }

  Period cadence(int phase) {
    Period period = properties.getProgressCadence().get(phase);
    return period != null ? period : properties.getProgressCadence().get(1);
  }

  static int phaseOn(MeasureRepository measures, PlanRepository plans, String code, LocalDate day) {
    if (code == null) {
      return 1;
    }
    return measures
        .find(code)
        .map(
            measure ->
                plans
                    .find(measure.planId())
                    .map(plan -> phaseOf(plan, day))
                    .orElse(Math.max(1, Math.min(3, measure.phase()))))
        .orElse(1);
  }

  static int phaseOf(PlanRepository.Plan plan, LocalDate day) {
    if (started(plan.phase3Start(), day)) {
      return 3;
    }
    if (started(plan.phase2Start(), day)) {
      return 2;
    }
    return 1;
  }

  private static boolean started(LocalDate start, LocalDate day) {
    return start != null && !day.isBefore(start);
  }
}
