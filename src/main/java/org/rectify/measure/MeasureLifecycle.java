package org.rectify.measure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The {@code measure-lifecycle} process as code sees it: process key, the element ids that code and
 * tests refer to, and every process variable declared once with a typed accessor, so no {@code
 * (String) getVariable("x")} is scattered around. One instance per rectification measure, business
 * key = measure code ({@code M01}…).
 */
public final class MeasureLifecycle {

  public static final String PROCESS_KEY = "measure-lifecycle";
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Element ids of the model (processes/measure-lifecycle.bpmn). */
  public static final class Elements {
    public static final String CLAIM = "UserTask_ClaimMeasure";
    public static final String REASSIGN = "UserTask_ReassignDepartment";
    public static final String IMPLEMENTATION = "SubProcess_Implementation";
    public static final String REPORT_PROGRESS = "UserTask_ReportProgress";
    public static final String SUBMIT_COMPLETION = "UserTask_SubmitCompletion";
    public static final String LEADER_APPROVAL = "UserTask_LeaderApproval";
    public static final String VERIFY = "UserTask_VerifyMeasure";
    public static final String LEADING_GROUP_REVIEW = "UserTask_LeadingGroupReview";
    public static final String REPORT_LONG_TERM = "UserTask_ReportLongTerm";
    public static final String LOOK_BACK = "UserTask_LookBack";
    public static final String LOOK_BACK_WINDOW = "Timer_LookBackWindow";
    public static final String NEXT_LONG_TERM_REPORT = "Timer_NextLongTermReport";
    public static final String TIMER_CLAIM_OVERDUE = "Timer_ClaimOverdue";
    public static final String TIMER_BEFORE_DUE = "Timer_BeforeDue";
    public static final String TIMER_OVERDUE = "Timer_Overdue";
    public static final String TIMER_SUPERVISE = "Timer_SuperviseNotice";
    public static final String TIMER_SECRETARY = "Timer_EscalateToSecretary";
    public static final String TIMER_LEADER_APPROVAL_OVERDUE = "Timer_LeaderApprovalOverdue";
    public static final String TIMER_VERIFICATION_OVERDUE = "Timer_VerificationOverdue";
    public static final String TIMER_LEADING_GROUP_REVIEW_OVERDUE =
        "Timer_LeadingGroupReviewOverdue";
    public static final String TIMER_LOOK_BACK_OVERDUE = "Timer_LookBackOverdue";
    public static final String TIMER_LONG_TERM_REPORT_OVERDUE = "Timer_LongTermReportOverdue";
    public static final String TIMER_REASSIGNMENT_OVERDUE = "Timer_ReassignmentOverdue";
    public static final String END_CONSOLIDATED = "EndEvent_Consolidated";

    private Elements() {}
  }

  /** Sequence flows whose taking changes the measure's status (execution listeners on "take"). */
  public static final class Flows {
    public static final String CLAIMED = "Flow_Claimed";
    public static final String WRONG_DEPARTMENT = "Flow_WrongDepartment";
    public static final String REASSIGNED = "Flow_Reassigned";
    public static final String COMPLETION_SUBMITTED = "Flow_CompletionSubmitted";
    public static final String LEADER_APPROVED = "Flow_LeaderApproved";
    public static final String LEADER_RETURNED = "Flow_LeaderReturned";
    public static final String VERIFIED_COMPLETED = "Flow_VerifiedCompleted";
    public static final String VERIFIED_NOT_IN_PLACE = "Flow_VerifiedNotInPlace";
    public static final String VERIFIED_LONG_TERM = "Flow_VerifiedLongTerm";
    public static final String ESCALATE_HARD_CASE = "Flow_EscalateHardCase";
    public static final String LEADING_GROUP_INSTRUCTED = "Flow_LeadingGroupInstructed";
    public static final String LOOK_BACK_CONSOLIDATED = "Flow_LookBackConsolidated";
    public static final String LOOK_BACK_REBOUND = "Flow_LookBackRebound";

    private Flows() {}
  }

  /** Process variable names; values of the decision variables are the enums' names below. */
  public static final class Vars {
    public static final String BUSINESS_NUMBER = "businessNumber";
    public static final String BUSINESS_TITLE = "businessTitle";
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_NAME = "departmentName";
    public static final String DUE_DATE = "dueDate";
    public static final String DUE_DATE_TEXT = "dueDateText";
    public static final String STATUS_COLOUR_TEXT = "statusColourText";
    public static final String LOOK_BACK_DATE = "lookBackDate";
    public static final String CLAIM_DECISION = "claimDecision";
    public static final String IMPLEMENTER = "implementer";
    public static final String WRONG_ASSIGNMENT_REASON = "wrongAssignmentReason";
    public static final String REASSIGN_NOTE = "reassignNote";
    public static final String PROGRESS_NARRATIVE = "progressNarrative";
    public static final String PROGRESS_PERCENT = "progressPercent";
    public static final String PROGRESS_ACTION = "progressAction";
    public static final String COMPLETION_STATEMENT = "completionStatement";
    public static final String DELIVERABLES = "deliverables";
    public static final String METRICS = "metrics";
    public static final String CAUSE_CLARIFIED = "causeClarified";
    public static final String RECTIFIED = "rectified";
    public static final String RULE_ESTABLISHED = "ruleEstablished";
    public static final String LEADER_DECISION = "leaderDecision";
    public static final String LEADER_COMMENT = "leaderComment";
    public static final String VERIFICATION_OUTCOME = "verificationOutcome";
    public static final String VERIFICATION_NOTES = "verificationNotes";
    public static final String ESCALATE_TO_LEADING_GROUP = "escalateToLeadingGroup";
    public static final String NEW_DUE_DATE = "newDueDate";
    public static final String LEADING_GROUP_INSTRUCTIONS = "leadingGroupInstructions";
    public static final String LONG_TERM_REPORT = "longTermReport";
    public static final String MECHANISM_ESTABLISHED = "mechanismEstablished";
    public static final String LOOK_BACK_RESULT = "lookBackResult";
    public static final String LOOK_BACK_FINDINGS = "lookBackFindings";

    /**
     * Task-local, read-only on the approval and verification forms ({@code MeasureReviewListener}).
     */
    public static final String REVIEW_PROGRESS_TEXT = "reviewProgressText";

    public static final String REVIEW_THREE_NOTS_TEXT = "reviewThreeNotsText";
    public static final String REVIEW_EVIDENCE_TEXT = "reviewEvidenceText";

    private Vars() {}
  }

  public enum ClaimDecision {
    CLAIM,
    WRONG_DEPARTMENT
  }

  public enum ProgressAction {
    CONTINUE,
    SUBMIT
  }

  public enum LeaderDecision {
    APPROVE,
    RETURN
  }

  public enum VerificationOutcome {
    COMPLETED,
    NOT_IN_PLACE,
    LONG_TERM
  }

  public enum LookBackResult {
    CONSOLIDATED,
    REBOUND
  }

  public static final String COLOUR_NORMAL = "绿色 正常";
  public static final String COLOUR_DUE_SOON = "黄色 临近";
  public static final String COLOUR_OVERDUE = "红色 超期";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private MeasureLifecycle() {}

  /** The variables a new instance starts with (business key = {@code code}). */
  public static Map<String, Object> startVariables(
      String code,
      String title,
      String department,
      String departmentName,
      LocalDate dueDay,
      Date lookBackDate) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.BUSINESS_NUMBER, code);
    variables.put(Vars.BUSINESS_TITLE, title);
    variables.put(Vars.DEPARTMENT, department);
    variables.put(Vars.DEPARTMENT_NAME, departmentName);
    variables.put(Vars.DUE_DATE, endOfDay(dueDay));
    variables.put(Vars.DUE_DATE_TEXT, DAY.format(dueDay));
    variables.put(Vars.STATUS_COLOUR_TEXT, COLOUR_NORMAL);
    variables.put(Vars.LOOK_BACK_DATE, lookBackDate);
    return variables;
  }

  /**
   * A measure's due day ends at 23:59:59 in Asia/Shanghai: due "2026-12-03" is overdue from 12-04.
   */
  public static Date endOfDay(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZONE).minusSeconds(1).toInstant());
  }

  public static LocalDate dayOf(Date date) {
    return date.toInstant().atZone(ZONE).toLocalDate();
  }

  public static String code(VariableScope scope) {
    return string(scope, Vars.BUSINESS_NUMBER);
  }

  public static String department(VariableScope scope) {
    return string(scope, Vars.DEPARTMENT);
  }

  public static Date dueDate(VariableScope scope) {
    return (Date) scope.getVariable(Vars.DUE_DATE);
  }

  /** Sets the due date and its text together, so Tasklist always shows what timers use. */
  public static void setDueDate(VariableScope scope, LocalDate day) {
    scope.setVariable(Vars.DUE_DATE, endOfDay(day));
    scope.setVariable(Vars.DUE_DATE_TEXT, DAY.format(day));
  }

  /**
   * Sets a variable only when its value changes. Setting an equal value is not free: the engine
   * still records a variable update in history (a look-up and an update of {@code ACT_HI_VARINST}),
   * e.g. the traffic light that stays green through most status changes (docs/benchmarks.md).
   */
  public static void update(VariableScope scope, String name, Object value) {
    if (!Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
  }

  /** A text variable, null when unset; numbers and booleans as their text. */
  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** A form checkbox: true only when ticked. */
  public static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** A date field of a Camunda Form ("2026-12-03") or a java.util.Date; null when unset. */
  public static LocalDate day(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return dayOf(date);
    }
    return value == null || value.toString().isBlank()
        ? null
        : LocalDate.parse(value.toString().substring(0, 10));
  }
}
