package org.rectify.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start) of {@code EndEvent_PlanClosed} 整改方案办结 in {@code rectification-plan}:
 * once the Party Group has closed the rectification work, the plan record is closed too ({@code
 * CLOSED}), so {@code /api/plans} and the reports show it as closed and no measure can be added to
 * it any more.
 */
@Component("planClosure")
class PlanClosure implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(PlanClosure.class);

  private final PlanRepository plans;

  PlanClosure(PlanRepository plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long planId = RectificationPlan.planId(execution);
    plans.setStatus(planId, "CLOSED");
    LOG.info("Plan {} closed by the Party Group", planId);
  }
}
