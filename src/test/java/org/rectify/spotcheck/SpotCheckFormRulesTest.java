package org.rectify.spotcheck;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.platform.FormRuleTestSupport;

/** The spot check's forms refuse impossible dates and empty reasons at the field (issue 26). */
class SpotCheckFormRulesTest extends FormRuleTestSupport {

  SpotCheckFormRulesTest() {
    super(new SpotCheckFormRules());
  }

  @BeforeEach
  void fifthNovember() {
    today(LocalDateTime.of(2026, 11, 5, 9, 0));
  }

  @Test
  void visitWindowEndingBeforeItStartsIsRefused() {
    form.put("plannedFrom", "2026-11-10");
    form.put("plannedTo", "2026-11-06");
    assertRefused(
        SpotCheckFormRules.PLAN, "plannedTo", "“计划结束日期”（2026-11-06）不能早于“计划开始日期”（2026-11-10）");
    form.put("plannedFrom", "2026-11-01");
    form.put("plannedTo", "2026-11-04");
    assertRefused(SpotCheckFormRules.PLAN, "plannedTo", "不能早于今天");
    form.put("plannedTo", "2026-11-12");
    assertAccepted(SpotCheckFormRules.PLAN);
  }

  @Test
  void visitDateInTheFutureIsRefused() {
    form.put("visitedOn", "2026-11-06");
    assertRefused(SpotCheckFormRules.CARRY_OUT, "visitedOn", "“暗访日期”（2026-11-06）不能晚于今天");
    form.put("visitedOn", "2026-11-05");
    assertAccepted(SpotCheckFormRules.CARRY_OUT);
  }

  @Test
  void rectificationAndTalkAreDatedOnDaysThatHaveCome() {
    form.put("rectifiedOn", "2026-11-20");
    assertRefused(SpotCheckFormRules.RECTIFY, "rectifiedOn", "“整改完成日期”");
    form.put("rectifiedOn", "2026-11-04");
    assertAccepted(SpotCheckFormRules.RECTIFY);
    form.put("talkDate", "2026-12-01");
    assertRefused(SpotCheckFormRules.REMINDER_TALK, "talkDate", "“谈话日期”");
    form.put("talkDate", "2026-11-05");
    assertAccepted(SpotCheckFormRules.REMINDER_TALK);
  }

  @Test
  void dismissingAFindingOrRejectingANoticeSaysWhy() {
    form.put("findingDecision", "DISMISSED");
    form.put("decisionReason", "否");
    assertRefused(SpotCheckFormRules.CONFIRM_FINDING, "decisionReason", "“不予认定的理由”过于简单");
    form.put("decisionReason", "当日持请假单外出，考勤记录可查");
    assertAccepted(SpotCheckFormRules.CONFIRM_FINDING);
    form.put("findingDecision", "CONFIRMED");
    form.put("decisionReason", "核实");
    assertAccepted(SpotCheckFormRules.CONFIRM_FINDING);

    form.put("approvalResult", "REJECTED");
    assertRefused(SpotCheckFormRules.APPROVE_NOTICE, "approvalComment", "请填写“审批说明（退回的理由）”");
    form.put("approvalComment", "整改期限过短，请改为一个月");
    assertAccepted(SpotCheckFormRules.APPROVE_NOTICE);
  }
}
