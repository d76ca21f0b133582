package org.rectify.measure;

import java.time.LocalDate;
import java.util.Map;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Puts the live state of the plan's measures into {@code progressDigest} when a review task is
 * created, so the rectification office prepares leading-group meetings and phase reviews from
 * current data, not from memory. Task listener ("create") on the review tasks of {@code
 * rectification-plan}.
 */
@Component("planProgressDigest")
class PlanProgressDigest implements TaskListener {

  private final MeasureRepository measures;
  private final PlanRepository plans;

  PlanProgressDigest(MeasureRepository measures, PlanRepository plans) {
    this.measures = measures;
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(
        RectificationPlan.Vars.PROGRESS_DIGEST, digest(RectificationPlan.planId(task)));
  }

  String digest(long planId) {
    LocalDate today = MeasureLifecycle.dayOf(ClockUtil.getCurrentTime());
    Map<String, Integer> counts = measures.countByStatus(planId);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    StringJoiner byStatus = new StringJoiner("，");
    counts.forEach(
        (status, count) ->
            byStatus.add(MeasureStatus.valueOf(status).label() + " " + count + " 条"));
    StringBuilder text =
        new StringBuilder("截至 ")
            .append(today)
            .append("，共 ")
            .append(total)
            .append(" 条整改措施：")
            .append(byStatus)
            .append("；超期未完成 ")
            .append(measures.countOverdue(planId, today))
            .append(" 条。");
    plans
        .find(planId)
        .map(PlanRepository.Plan::declaredMeasureCount)
        .filter(declared -> declared != total)
        .ifPresent(
            declared ->
                text.append("\n数据质量提示：整改方案声明 ")
                    .append(declared)
                    .append(" 条措施，系统中有 ")
                    .append(total)
                    .append(" 条，请核对。"));
    return text.toString();
  }
}
