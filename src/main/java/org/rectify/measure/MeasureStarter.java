package org.rectify.measure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.rectify.organization.OrganizationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code measure-lifecycle} instance of a measure (business key = measure code), at most
 * once per code: safe on every restart and when the plan process and the API both ask for it.
 */
@Component
public class MeasureStarter {

  private static final Logger LOG = LoggerFactory.getLogger(MeasureStarter.class);
  private static final long LOOK_BACK_AFTER_DAYS = 90;

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final OrganizationDirectory organization;

  MeasureStarter(
      RuntimeService runtimeService,
      HistoryService historyService,
      OrganizationDirectory organization) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.organization = organization;
  }

  public boolean hasInstance(String code) {
    return historyService
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(MeasureLifecycle.PROCESS_KEY)
            .processInstanceBusinessKey(code)
            .count()
        > 0;
  }

  /**
   * Starts at the claim task; returns the instance id, or null when the measure already has an
   * instance.
   */
  public String start(Measure measure, LocalDate phase3Start) {
    return startAt(measure, phase3Start, null);
  }

  /**
   * Starts before the given element (demo data that is already further on), or at the start event
   * when null. Returns null when the measure already has an instance.
   */
  String startAt(Measure measure, LocalDate phase3Start, String activityId) {
    if (hasInstance(measure.code())) {
      return null;
    }
    ProcessInstantiationBuilder builder =
        runtimeService
            .createProcessInstanceByKey(MeasureLifecycle.PROCESS_KEY)
            .businessKey(measure.code())
            .setVariables(
                MeasureLifecycle.startVariables(
                    measure.code(),
                    measure.title(),
                    measure.department(),
                    organization.nameOf(measure.department()),
                    measure.dueDate(),
                    lookBackDate(phase3Start, measure.dueDate())));
    ProcessInstance instance =
        activityId == null ? builder.execute() : builder.startBeforeActivity(activityId).execute();
    LOG.info(
        "Started measure-lifecycle for {} at {}",
        measure.code(),
        activityId == null ? "claim" : activityId);
    return instance.getId();
  }

  /** 回头看: at the start of phase 3, but never earlier than 90 days after the measure's due date. */
  static Date lookBackDate(LocalDate phase3Start, LocalDate due) {
    LocalDate earliest = due.plusDays(LOOK_BACK_AFTER_DAYS);
    LocalDate day = phase3Start == null || phase3Start.isBefore(earliest) ? earliest : phase3Start;
    return Date.from(day.atTime(LocalTime.of(9, 0)).atZone(MeasureLifecycle.ZONE).toInstant());
  }
}
