package org.rectify.measure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The {@code rectification-plan} process as code sees it: one instance per inspection's plan
 * (business key {@code PLAN-<id>}), element ids used by code and tests, variables with typed
 * accessors.
 */
public final class RectificationPlan {

  public static final String PROCESS_KEY = "rectification-plan";

  /** Leading-group progress reviews: every two weeks, 12 times (≈ phases 1 and 2). */
  public static final String DEFAULT_REVIEW_CYCLE = "R12/P14D";

  /** Element ids of processes/rectification-plan.bpmn. */
  public static final class Elements {
    public static final String REGISTER_FEEDBACK = "UserTask_RegisterFeedback";
    public static final String SET_UP_LEADING_GROUP = "UserTask_SetUpLeadingGroup";
    public static final String DRAFT_PLAN = "UserTask_DraftPlan";
    public static final String APPROVE_PLAN = "UserTask_ApprovePlan";
    public static final String START_MEASURES = "ServiceTask_StartMeasures";
    public static final String PHASE1_END = "Timer_Phase1End";
    public static final String PHASE1_REVIEW = "UserTask_Phase1Review";
    public static final String PHASE2_END = "Timer_Phase2End";
    public static final String PHASE2_REVIEW = "UserTask_Phase2Review";
    public static final String PHASE3_END = "Timer_Phase3End";
    public static final String LOOK_BACK_SUMMARY = "UserTask_LookBackSummary";
    public static final String CLOSE_PLAN = "UserTask_ClosePlan";
    public static final String PLAN_CLOSED = "EndEvent_PlanClosed";
    public static final String PREPARE_DIGEST = "UserTask_PrepareProgressDigest";
    public static final String LEADING_GROUP_MEETING = "UserTask_LeadingGroupMeeting";
    public static final String REMIND_APPROVAL = "ServiceTask_RemindApproval";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Vars {
    public static final String PLAN_ID = "planId";
    public static final String PHASE1_END = "phase1End";
    public static final String PHASE2_END = "phase2End";
    public static final String PHASE3_START = "phase3Start";
    public static final String PHASE3_END = "phase3End";
    public static final String REVIEW_CYCLE = "reviewCycle";
    public static final String PLAN_DECISION = "planDecision";
    public static final String FEEDBACK_DATE = "feedbackDate";
    public static final String INSPECTION_DEADLINE = "inspectionDeadline";
    public static final String PROGRESS_DIGEST = "progressDigest";
    public static final String MEASURES_STARTED = "measuresStarted";

    private Vars() {}
  }

  public enum PlanDecision {
    APPROVE,
    REVISE
  }

  private RectificationPlan() {}

  public static String businessKey(long planId) {
    return "PLAN-" + planId;
  }

  /** Start variables; phase days end at 18:00 Asia/Shanghai (end of the working day). */
  public static Map<String, Object> startVariables(
      long planId,
      String title,
      LocalDate phase1End,
      LocalDate phase2End,
      LocalDate phase3Start,
      LocalDate phase3End,
      String reviewCycle) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.PLAN_ID, planId);
    variables.put(MeasureLifecycle.Vars.BUSINESS_NUMBER, businessKey(planId));
    variables.put(MeasureLifecycle.Vars.BUSINESS_TITLE, title);
    variables.put(MeasureLifecycle.Vars.DEPARTMENT, "rectOffice");
    variables.put(MeasureLifecycle.Vars.DEPARTMENT_NAME, "整改办");
    variables.put(
        MeasureLifecycle.Vars.DUE_DATE_TEXT, DateTimeFormatter.ISO_LOCAL_DATE.format(phase3End));
    variables.put(MeasureLifecycle.Vars.STATUS_COLOUR_TEXT, MeasureLifecycle.COLOUR_NORMAL);
    variables.put(Vars.PHASE1_END, workdayEnd(phase1End));
    variables.put(Vars.PHASE2_END, workdayEnd(phase2End));
    variables.put(Vars.PHASE3_START, workdayEnd(phase3Start));
    variables.put(Vars.PHASE3_END, workdayEnd(phase3End));
    variables.put(Vars.REVIEW_CYCLE, reviewCycle);
    return variables;
  }

  public static long planId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.PLAN_ID)).longValue();
  }

  public static LocalDate phase3Start(VariableScope scope) {
    return MeasureLifecycle.dayOf((Date) scope.getVariable(Vars.PHASE3_START));
  }

  static Date workdayEnd(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(18, 0)).atZone(MeasureLifecycle.ZONE).toInstant());
  }
}
