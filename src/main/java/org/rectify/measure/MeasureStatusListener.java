package org.rectify.measure;

import static java.util.Map.entry;
import static org.rectify.measure.MeasureLifecycle.Elements;
import static org.rectify.measure.MeasureLifecycle.Flows;
import static org.rectify.measure.MeasureLifecycle.Vars;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.reminder.StatusColour;
import org.springframework.stereotype.Component;

/**
 * Records every status transition of a measure (who, when, why) in its history, keyed by the BPMN
 * element or sequence flow that caused it, and keeps the Tasklist variables (department name, due
 * date text, traffic light) in step. Used as {@code ${measureStatusListener}} on the
 * status-changing flows ("take") and on the claim task, the look-back task and the reminder timers
 * ("start") of {@code measure-lifecycle}. The light is {@link StatusColour}'s, as in the daily
 * refresh and the reminder mails.
 */
@Component("measureStatusListener")
public class MeasureStatusListener implements ExecutionListener {

  /** A transition: the new status and the variable holding the user's reason, if any. */
  private record Transition(MeasureStatus status, String noteVariable) {}

  private static final Map<String, Transition> TRANSITIONS =
      Map.ofEntries(
          entry(Elements.CLAIM, new Transition(MeasureStatus.ASSIGNED, Vars.REASSIGN_NOTE)),
          entry(
              Flows.WRONG_DEPARTMENT,
              new Transition(MeasureStatus.WRONG_DEPARTMENT, Vars.WRONG_ASSIGNMENT_REASON)),
          entry(Flows.CLAIMED, new Transition(MeasureStatus.IN_PROGRESS, Vars.IMPLEMENTER)),
          entry(
              Flows.COMPLETION_SUBMITTED,
              new Transition(MeasureStatus.SUBMITTED, Vars.COMPLETION_STATEMENT)),
          entry(Flows.LEADER_APPROVED, new Transition(MeasureStatus.APPROVED, Vars.LEADER_COMMENT)),
          entry(Flows.LEADER_RETURNED, new Transition(MeasureStatus.RETURNED, Vars.LEADER_COMMENT)),
          entry(
              Flows.VERIFIED_COMPLETED,
              new Transition(MeasureStatus.COMPLETED, Vars.VERIFICATION_NOTES)),
          entry(
              Flows.VERIFIED_NOT_IN_PLACE,
              new Transition(MeasureStatus.NOT_IN_PLACE, Vars.VERIFICATION_NOTES)),
          entry(
              Flows.VERIFIED_LONG_TERM,
              new Transition(MeasureStatus.LONG_TERM, Vars.VERIFICATION_NOTES)),
          entry(
              Flows.ESCALATE_HARD_CASE,
              new Transition(MeasureStatus.ESCALATED, Vars.VERIFICATION_NOTES)),
          entry(
              Flows.LEADING_GROUP_INSTRUCTED,
              new Transition(MeasureStatus.IN_PROGRESS, Vars.LEADING_GROUP_INSTRUCTIONS)),
          entry(Elements.LOOK_BACK, new Transition(MeasureStatus.LOOK_BACK, null)),
          entry(
              Flows.LOOK_BACK_CONSOLIDATED,
              new Transition(MeasureStatus.CONSOLIDATED, Vars.LOOK_BACK_FINDINGS)),
          entry(
              Flows.LOOK_BACK_REBOUND,
              new Transition(MeasureStatus.REBOUND, Vars.LOOK_BACK_FINDINGS)));

  /**
   * States in which no department deadline runs: the light shows green (a long-term measure's
   * report deadline, while its report is open, is the exception).
   */
  private static final Set<MeasureStatus> WITHOUT_DEADLINE =
      Set.of(
          MeasureStatus.COMPLETED,
          MeasureStatus.LONG_TERM,
          MeasureStatus.LOOK_BACK,
          MeasureStatus.CONSOLIDATED);

  private final MeasureJournal journal;
  private final OrganizationDirectory organization;
  private final StatusColour statusColour;

  public MeasureStatusListener(
      MeasureJournal journal, OrganizationDirectory organization, StatusColour statusColour) {
    this.journal = journal;
    this.organization = organization;
    this.statusColour = statusColour;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String elementId =
        EVENTNAME_TAKE.equals(execution.getEventName())
            ? execution.getCurrentTransitionId()
            : execution.getCurrentActivityId();
    String code = MeasureLifecycle.code(execution);
    switch (elementId) {
      // a rung of the before-due ladder fired (T−14 is still green, T−1 yellow): the deadline says
      case Elements.TIMER_BEFORE_DUE ->
          MeasureLifecycle.update(
              execution,
              Vars.STATUS_COLOUR_TEXT,
              statusColour.textOf((java.util.Date) execution.getVariable(Vars.DUE_DATE)));
      case Elements.TIMER_OVERDUE,
          Elements.TIMER_SUPERVISE,
          Elements.TIMER_SECRETARY,
          Elements.TIMER_LONG_TERM_REPORT_OVERDUE ->
          MeasureLifecycle.update(
              execution, Vars.STATUS_COLOUR_TEXT, MeasureLifecycle.COLOUR_OVERDUE);
      case Flows.REASSIGNED -> reassigned(execution, code);
      default -> transition(execution, code, elementId);
    }
  }

  private void transition(DelegateExecution execution, String code, String elementId) {
    Transition transition = TRANSITIONS.get(elementId);
    if (transition == null) {
      throw new IllegalStateException("No measure status for element " + elementId);
    }
    if (Elements.CLAIM.equals(elementId) && !journal.isRegistered(code)) {
      throw new MeasureFormException(
          Vars.BUSINESS_NUMBER,
          (code == null ? "缺少整改措施编号" : "整改措施“" + code + "”未登记")
              + "：请通过“新增整改措施”（POST /api/measures）登记，流程随之启动");
    }
    if (Flows.VERIFIED_NOT_IN_PLACE.equals(elementId)
        || Flows.LOOK_BACK_REBOUND.equals(elementId)) {
      LocalDate newDue = MeasureLifecycle.day(execution, Vars.NEW_DUE_DATE);
      if (newDue != null) {
        MeasureLifecycle.setDueDate(execution, newDue);
        journal.changeDueDate(code, newDue);
      }
    }
    String note =
        transition.noteVariable() == null
            ? null
            : MeasureLifecycle.string(execution, transition.noteVariable());
    journal.recordStatus(code, transition.status(), actor(execution), note);
    followDeadline(execution, transition.status());
  }

  /**
   * The traffic light follows the deadline that runs in the new status: the measure's {@code
   * dueDate} while the department works on it; none ({@code statusDueDate = null}, green) once it
   * is completed, in look-back or consolidated, and for a long-term measure until its report is due
   * ({@link LongTermReportDeadline} sets the report's deadline when the report task opens).
   */
  private void followDeadline(DelegateExecution execution, MeasureStatus status) {
    if (WITHOUT_DEADLINE.contains(status)) {
      if (!execution.hasVariable(StatusColour.STATUS_DUE_DATE)
          || execution.getVariable(StatusColour.STATUS_DUE_DATE) != null) {
        execution.setVariable(StatusColour.STATUS_DUE_DATE, null);
      }
      MeasureLifecycle.update(execution, Vars.STATUS_COLOUR_TEXT, statusColour.textOf((Date) null));
    } else {
      if (execution.hasVariable(StatusColour.STATUS_DUE_DATE)) {
        execution.removeVariable(StatusColour.STATUS_DUE_DATE);
      }
      MeasureLifecycle.update(
          execution,
          Vars.STATUS_COLOUR_TEXT,
          statusColour.textOf(MeasureLifecycle.dueDate(execution)));
    }
  }

  private void reassigned(DelegateExecution execution, String code) {
    String department = MeasureLifecycle.department(execution);
    MeasureLifecycle.update(execution, Vars.DEPARTMENT_NAME, organization.nameOf(department));
    journal.changeDepartment(code, department);
  }

  static String actor(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null
        ? "system"
        : authentication.getUserId();
  }
}
