package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rectify.platform.FormChecks;
import org.rectify.platform.FormRule;
import org.springframework.stereotype.Component;

/**
 * The contracts' dates and reasons, checked when their tasks complete: the quality-first
 * justification of a renewal is a reason, not a token (杜绝“老好人”“凑合”: at least {@value #QUALITY_MIN}
 * characters); a late proposal, an amendment, a replacement and a blacklisting say why; a signature
 * and a postponement application are dated on a day that has come; a deadline given to a contractor
 * is not already past; the renewed term does not end before it is signed.
 */
@Component
class ContractFormRules implements FormRule {

  static final String RENEWAL_PROPOSAL = "contract-renewal-proposal";
  static final String TENDER_PLAN = "contract-tender-plan";
  static final String SIGN = "contract-sign";
  static final String POSTPONEMENT = "contract-postponement";
  static final String AMEND = "contract-amend";
  static final String REPLACEMENT = "contract-replacement";
  static final String TEAM_FILING = "contract-team-filing";
  static final String SUMMONS = "contract-summons";
  static final String BLACKLIST_CONFIRM = "contract-blacklist-confirm";

  /** The quality-first justification: a sentence, not a word. */
  static final int QUALITY_MIN = 10;

  @Override
  public Set<String> forms() {
    return Set.of(
        RENEWAL_PROPOSAL,
        TENDER_PLAN,
        SIGN,
        POSTPONEMENT,
        AMEND,
        REPLACEMENT,
        TEAM_FILING,
        SUMMONS,
        BLACKLIST_CONFIRM);
  }

  /** 三重一大 categories of domain §4.3 (as the agenda's start form). */
  static final Set<String> TRIPLE_ONE_MAJOR_CATEGORIES =
      Set.of("DECISION", "PERSONNEL", "PROJECT", "LARGE_SUM");

  /** A topic declared 三重一大 names its category (the form hides the field otherwise). */
  private static void tripleOneMajorCategory(VariableScope submitted) {
    if (!Boolean.TRUE.equals(submitted.getVariable(TRIPLE_ONE_MAJOR))) {
      return;
    }
    Object category = submitted.getVariable(TRIPLE_ONE_MAJOR_CATEGORY);
    if (category == null || !TRIPLE_ONE_MAJOR_CATEGORIES.contains(category.toString())) {
      throw new FormFieldValidationException(TRIPLE_ONE_MAJOR_CATEGORY, "属于“三重一大”事项的，请选择“三重一大”类别");
    }
  }

  @Override
  public void check(String form, VariableScope submitted) {
    switch (form) {
      case RENEWAL_PROPOSAL -> {
        FormChecks.requiredJustification(submitted, QUALITY_JUSTIFICATION, "质量优先的理由", QUALITY_MIN);
        FormChecks.justification(submitted, LATE_REASON, "逾期说明");
        tripleOneMajorCategory(submitted);
      }
      case TENDER_PLAN -> {
        FormChecks.justification(submitted, LATE_REASON, "逾期说明");
        tripleOneMajorCategory(submitted);
      }
      case SIGN -> {
        FormChecks.notAfterToday(submitted, SIGNED_ON, "签订日期");
        FormChecks.window(submitted, SIGNED_ON, "签订日期", NEW_ENDS_ON, "续签后合同终止日期");
      }
      case POSTPONEMENT -> FormChecks.notAfterToday(submitted, POSTPONEMENT_APPLIED_ON, "申请日期");
      case AMEND -> FormChecks.justification(submitted, AMENDMENT_NOTES, "修改情况说明");
      case REPLACEMENT -> FormChecks.justification(submitted, REPLACEMENT_PLAN, "替代采购安排");
      case TEAM_FILING -> FormChecks.notBeforeToday(submitted, FILING_NOTICE_DEADLINE, "整改期限");
      case SUMMONS ->
          FormChecks.notBeforeToday(submitted, ContractAssessmentProcess.NOTICE_DEADLINE, "整改期限");
      case BLACKLIST_CONFIRM ->
          FormChecks.justification(
              submitted, ContractAssessmentProcess.BLACKLIST_EVIDENCE, "证据材料说明");
      default -> {
        // not one of this rule's forms
      }
    }
  }
}
