package org.rectify.measure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of {@code UserTask_ClosePlan} 党组审定整改工作完成 in {@code rectification-plan}:
 * the Party Group closes the rectification work only once every measure of the plan is closed
 * (已巩固销号) or handed over to long-term tracking (需长期落实), as the domain asks (docs/domain.md §4.1.1,
 * step 12). Otherwise the task stays open and the Party Group reads, at the form, which measures
 * are still open and in which state.
 */
@Component("planClosingCheck")
class PlanClosingCheck implements TaskListener {

  static final Set<MeasureStatus> SETTLED =
      EnumSet.of(MeasureStatus.CONSOLIDATED, MeasureStatus.LONG_TERM);
  private static final int LISTED = 5;

  private final MeasureRepository measures;

  PlanClosingCheck(MeasureRepository measures) {
    this.measures = measures;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Measure> open =
        measures.ofPlan(RectificationPlan.planId(task)).stream()
            .filter(measure -> !SETTLED.contains(MeasureStatus.valueOf(measure.status())))
            .toList();
    if (open.isEmpty()) {
      return;
    }
    StringJoiner listed = new StringJoiner("，");
    open.stream()
        .limit(LISTED)
        .forEach(
            measure ->
                listed.add(
                    measure.code() + "（" + MeasureStatus.valueOf(measure.status()).label() + "）"));
    throw new MeasureFormException(
        "closeNotes",
        "尚有 "
            + open.size()
            + " 条整改措施未销号或移交长期落实："
            + listed
            + (open.size() > LISTED ? " 等" : "")
            + "，请督办落实后再审定整改工作完成");
  }
}
