package org.rectify.contract;

import java.util.HashMap;
import java.util.Map;

/**
 * Process {@code contract-assessment} (processes/contract-assessment.bpmn): one instance per
 * assessment round.
 */
public final class ContractAssessmentProcess {

  public static final String KEY = "contract-assessment";
  public static final String DECISION_CONTRACTOR_EXIT = "contractor-exit";

  public static final String START = "StartEvent_AssessmentStarted";
  public static final String ASSESS = "UserTask_Assess";
  public static final String RECORD_ASSESSMENT = "ServiceTask_RecordAssessment";
  public static final String END_SATISFACTORY = "EndEvent_Satisfactory";

  /**
   * Where a satisfactory assessment that found forged registration data (flow {@code
   * Flow_SatisfactoryForged}) joins the summons path on its way to the exit decision.
   */
  public static final String EXIT_FACTS_JOIN = "Gateway_ExitFactsJoin";

  public static final String SUMMON = "UserTask_SummonContractor";
  public static final String RECORD_SUMMONS = "ServiceTask_RecordSummons";
  public static final String COMPILE_EXIT_FACTS = "ServiceTask_CompileExitFacts";
  public static final String DECIDE_EXIT = "BusinessRuleTask_ContractorExit";
  public static final String VERIFY_RECTIFICATION = "UserTask_VerifyRectification";
  public static final String TIMER_NOTICE_OVERDUE = "Timer_NoticeOverdue";
  public static final String NOTICE_OVERDUE_MAIL = "ServiceTask_NoticeOverdueMail";
  public static final String RECORD_COMPLIANCE = "ServiceTask_RecordCompliance";
  public static final String END_RECTIFIED = "EndEvent_Rectified";
  public static final String CONFIRM_BLACKLIST = "UserTask_ConfirmBlacklist";
  public static final String BLACKLIST_CONTRACTOR = "ServiceTask_BlacklistContractor";
  public static final String END_EXITED = "EndEvent_ContractorExited";
  public static final String TIMER_ASSESS_BEFORE_DUE = "Timer_AssessBeforeDue";
  public static final String TIMER_ASSESS_OVERDUE = "Timer_AssessOverdue";
  public static final String TIMER_SUMMON_OVERDUE = "Timer_SummonContractorOverdue";
  public static final String TIMER_CONFIRM_BLACKLIST_OVERDUE = "Timer_ConfirmBlacklistOverdue";

  public static final String CONTRACT_NUMBER = ContractRenewalProcess.CONTRACT_NUMBER;
  public static final String ASSESSOR_GROUP = "assessorGroup";
  public static final String ASSESSMENT_PERIOD = "assessmentPeriod";
  public static final String METHOD_REF = "methodRef";
  public static final String SCORE = "score";

  /** {@code SATISFACTORY} | {@code UNSATISFACTORY}. */
  public static final String ASSESSMENT_RESULT = "assessmentResult";

  public static final String FINDINGS = "findings";
  public static final String FORGED_REGISTRATION = "forgedRegistration";
  public static final String PARTICIPANTS = "participants";
  public static final String REQUIREMENTS = "requirements";
  public static final String NOTICE_NO = "noticeNo";
  public static final String NOTICE_DEADLINE = "noticeDeadline";
  public static final String CONSECUTIVE_FAILS = "consecutiveFails";
  public static final String FAILS_THIS_YEAR = "failsThisYear";
  public static final String REPEATED_NON_COMPLIANCE = "repeatedNonCompliance";
  public static final String CONSECUTIVE_FAIL_LIMIT = "consecutiveFailLimit";
  public static final String YEARLY_FAIL_LIMIT = "yearlyFailLimit";

  /**
   * Shown to the office on {@code UserTask_ConfirmBlacklist}: the contractor's running contracts
   * that the exit ends, and the facts behind the rule (every contract's assessments, newest first).
   * Display only; the blacklisting reads the register again.
   */
  public static final String EXIT_CONTRACTS = "exitContracts";

  public static final String EXIT_FACTS = "exitFacts";

  /**
   * Outputs of the {@code contractor-exit} decision: {@code EXIT_BLACKLIST} | {@code NONE}, B1–B3,
   * reason.
   */
  public static final String EXIT_ACTION = "exitAction";

  public static final String EXIT_RULE = "exitRule";
  public static final String EXIT_REASON = "exitReason";

  /** {@code COMPLIED} | {@code NOT_COMPLIED}. */
  public static final String RECTIFICATION_RESULT = "rectificationResult";

  public static final String BLACKLIST_EVIDENCE = "blacklistEvidence";

  private ContractAssessmentProcess() {}

  static Map<String, Object> startVariables(
      Contract contract, String departmentName, String assessorGroup) {
    return startVariables(
        contract.number(), contract.title(), contract.department(), departmentName, assessorGroup);
  }

  static Map<String, Object> startVariables(
      String number, String title, String department, String departmentName, String assessorGroup) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CONTRACT_NUMBER, number);
    variables.put(ContractRenewalProcess.BUSINESS_NUMBER, number);
    variables.put(ContractRenewalProcess.BUSINESS_TITLE, "履约考核：" + title);
    variables.put(ContractRenewalProcess.DEPARTMENT, department);
    variables.put(ContractRenewalProcess.DEPARTMENT_NAME, departmentName);
    variables.put(ASSESSOR_GROUP, assessorGroup);
    variables.put(ContractRenewalProcess.STATUS_COLOUR_TEXT, ContractRenewalProcess.GREEN);
    return variables;
  }
}
