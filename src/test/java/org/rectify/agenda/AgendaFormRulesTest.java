package org.rectify.agenda;

import org.junit.jupiter.api.Test;
import org.rectify.platform.FormRuleTestSupport;

/** A topic returned by the head or the leader says why; an approval needs no words (issue 26). */
class AgendaFormRulesTest extends FormRuleTestSupport {

  AgendaFormRulesTest() {
    super(new AgendaFormRules());
  }

  @Test
  void returnWithoutAReasonIsRefused() {
    form.put("headApproved", false);
    assertRefused(AgendaFormRules.HEAD_APPROVAL, "headComment", "请填写“审批意见（退回的理由）”");
    form.put("headComment", "不行");
    assertRefused(AgendaFormRules.HEAD_APPROVAL, "headComment", "过于简单");
    form.put("headComment", "缺少三家报价单，请补充后再报");
    assertAccepted(AgendaFormRules.HEAD_APPROVAL);

    form.put("leaderApproved", "false");
    form.put("leaderComment", "否");
    assertRefused(AgendaFormRules.LEADER_APPROVAL, "leaderComment", "过于简单");
  }

  @Test
  void approvalMayBeBrief() {
    form.put("headApproved", true);
    form.put("headComment", "同意");
    assertAccepted(AgendaFormRules.HEAD_APPROVAL);
    form.put("leaderApproved", true);
    assertAccepted(AgendaFormRules.LEADER_APPROVAL);
  }
}
