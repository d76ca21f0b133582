package org.rectify.measure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.organization.OrganizationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the seed's plan on the embedded default and runs one lifecycle per measure, idempotently on
 * every start. The plan record keeps the seed's facts (2018); only the measures' due dates are
 * shifted so the demo is alive today: measures done by the notice (2018-09-10) wait for their
 * look-back, long-term ones report monthly, and the ones still in progress are waiting to be
 * claimed — some due soon, some overdue.
 */
@Component
@ConditionalOnProperty(
    name = {"rectify.demo.enabled", "rectify.demo.plan.enabled"},
    havingValue = "true")
class DemoPlan {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPlan.class);
  static final LocalDate NOTICE_DATE = LocalDate.of(2018, 9, 10);
  static final LocalDate PHASE1_END = LocalDate.of(2018, 8, 31);
  static final LocalDate PHASE2_END = LocalDate.of(2018, 12, 31);
  static final LocalDate PHASE3_START = LocalDate.of(2019, 1, 1);
  static final LocalDate PHASE3_END = LocalDate.of(2019, 12, 31);

  private final SeedPlanLoader loader;
  private final MeasureRepository measures;
  private final MeasureStarter starter;
  private final MeasureJournal journal;
  private final OrganizationDirectory organization;
  private final RuntimeService runtimeService;
  private final PlanRepository plans;

  DemoPlan(
      SeedPlanLoader loader,
      MeasureRepository measures,
      MeasureStarter starter,
      MeasureJournal journal,
      OrganizationDirectory organization,
      RuntimeService runtimeService,
      PlanRepository plans) {
    this.runtimeService = runtimeService;
    this.plans = plans;
    this.loader = loader;
    this.measures = measures;
    this.starter = starter;
    this.journal = journal;
    this.organization = organization;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(100)
  void load() {
    LocalDate today = LocalDate.now(MeasureLifecycle.ZONE);
    long shift = ChronoUnit.DAYS.between(NOTICE_DATE, today);
    long planId = loader.ensurePlan();
    List<SeedCatalogue.SeedMeasure> seed = SeedCatalogue.measures();
    int started = 0;
    for (int i = 0; i < seed.size(); i++) {
      SeedCatalogue.SeedMeasure row = seed.get(i);
      Measure measure = measure(planId, row, i, demoDue(row, i, today, shift));
      if (!measures.exists(row.code())) {
        measures.insert(measure);
        if (!measure.status().equals(MeasureStatus.ASSIGNED.name())) {
          journal.recordStatus(
              row.code(),
              MeasureStatus.valueOf(measure.status()),
              "system",
              "演示数据：据2018-09-10整改情况通报，状态为“"
                  + MeasureStatus.valueOf(measure.status()).label()
                  + "”");
        }
      }
      if (starter.startAt(measure, PHASE3_START.plusDays(shift), startElement(row, i)) != null) {
        started++;
      }
    }
    startPlanProcess(planId, shift);
    LOG.info("Demo plan ready: {} measures, {} lifecycles started now", seed.size(), started);
  }

  /**
   * The plan's own process, already issued: waiting for its (shifted) phase milestones, reviews
   * running.
   */
  private void startPlanProcess(long planId, long shift) {
    String key = RectificationPlan.businessKey(planId);
    if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0
        || plans.find(planId).map(PlanRepository.Plan::processInstanceId).isPresent()) {
      return;
    }
    String instanceId =
        runtimeService
            .createProcessInstanceByKey(RectificationPlan.PROCESS_KEY)
            .businessKey(key)
            .setVariables(
                RectificationPlan.startVariables(
                    planId,
                    SeedPlanLoader.TITLE,
                    PHASE1_END.plusDays(shift),
                    PHASE2_END.plusDays(shift),
                    PHASE3_START.plusDays(shift),
                    PHASE3_END.plusDays(shift),
                    RectificationPlan.DEFAULT_REVIEW_CYCLE))
            .startBeforeActivity(RectificationPlan.Elements.PHASE1_END)
            .execute()
            .getId();
    plans.attachProcess(planId, instanceId);
  }

  private Measure measure(long planId, SeedCatalogue.SeedMeasure row, int index, LocalDate due) {
    long problemId = loader.problemId(planId, row.problem());
    return new Measure(
        row.code(),
        planId,
        problemId,
        row.srcLabel(),
        row.title(),
        row.department(),
        row.coDepartments(),
        organization.department(row.department()).map(d -> d.leaderUserId()).orElse(null),
        row.phase(),
        due,
        demoStatus(row, index).name(),
        row.sourceStatus(),
        row.narrative());
  }

  static MeasureStatus demoStatus(SeedCatalogue.SeedMeasure row) {
    return switch (row.sourceStatus()) {
      case "DONE" -> MeasureStatus.COMPLETED;
      case "IN_PROGRESS" -> MeasureStatus.ASSIGNED;
      default -> MeasureStatus.LONG_TERM;
    };
  }

  /**
   * Open measures due soon or overdue are already being implemented, so their reminder timers are
   * live and the first start shows real reminder mails in the mail sink; the ones due later still
   * wait to be claimed.
   */
  static MeasureStatus demoStatus(SeedCatalogue.SeedMeasure row, int index) {
    MeasureStatus status = demoStatus(row);
    return status == MeasureStatus.ASSIGNED && index % 3 != 2 ? MeasureStatus.IN_PROGRESS : status;
  }

  static String startElement(SeedCatalogue.SeedMeasure row, int index) {
    return switch (demoStatus(row, index)) {
      case COMPLETED -> MeasureLifecycle.Elements.LOOK_BACK_WINDOW;
      case LONG_TERM -> MeasureLifecycle.Elements.REPORT_LONG_TERM;
      case IN_PROGRESS -> MeasureLifecycle.Elements.IMPLEMENTATION;
      default -> null;
    };
  }

  /** Open measures rotate through due soon (+2 days), overdue (−3 days) and later (+45 days). */
  static LocalDate demoDue(SeedCatalogue.SeedMeasure row, int index, LocalDate today, long shift) {
    if (demoStatus(row) == MeasureStatus.ASSIGNED) {
      return switch (index % 3) {
        case 0 -> today.plusDays(2);
        case 1 -> today.minusDays(3);
        default -> today.plusDays(45);
      };
    }
    return (row.phase() == 1 ? PHASE1_END : PHASE2_END).plusDays(shift);
  }
}
