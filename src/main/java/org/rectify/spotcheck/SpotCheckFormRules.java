package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.rectify.platform.FormChecks;
import org.rectify.platform.FormRule;
import org.springframework.stereotype.Component;

/**
 * The spot check's dates and reasons, checked when its tasks complete (the API's start checks the
 * plan the same way, {@code SpotCheckController}): the plan window does not end before it starts or
 * before today; a visit, a rectification and a reminder talk are recorded on the day they happened,
 * never a future day; dismissing a finding or rejecting a notice says why.
 */
@Component
class SpotCheckFormRules implements FormRule {

  static final String PLAN = "spot-check-plan";
  static final String CARRY_OUT = "spot-check-carry-out";
  static final String CONFIRM_FINDING = "spot-check-confirm-finding";
  static final String APPROVE_NOTICE = "spot-check-approve-notice";
  static final String RECTIFY = "spot-check-rectify";
  static final String REMINDER_TALK = "spot-check-reminder-talk";

  @Override
  public Set<String> forms() {
    return Set.of(PLAN, CARRY_OUT, CONFIRM_FINDING, APPROVE_NOTICE, RECTIFY, REMINDER_TALK);
  }

  @Override
  public void check(String form, VariableScope submitted) {
    switch (form) {
      case PLAN -> {
        FormChecks.window(submitted, PLANNED_FROM, "计划开始日期", PLANNED_TO, "计划结束日期");
        FormChecks.notBeforeToday(submitted, PLANNED_TO, "计划结束日期");
      }
      case CARRY_OUT -> FormChecks.notAfterToday(submitted, VISITED_ON, "暗访日期");
      case CONFIRM_FINDING -> {
        if ("DISMISSED".equals(submitted.getVariable(FINDING_DECISION))) {
          FormChecks.requiredJustification(
              submitted, DECISION_REASON, "不予认定的理由", FormChecks.JUSTIFICATION_MIN);
        }
      }
      case APPROVE_NOTICE -> {
        if ("REJECTED".equals(submitted.getVariable(APPROVAL_RESULT))) {
          FormChecks.requiredJustification(
              submitted, APPROVAL_COMMENT, "审批说明（退回的理由）", FormChecks.JUSTIFICATION_MIN);
        }
      }
      case RECTIFY -> FormChecks.notAfterToday(submitted, RECTIFIED_ON, "整改完成日期");
      case REMINDER_TALK -> FormChecks.notAfterToday(submitted, TALK_DATE, "谈话日期");
      default -> {
        // not one of this rule's forms
      }
    }
  }
}
