package org.rectify.contract;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.platform.FormRuleTestSupport;

/** The contracts' forms refuse token justifications and impossible dates (issue 26). */
class ContractFormRulesTest extends FormRuleTestSupport {

  ContractFormRulesTest() {
    super(new ContractFormRules());
  }

  @BeforeEach
  void sevenDecember() {
    today(LocalDateTime.of(2026, 12, 7, 9, 0));
  }

  @Test
  void oneCharacterQualityJustificationIsRefused() {
    form.put("qualityJustification", "好");
    assertRefused(
        ContractFormRules.RENEWAL_PROPOSAL,
        "qualityJustification",
        "“质量优先的理由”过于简单：请至少用 10 个字写明具体理由");
    form.put("qualityJustification", "本期考核均为合格，养护质量稳定，建议续签一年");
    assertAccepted(ContractFormRules.RENEWAL_PROPOSAL);
    form.put("lateReason", "忘了");
    assertRefused(ContractFormRules.RENEWAL_PROPOSAL, "lateReason", "“逾期说明”过于简单");
    form.remove("qualityJustification");
    assertRefused(ContractFormRules.RENEWAL_PROPOSAL, "qualityJustification", "请填写“质量优先的理由”");
  }

  @Test
  void aTopicDeclaredTripleOneMajorNamesItsCategory() {
    form.put("qualityJustification", "本期考核均为合格，养护质量稳定，建议续签一年");
    form.put("tripleOneMajor", false);
    assertAccepted(ContractFormRules.RENEWAL_PROPOSAL);
    form.put("tripleOneMajor", true);
    assertRefused(ContractFormRules.RENEWAL_PROPOSAL, "tripleOneMajorCategory", "请选择“三重一大”类别");
    form.put("tripleOneMajorCategory", "WHATEVER");
    assertRefused(ContractFormRules.TENDER_PLAN, "tripleOneMajorCategory", "请选择“三重一大”类别");
    form.put("tripleOneMajorCategory", "LARGE_SUM");
    assertAccepted(ContractFormRules.TENDER_PLAN);
    assertAccepted(ContractFormRules.RENEWAL_PROPOSAL);
  }

  @Test
  void lateTenderPlanAmendmentReplacementAndBlacklistingSayWhy() {
    form.put("lateReason", "晚");
    assertRefused(ContractFormRules.TENDER_PLAN, "lateReason", "“逾期说明”过于简单");
    form.put("amendmentNotes", "改了");
    assertRefused(ContractFormRules.AMEND, "amendmentNotes", "“修改情况说明”过于简单");
    form.put("replacementPlan", "采购");
    assertRefused(ContractFormRules.REPLACEMENT, "replacementPlan", "“替代采购安排”过于简单");
    form.put("blacklistEvidence", "见附件");
    assertRefused(ContractFormRules.BLACKLIST_CONFIRM, "blacklistEvidence", "“证据材料说明”过于简单");
    form.put("blacklistEvidence", "三期考核表及约谈记录");
    assertAccepted(ContractFormRules.BLACKLIST_CONFIRM);
  }

  @Test
  void signatureAndPostponementAreDatedOnDaysThatHaveCome() {
    form.put("signedOn", "2026-12-08");
    form.put("newEndsOn", "2027-12-31");
    assertRefused(ContractFormRules.SIGN, "signedOn", "“签订日期”（2026-12-08）不能晚于今天（2026-12-07）");
    form.put("signedOn", "2026-12-07");
    form.put("newEndsOn", "2026-12-01");
    assertRefused(ContractFormRules.SIGN, "newEndsOn", "不能早于“签订日期”");
    form.put("newEndsOn", "2027-12-31");
    assertAccepted(ContractFormRules.SIGN);

    form.put("postponementAppliedOn", "2027-01-05");
    assertRefused(ContractFormRules.POSTPONEMENT, "postponementAppliedOn", "“申请日期”");
    form.put("postponementAppliedOn", "2026-12-01");
    assertAccepted(ContractFormRules.POSTPONEMENT);
  }

  @Test
  void deadlineGivenToAContractorIsNotAlreadyPast() {
    form.put("noticeDeadline", "2026-12-01");
    assertRefused(ContractFormRules.SUMMONS, "noticeDeadline", "“整改期限”（2026-12-01）不能早于今天");
    form.put("noticeDeadline", "2026-12-22");
    assertAccepted(ContractFormRules.SUMMONS);
    form.put("filingNoticeDeadline", "2026-11-30");
    assertRefused(ContractFormRules.TEAM_FILING, "filingNoticeDeadline", "不能早于今天");
    form.put("filingNoticeDeadline", "2026-12-14");
    assertAccepted(ContractFormRules.TEAM_FILING);
  }
}
