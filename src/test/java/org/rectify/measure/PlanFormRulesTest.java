package org.rectify.measure;

import org.junit.jupiter.api.Test;
import org.rectify.platform.FormRuleTestSupport;

/** The inspection group's deadline cannot fall before its feedback (issue 26). */
class PlanFormRulesTest extends FormRuleTestSupport {

  PlanFormRulesTest() {
    super(new PlanFormRules());
  }

  @Test
  void deadlineBeforeTheFeedbackIsRefusedAtTheDeadline() {
    form.put("feedbackDate", "2026-12-10");
    form.put("inspectionDeadline", "2026-12-01");
    assertRefused(
        PlanFormRules.REGISTER_FEEDBACK,
        "inspectionDeadline",
        "“巡察组要求的整改时限”（2026-12-01）不能早于“反馈日期”（2026-12-10）");
  }

  @Test
  void deadlineAfterTheFeedbackOrNoneAtAllIsAccepted() {
    form.put("feedbackDate", "2026-12-10");
    assertAccepted(PlanFormRules.REGISTER_FEEDBACK);
    form.put("inspectionDeadline", "2027-03-10");
    assertAccepted(PlanFormRules.REGISTER_FEEDBACK);
  }
}
