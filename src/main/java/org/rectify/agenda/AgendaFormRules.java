package org.rectify.agenda;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.rectify.platform.FormChecks;
import org.rectify.platform.FormRule;
import org.springframework.stereotype.Component;

/**
 * A topic returned by the department head or the leader in charge says why: the clerk who revises
 * it must know what to change, so 退回 needs an opinion of at least {@value
 * FormChecks#JUSTIFICATION_MIN} characters. An approval may stay without comment.
 */
@Component
class AgendaFormRules implements FormRule {

  static final String HEAD_APPROVAL = "agenda-head-approval";
  static final String LEADER_APPROVAL = "agenda-leader-approval";
  static final String HEAD_APPROVED = "headApproved";
  static final String HEAD_COMMENT = "headComment";
  static final String LEADER_APPROVED = "leaderApproved";
  static final String LEADER_COMMENT = "leaderComment";

  @Override
  public Set<String> forms() {
    return Set.of(HEAD_APPROVAL, LEADER_APPROVAL);
  }

  @Override
  public void check(String form, VariableScope submitted) {
    if (HEAD_APPROVAL.equals(form)) {
      returnNeedsReason(submitted, HEAD_APPROVED, HEAD_COMMENT);
    } else if (LEADER_APPROVAL.equals(form)) {
      returnNeedsReason(submitted, LEADER_APPROVED, LEADER_COMMENT);
    }
  }

  private static void returnNeedsReason(VariableScope submitted, String decision, String comment) {
    if (Boolean.FALSE.equals(submitted.getVariable(decision))
        || "false".equals(String.valueOf(submitted.getVariable(decision)))) {
      FormChecks.requiredJustification(
          submitted, comment, "审批意见（退回的理由）", FormChecks.JUSTIFICATION_MIN);
    }
  }
}
