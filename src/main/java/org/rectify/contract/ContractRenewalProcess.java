package org.rectify.contract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Process {@code contract-renewal} (processes/contract-renewal.bpmn): key, element ids, messages, variables. */
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
  public static final String TENDER_MEETING_DECISION = "UserTask_TenderMeetingDecision";
  public static final String CONDUCT_TENDER = "UserTask_ConductTender";
  public static final String APPLY_POSTPONEMENT = "UserTask_ApplyPostponement";
  public static final String TEMPORARY_TENDER = "UserTask_TemporaryTender";
  public static final String CLOSE_RETENDERED = "ServiceTask_CloseRetendered";
  public static final String END_RETENDERED = "EndEvent_Retendered";
  public static final String TIMER_RENEWAL_REMINDER = "Timer_RenewalReminder";
  public static final String RENEWAL_REMINDER_MAIL = "ServiceTask_RenewalReminderMail";
  public static final String COMPILE_PERFORMANCE = "ServiceTask_CompilePerformance";
  public static final String PREPARE_RENEWAL = "UserTask_PrepareRenewal";
  public static final String TIMER_RENEWAL_DEADLINE = "Timer_RenewalDeadline";
  public static final String FLAG_RENEWAL_LATE = "ServiceTask_FlagRenewalLate";
  public static final String RENEWAL_ESCALATION_MAIL = "ServiceTask_RenewalEscalationMail";
  public static final String MEETING_DECISION = "UserTask_MeetingDecision";
  public static final String LEGAL_REVIEW = "UserTask_LegalReview";
  public static final String RECORD_LEGAL_OPINION = "ServiceTask_RecordLegalOpinion";
  public static final String AMEND_CONTRACT = "UserTask_AmendContract";
  public static final String SIGN_RENEWAL = "UserTask_SignRenewal";
  public static final String RECORD_RENEWAL = "ServiceTask_RecordRenewal";
  public static final String EXIT_START = "StartEvent_ContractorExited";
  public static final String REPLACEMENT_PROCUREMENT = "UserTask_ReplacementProcurement";
  public static final String END_EXITED = "EndEvent_ContractorExited";
  public static final String TIMER_ROUTINE_ASSESSMENT = "Timer_RoutineAssessment";
  public static final String START_ROUTINE_ASSESSMENT = "ServiceTask_StartRoutineAssessment";
  public static final String END_ROUTINE_ASSESSMENT = "EndEvent_RoutineAssessmentStarted";

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
  public static final String DUE_DATE = "dueDate";
  public static final String DUE_DATE_TEXT = "dueDateText";
  public static final String STATUS_COLOUR_TEXT = "statusColourText";
  public static final String LATE = "late";
  public static final String PERFORMANCE_RECORD = "performanceRecord";
  /** Meeting decision on the renewal: {@code APPROVED} | {@code REJECTED}. */
  public static final String RENEWAL_DECISION = "renewalDecision";
  /** Meeting decision on the tender plan: {@code APPROVED} | {@code REJECTED}. */
  public static final String TENDER_PLAN_DECISION = "tenderPlanDecision";
  /** Formal legal opinion: {@code NO_OBJECTION} | {@code OBJECTION}. */
  public static final String LEGAL_VERDICT = "legalVerdict";
  public static final String LEGAL_OPINION_NO = "legalOpinionNo";
  public static final String FLAGGED_CLAUSES = "flaggedClauses";
  public static final String REQUIRED_AMENDMENTS = "requiredAmendments";
  public static final String NEW_ENDS_ON = "newEndsOn";
  /** Can the tender finish before expiry: {@code IN_TIME} | {@code DELAYED} (finance postponement). */
  public static final String TENDER_SCHEDULE = "tenderSchedule";
  public static final String CLOSURE_STATUS = "closureStatus";
  /** Cron of the routine assessments, fixed at start (the event sub-process timer is armed with the instance). */
  public static final String ASSESSMENT_CYCLE = "assessmentCycle";

  public static final String GREEN = "绿色 正常";
  public static final String YELLOW = "黄色 临近";
  public static final String RED = "红色 超期";

  private ContractRenewalProcess() {}

  static Map<String, Object> startVariables(String number, String title, String department, String departmentName,
      LocalDate endsOn, boolean tenderRequired, String assessmentCycle) {
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
    return variables;
  }
}
