package org.rectify.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Process {@code contract-renewal} (processes/contract-renewal.bpmn): key, element ids, messages,
 * variables.
 */
public final class ContractRenewalProcess {

  public static final String KEY = "contract-renewal";

  /** Correlated by {@code contract-assessment} when the contractor exits: ends the renewal path. */
  public static final String MESSAGE_CONTRACTOR_EXITED = "ContractorExited";

  public static final String START = "StartEvent_ContractRegistered";
  public static final String SCHEDULE_TERM = "ServiceTask_ScheduleTerm";
  public static final String TIMER_TENDER_REMINDER = "Timer_TenderReminder";
  public static final String TENDER_REMINDER_MAIL = "ServiceTask_TenderReminderMail";
  public static final String PREPARE_TENDER_PLAN = "UserTask_PrepareTenderPlan";
  public static final String TIMER_TENDER_DEADLINE = "Timer_TenderDeadline";
  public static final String FLAG_TENDER_LATE = "ServiceTask_FlagTenderLate";
  public static final String TENDER_ESCALATION_MAIL = "ServiceTask_TenderEscalationMail";
  public static final String TIMER_TENDER_ESCALATION = "Timer_TenderEscalation";
  public static final String TENDER_SECRETARY_MAIL = "ServiceTask_TenderSecretaryMail";
  public static final String REGISTER_TENDER_TOPIC = "ServiceTask_RegisterTenderTopic";

  /**
   * Call activity: the tender plan goes through {@code agenda-prereview} as a TENDER_PLAN topic.
   */
  public static final String TENDER_PREREVIEW = "CallActivity_TenderPrereview";

  public static final String RECORD_TENDER_OUTCOME = "ServiceTask_RecordTenderOutcome";
  public static final String CONDUCT_TENDER = "UserTask_ConductTender";
  public static final String APPLY_POSTPONEMENT = "UserTask_ApplyPostponement";
  public static final String TEMPORARY_TENDER = "UserTask_TemporaryTender";
  public static final String CLOSE_RETENDERED = "ServiceTask_CloseRetendered";

  /**
   * Call activity: the contract awarded by the re-tender is signed through {@code
   * contract-signing}.
   */
  public static final String SIGN_RETENDERED = "CallActivity_SignRetendered";

  /** Call activity: a contract registered before signing goes through {@code contract-signing}. */
  public static final String SIGN_NEW_CONTRACT = "CallActivity_SignNewContract";

  public static final String GATEWAY_AWAITING_SIGNATURE = "Gateway_AwaitingSignature";

  /** Set at registration: the contract is not signed yet ({@code "signed": false}). */
  public static final String AWAITING_SIGNATURE = "awaitingSignature";

  public static final String END_RETENDERED = "EndEvent_Retendered";
  public static final String TIMER_RENEWAL_REMINDER = "Timer_RenewalReminder";
  public static final String RENEWAL_REMINDER_MAIL = "ServiceTask_RenewalReminderMail";
  public static final String COMPILE_PERFORMANCE = "ServiceTask_CompilePerformance";
  public static final String PREPARE_RENEWAL = "UserTask_PrepareRenewal";
  public static final String TIMER_RENEWAL_DEADLINE = "Timer_RenewalDeadline";
  public static final String TIMER_RENEWAL_UNDECIDED = "Timer_RenewalUndecided";
  public static final String TASK_RENEWAL_UNDECIDED_MAIL = "ServiceTask_RenewalUndecidedMail";
  public static final String FLAG_RENEWAL_LATE = "ServiceTask_FlagRenewalLate";
  public static final String RENEWAL_ESCALATION_MAIL = "ServiceTask_RenewalEscalationMail";
  public static final String TIMER_RENEWAL_ESCALATION = "Timer_RenewalEscalation";
  public static final String RENEWAL_SECRETARY_MAIL = "ServiceTask_RenewalSecretaryMail";
  public static final String REGISTER_RENEWAL_TOPIC = "ServiceTask_RegisterRenewalTopic";

  /**
   * Call activity: the renewal proposal goes through {@code agenda-prereview} as a CONTRACT_RENEWAL
   * topic.
   */
  public static final String RENEWAL_PREREVIEW = "CallActivity_RenewalPrereview";

  public static final String RECORD_RENEWAL_OUTCOME = "ServiceTask_RecordRenewalOutcome";
  public static final String LEGAL_REVIEW = "UserTask_LegalReview";
  public static final String RECORD_LEGAL_OPINION = "ServiceTask_RecordLegalOpinion";
  public static final String AMEND_CONTRACT = "UserTask_AmendContract";
  public static final String SIGN_RENEWAL = "UserTask_SignRenewal";
  public static final String RECORD_RENEWAL = "ServiceTask_RecordRenewal";
  public static final String TEAM_FILING = "UserTask_TeamFiling";
  public static final String RECORD_TEAM_FILING = "ServiceTask_RecordTeamFiling";
  public static final String END_TEAM_FILED = "EndEvent_TeamFiled";
  public static final String EXIT_START = "StartEvent_ContractorExited";
  public static final String REPLACEMENT_PROCUREMENT = "UserTask_ReplacementProcurement";
  public static final String END_EXITED = "EndEvent_ContractorExited";
  public static final String TIMER_ROUTINE_ASSESSMENT = "Timer_RoutineAssessment";
  public static final String START_ROUTINE_ASSESSMENT = "ServiceTask_StartRoutineAssessment";
  public static final String END_ROUTINE_ASSESSMENT = "EndEvent_RoutineAssessmentStarted";

  /**
   * Overdue reminders of the steps with their own working-day deadline (issue 26): each is a
   * non-interrupting timer on the first working day after the task's due date.
   */
  public static final String TIMER_LEGAL_REVIEW_OVERDUE = "Timer_LegalReviewOverdue";

  public static final String TIMER_AMEND_CONTRACT_OVERDUE = "Timer_AmendContractOverdue";
  public static final String TIMER_SIGN_RENEWAL_OVERDUE = "Timer_SignRenewalOverdue";
  public static final String TIMER_TEAM_FILING_OVERDUE = "Timer_TeamFilingOverdue";
  public static final String TIMER_REPLACEMENT_OVERDUE = "Timer_ReplacementProcurementOverdue";

  public static final String CONTRACT_NUMBER = "contractNumber";
  public static final String BUSINESS_NUMBER = "businessNumber";
  public static final String BUSINESS_TITLE = "businessTitle";
  public static final String DEPARTMENT = "department";
  public static final String DEPARTMENT_NAME = "departmentName";
  public static final String ENDS_ON = "endsOn";
  public static final String TENDER_REQUIRED = "tenderRequired";
  public static final String TENDER_REMINDER_AT = "tenderReminderAt";
  public static final String TENDER_DEADLINE = "tenderDeadline";
  public static final String RENEWAL_REMINDER_AT = "renewalReminderAt";
  public static final String RENEWAL_DEADLINE = "renewalDeadline";

  /**
   * When a renewal still without a meeting decision is escalated to the Party secretary (end − 14
   * days [A]).
   */
  public static final String UNDECIDED_ESCALATION_AT = "undecidedEscalationAt";

  public static final String DUE_DATE = "dueDate";
  public static final String DUE_DATE_TEXT = "dueDateText";
  public static final String STATUS_COLOUR_TEXT = "statusColourText";
  public static final String LATE = "late";
  public static final String PERFORMANCE_RECORD = "performanceRecord";

  /**
   * Topic facts handed to the agenda register (amount in yuan as a double, like {@code
   * agenda-prereview}'s).
   */
  public static final String CONTRACT_AMOUNT = "contractAmount";

  public static final String CONTRACTOR = "contractor";
  public static final String CONTRACTOR_CREDIT_CODE = "contractorCreditCode";
  public static final String CONTRACT_CATEGORY = "contractCategory";

  /**
   * Set by the agenda's {@code agendaTopicSubmission}: business key of the called {@code
   * agenda-prereview}.
   */
  public static final String TOPIC_NUMBER = "topicNumber";

  /**
   * Out-mapped from the called {@code agenda-prereview}: its {@code decision} (APPROVED,
   * APPROVED_WITH_CONDITIONS, NOT_APPROVED; null when the office rejected the topic, 不予上会),
   * meeting, minutes and conditions.
   */
  public static final String AGENDA_DECISION = "agendaDecision";

  public static final String AGENDA_MEETING = "agendaMeeting";
  public static final String AGENDA_MINUTES_REF = "agendaMinutesRef";
  public static final String AGENDA_CONDITIONS = "agendaConditions";

  /** Chinese text of the last agenda outcome, shown in the following forms. */
  public static final String AGENDA_OUTCOME_TEXT = "agendaOutcomeText";

  /**
   * Meeting decision on the renewal, from the agenda outcome: {@code APPROVED} | {@code REJECTED}.
   */
  public static final String RENEWAL_DECISION = "renewalDecision";

  /**
   * Meeting decision on the tender plan, from the agenda outcome: {@code APPROVED} | {@code
   * REJECTED}.
   */
  public static final String TENDER_PLAN_DECISION = "tenderPlanDecision";

  /** Formal legal opinion: {@code NO_OBJECTION} | {@code OBJECTION}. */
  public static final String LEGAL_VERDICT = "legalVerdict";

  public static final String LEGAL_OPINION_NO = "legalOpinionNo";
  public static final String FLAGGED_CLAUSES = "flaggedClauses";
  public static final String REQUIRED_AMENDMENTS = "requiredAmendments";
  public static final String NEW_ENDS_ON = "newEndsOn";

  /** Form fields checked by {@code ContractFormRules} (dates, justifications). */
  public static final String QUALITY_JUSTIFICATION = "qualityJustification";

  public static final String LATE_REASON = "lateReason";
  public static final String SIGNED_ON = "signedOn";

  /**
   * 三重一大 as the department declares it on the renewal proposal and the tender plan, with its
   * category (DECISION / PERSONNEL / PROJECT / LARGE_SUM); passed into the called agenda-prereview.
   */
  public static final String TRIPLE_ONE_MAJOR = "tripleOneMajor";

  public static final String TRIPLE_ONE_MAJOR_CATEGORY = "tripleOneMajorCategory";
  public static final String POSTPONEMENT_APPLIED_ON = "postponementAppliedOn";
  public static final String FILING_NOTICE_DEADLINE = "filingNoticeDeadline";
  public static final String AMENDMENT_NOTES = "amendmentNotes";
  public static final String REPLACEMENT_PLAN = "replacementPlan";

  /** Team filing (备案) form: does the filed team match the bid (货要对板)? */
  public static final String MATCHES_BID = "matchesBid";

  /**
   * Can the tender finish before expiry: {@code IN_TIME} | {@code DELAYED} (finance postponement).
   */
  public static final String TENDER_SCHEDULE = "tenderSchedule";

  public static final String CLOSURE_STATUS = "closureStatus";

  /**
   * Cron of the routine assessments, fixed at start (the event sub-process timer is armed with the
   * instance).
   */
  public static final String ASSESSMENT_CYCLE = "assessmentCycle";

  public static final String GREEN = "绿色 正常";
  public static final String YELLOW = "黄色 临近";
  public static final String RED = "红色 超期";

  private ContractRenewalProcess() {}

  static Map<String, Object> startVariables(
      String number,
      String title,
      String department,
      String departmentName,
      LocalDate endsOn,
      boolean tenderRequired,
      String assessmentCycle) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CONTRACT_NUMBER, number);
    variables.put(BUSINESS_NUMBER, number);
    variables.put(BUSINESS_TITLE, title);
    variables.put(DEPARTMENT, department);
    variables.put(DEPARTMENT_NAME, departmentName);
    variables.put(ENDS_ON, BusinessDates.at(endsOn));
    variables.put(TENDER_REQUIRED, tenderRequired);
    variables.put(LATE, false);
    variables.put(ASSESSMENT_CYCLE, assessmentCycle);
    variables.put(AWAITING_SIGNATURE, false);
    return variables;
  }

  /**
   * What the agenda register needs of the contract: amount, contractor (checked against the
   * blacklist), category.
   */
  static Map<String, Object> topicFacts(
      BigDecimal amount, String contractor, String creditCode, String category) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CONTRACT_AMOUNT, amount.doubleValue());
    variables.put(CONTRACTOR, contractor);
    variables.put(CONTRACTOR_CREDIT_CODE, creditCode);
    variables.put(CONTRACT_CATEGORY, category);
    return variables;
  }
}
