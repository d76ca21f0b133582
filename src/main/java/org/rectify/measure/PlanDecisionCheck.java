package org.rectify.measure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of {@code UserTask_ApprovePlan} 党组会审定整改方案 in {@code rectification-plan}:
 * the gateway 是否同意印发？ after it has no sane "otherwise" — a missing decision is neither an approval
 * (which starts every measure) nor a request for revision — so the step refuses any value other
 * than 同意印发 / 修改后再审 in Chinese and the plan stays there (issue 26). Declared on the gateway as
 * {@code checkedBy="planDecisionCheck"}.
 */
@Component("planDecisionCheck")
class PlanDecisionCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object value = task.getVariable(RectificationPlan.Vars.PLAN_DECISION);
    if (value == null || value.toString().isBlank()) {
      throw new MeasureFormException(RectificationPlan.Vars.PLAN_DECISION, "请选择“审定结论”");
    }
    for (RectificationPlan.PlanDecision decision : RectificationPlan.PlanDecision.values()) {
      if (decision.name().equals(value)) {
        return;
      }
    }
    throw new MeasureFormException(
        RectificationPlan.Vars.PLAN_DECISION, "“审定结论”的取值无效，请选择同意印发或修改后再审");
  }
}
