package org.rectify.measure;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.rectify.platform.FormChecks;
import org.rectify.platform.FormRule;
import org.springframework.stereotype.Component;

/**
 * The plan's date window, checked when 登记巡察反馈意见 completes: the deadline the inspection group set
 * for the rectification cannot fall before the day it gave its feedback.
 */
@Component
class PlanFormRules implements FormRule {

  static final String REGISTER_FEEDBACK = "plan-register-feedback";

  @Override
  public Set<String> forms() {
    return Set.of(REGISTER_FEEDBACK);
  }

  @Override
  public void check(String form, VariableScope submitted) {
    if (REGISTER_FEEDBACK.equals(form)) {
      FormChecks.window(
          submitted,
          RectificationPlan.Vars.FEEDBACK_DATE,
          "反馈日期",
          RectificationPlan.Vars.INSPECTION_DEADLINE,
          "巡察组要求的整改时限");
    }
  }
}
