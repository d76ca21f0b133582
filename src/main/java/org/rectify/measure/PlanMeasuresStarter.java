package org.rectify.measure;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Service task {@code ServiceTask_StartMeasures} of {@code rectification-plan}: once the Party
 * Group has issued the plan, marks the plan running and starts one {@code measure-lifecycle} per
 * measure of the plan that has none yet. Idempotent, so a retried job never starts a measure twice;
 * measures added later through the API start their own lifecycle.
 */
@Component("planMeasuresStarter")
class PlanMeasuresStarter implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PlanMeasuresStarter.class);

  private final MeasureRepository measures;
  private final MeasureStarter starter;
  private final PlanRepository plans;

  PlanMeasuresStarter(MeasureRepository measures, MeasureStarter starter, PlanRepository plans) {
    this.plans = plans;
    this.measures = measures;
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = RectificationPlan.planId(execution);
    List<Measure> planMeasures = measures.ofPlan(planId);
    int started = 0;
    for (Measure measure : planMeasures) {
      if (starter.start(measure, RectificationPlan.phase3Start(execution)) != null) {
        started++;
      }
    }
    plans.setStatus(planId, "RUNNING");
    execution.setVariable(RectificationPlan.Vars.MEASURES_STARTED, started);
    LOG.info("Plan {}: {} of {} measure lifecycles started", planId, started, planMeasures.size());
  }
}
