package org.rectify.spotcheck;

/**
 * Names of the {@code spot-check} and {@code spot-check-rectification} models that code and tests
 * refer to: process keys, element ids, the message and the process variables. One place, so a
 * renamed element breaks the build.
 */
public final class SpotCheckProcess {

  public static final String PROCESS_KEY = "spot-check";
  public static final String RECTIFICATION_PROCESS_KEY = "spot-check-rectification";
  public static final String MESSAGE_NOTICE_ISSUED = "SpotCheckNoticeIssued";

  // spot-check-schedule
  public static final String SCHEDULE_PROCESS_KEY = "spot-check-schedule";
  public static final String START_SCHEDULE_WINDOW = "StartEvent_ScheduleWindow";
  public static final String TIMER_RANDOM_MOMENT = "Timer_RandomMoment";
  public static final String END_CHECK_STARTED = "EndEvent_CheckStarted";

  // spot-check
  public static final String USER_TASK_PLAN = "UserTask_PlanCheck";
  public static final String USER_TASK_CARRY_OUT = "UserTask_CarryOutCheck";
  public static final String USER_TASK_RECORD_FINDING = "UserTask_RecordFinding";
  public static final String USER_TASK_CONFIRM_FINDING = "UserTask_ConfirmFinding";
  public static final String USER_TASK_DECIDE_NOTICE = "UserTask_DecideNotice";
  public static final String USER_TASK_DRAFT_NOTICE = "UserTask_DraftNotice";
  public static final String USER_TASK_APPROVE_NOTICE = "UserTask_ApproveNotice";
  public static final String USER_TASK_REMINDER_TALK = "UserTask_RecordReminderTalk";
  public static final String CALL_ACTIVITY_RECTIFICATION = "CallActivity_Rectification";
  public static final String GATEWAY_AWAIT_BUNDLED_NOTICE = "Gateway_AwaitBundledNotice";
  public static final String CATCH_BUNDLED_NOTICE = "IntermediateCatch_BundledNoticeIssued";

  /**
   * 20 working days without another check's notice: the bundled check is drafted as a notice of its
   * own (issue 26: no wait without an end).
   */
  public static final String TIMER_BUNDLED_NOTICE_OVERDUE = "Timer_BundledNoticeOverdue";

  public static final String END_NO_FINDINGS = "EndEvent_NoFindings";
  public static final String END_ALL_DISMISSED = "EndEvent_AllDismissed";
  public static final String END_TALK_INSTEAD = "EndEvent_TalkInstead";
  public static final String END_BUNDLED = "EndEvent_Bundled";
  public static final String END_RECTIFIED = "EndEvent_Rectified";
  public static final String END_RECTIFIED_WITH_TALK = "EndEvent_RectifiedWithTalk";

  // spot-check-rectification
  public static final String USER_TASK_RECTIFY = "UserTask_Rectify";
  public static final String USER_TASK_VERIFY = "UserTask_VerifyRectification";
  public static final String TIMER_BEFORE_DUE = "Timer_BeforeDue";
  public static final String TIMER_OVERDUE = "Timer_Overdue";
  public static final String TIMER_ESCALATE_TO_LEADER = "Timer_EscalateToLeader";
  public static final String TIMER_ESCALATE_TO_SECRETARY = "Timer_EscalateToSecretary";
  public static final String SERVICE_TASK_ESCALATE_TO_LEADER = "ServiceTask_EscalateToLeader";
  public static final String SERVICE_TASK_ESCALATE_TO_SECRETARY = "ServiceTask_EscalateToSecretary";
  public static final String END_VERIFIED = "EndEvent_Verified";

  /**
   * Process variables (set by the API, the forms or the delegates); read them through {@link
   * SpotCheckVariables}.
   */
  public static final class Var {
    public static final String CHECK_NUMBER = "checkNumber";
    public static final String CHECK_TYPE = "checkType";
    public static final String PLANNED_FROM = "plannedFrom";
    public static final String PLANNED_TO = "plannedTo";
    public static final String TARGETS = "targets";
    public static final String MEMBERS = "members";
    public static final String FOCUS = "focus";
    public static final String VISITED_ON = "visitedOn";
    public static final String VISIT_SITES = "visitSites";
    public static final String VISIT_NOTE = "visitNote";
    public static final String VISIT_RESULT = "visitResult";
    public static final String CATEGORY = "category";
    public static final String PERSON_NAME = "personName";
    public static final String FINDING_DEPARTMENT = "findingDepartment";
    public static final String FOUND_ON = "foundOn";
    public static final String FOUND_TIME = "foundTime";
    public static final String PLACE = "place";
    public static final String DESCRIPTION = "description";
    public static final String EVIDENCE = "evidence";
    public static final String MORE_FINDINGS = "moreFindings";
    public static final String FINDING_ID = "findingId";
    public static final String FINDING_DECISION = "findingDecision";
    public static final String PERSON_EXPLANATION = "personExplanation";
    public static final String DECISION_REASON = "decisionReason";
    public static final String CONFIRMED_FINDINGS = "confirmedFindings";
    public static final String CONFIRMED_FINDINGS_TEXT = "confirmedFindingsText";
    public static final String CLOSE_STATUS = "closeStatus";
    public static final String NOTICE_DECISION = "noticeDecision";
    public static final String NOTICE_NUMBER = "noticeNumber";
    public static final String NOTICE_DATE = "noticeDate";
    public static final String REQUIREMENTS = "requirements";
    public static final String DEADLINE = "deadline";
    public static final String APPROVAL_RESULT = "approvalResult";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String NOTICE_ID = "noticeId";
    public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
    public static final String MEASURES_TAKEN = "measuresTaken";
    public static final String RECTIFIED_ON = "rectifiedOn";
    public static final String FINDINGS_TEXT = "findingsText";
    public static final String VERIFICATION_RESULT = "verificationResult";
    public static final String VERIFICATION_NOTE = "verificationNote";
    public static final String REPEAT_OFFENDERS_FOUND = "repeatOffendersFound";
    public static final String REPEAT_OFFENDERS = "repeatOffenders";
    public static final String TALK_DATE = "talkDate";
    public static final String TALK_HELD_BY = "talkHeldBy";
    public static final String TALK_REFERENCE = "talkReference";
    public static final String TALK_NOTE = "talkNote";
    // shared Tasklist variables (foundation contract)
    public static final String DEPARTMENT = "department";
    public static final String DUE_DATE = "dueDate";
    public static final String BUSINESS_NUMBER = "businessNumber";
    public static final String BUSINESS_TITLE = "businessTitle";
    public static final String DEPARTMENT_NAME = "departmentName";
    public static final String DUE_DATE_TEXT = "dueDateText";
    public static final String STATUS_COLOUR_TEXT = "statusColourText";

    private Var() {}
  }

  private SpotCheckProcess() {}
}
