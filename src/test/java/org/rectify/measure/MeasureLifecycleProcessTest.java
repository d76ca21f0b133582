package org.rectify.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rectify.measure.MeasureLifecycle.Elements;
import static org.rectify.measure.MeasureLifecycle.Vars;
import static org.rectify.measure.MeasureStatus.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.reminder.StatusColour;

/**
 * Every path of {@code measure-lifecycle}, time moved with the engine clock; flow-node coverage ≥
 * 95 %.
 */
@Deployment(
    resources = {
      "processes/measure-lifecycle.bpmn",
      "forms/measure-claim.form",
      "forms/measure-reassign.form",
      "forms/measure-progress.form",
      "forms/measure-completion.form",
      "forms/measure-leader-approval.form",
      "forms/measure-verification.form",
      "forms/measure-leading-group-review.form",
      "forms/measure-long-term.form",
      "forms/measure-look-back.form"
    })
class MeasureLifecycleProcessTest extends MeasureLifecycleTestSupport {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE =
      ProcessEngineCoverageExtension.Companion.builder("camunda-measure.cfg.xml")
          .assertClassCoverageAtLeast(0.95)
          .build();

  @Override
  ProcessEngine processEngine() {
    return ENGINE.getProcessEngine();
  }

  @Test
  void departmentHeadClaimsAndTheMeasureIsClosedAfterVerificationAndLookBack() {
    ProcessInstance instance = start();
    assertThat(openTask(instance, Elements.CLAIM).getAssignee()).isEqualTo("enforcementHead");
    engine.getIdentityService().setAuthenticatedUserId("enforcementHead");
    claim(instance);
    assertCandidateGroup(instance, "enforcement");
    submit(instance);
    assertThat(openTask(instance, Elements.LEADER_APPROVAL).getAssignee()).isEqualTo("leaders2");
    approve(instance);
    assertCandidateGroup(instance, "rectOffice");
    verify(instance, "COMPLETED");
    assertWaitingAt(instance, Elements.LOOK_BACK_WINDOW);

    runJobsAt(at(LocalDateTime.of(2027, 3, 1, 9, 1)));
    complete(
        instance,
        Elements.LOOK_BACK,
        Vars.LOOK_BACK_RESULT,
        "CONSOLIDATED",
        Vars.LOOK_BACK_FINDINGS,
        "未反弹");

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
        .hasPassed(Elements.END_CONSOLIDATED)
        .isEnded();
    assertThat(journal.statusSequence())
        .containsExactly(
            ASSIGNED, IN_PROGRESS, SUBMITTED, APPROVED, COMPLETED, LOOK_BACK, CONSOLIDATED);
    assertThat(journal.statuses.get(1).actor()).isEqualTo("enforcementHead");
    assertThat(journal.statuses.get(1).note()).isEqualTo("马执中");
    assertThat(journal.completions)
        .singleElement()
        .satisfies(c -> assertThat(c).containsEntry(Vars.RULE_ESTABLISHED, true));
    assertThat(journal.lookBacks).containsExactly("CONSOLIDATED");
  }

  @Test
  void wronglyAssignedMeasureGoesBackToTheOfficeAndToTheNewDepartmentsHead() {
    ProcessInstance instance = start();
    complete(
        instance,
        Elements.CLAIM,
        Vars.CLAIM_DECISION,
        "WRONG_DEPARTMENT",
        Vars.WRONG_ASSIGNMENT_REASON,
        "属于园林绿化科职责");
    assertCandidateGroup(instance, "rectOffice");
    complete(
        instance, Elements.REASSIGN, Vars.DEPARTMENT, "greening", Vars.REASSIGN_NOTE, "改由园林绿化科负责");

    assertThat(openTask(instance, Elements.CLAIM).getAssignee()).isEqualTo("greeningHead");
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
        .variables()
        .containsEntry(Vars.DEPARTMENT_NAME, "园林绿化科");
    assertThat(journal.departments).containsExactly("greening");
    assertThat(journal.statusSequence()).containsExactly(ASSIGNED, WRONG_DEPARTMENT, ASSIGNED);
    assertThat(journal.statuses.get(2).note()).isEqualTo("改由园林绿化科负责");
  }

  @Test
  void departmentReportsProgressEachCycleUntilItSubmitsCompletion() {
    ProcessInstance instance = start();
    claim(instance);
    for (int cycle = 1; cycle <= 2; cycle++) {
      assertThat(openTask(instance, Elements.REPORT_PROGRESS).getDueDate())
          .isEqualTo(java.util.Date.from(NOW.toInstant().plus(java.time.Duration.ofDays(14))));
      complete(
          instance,
          Elements.REPORT_PROGRESS,
          Vars.PROGRESS_NARRATIVE,
          "第" + cycle + "期：专项行动进行中",
          Vars.PROGRESS_PERCENT,
          40L * cycle,
          Vars.PROGRESS_ACTION,
          "CONTINUE");
    }
    submit(instance);

    assertWaitingAt(instance, Elements.LEADER_APPROVAL);
    assertThat(journal.progress).hasSize(3).first().isEqualTo("第1期：专项行动进行中");
  }

  @Test
  void leaderReturnsTheSubmissionToTheDepartment() {
    ProcessInstance instance = start();
    claim(instance);
    submit(instance);
    complete(
        instance,
        Elements.LEADER_APPROVAL,
        Vars.LEADER_DECISION,
        "RETURN",
        Vars.LEADER_COMMENT,
        "成效数据不全");

    assertWaitingAt(instance, Elements.REPORT_PROGRESS);
    assertThat(journal.statusSequence())
        .containsExactly(ASSIGNED, IN_PROGRESS, SUBMITTED, RETURNED);
    assertThat(journal.statuses.get(3).note()).isEqualTo("成效数据不全");
  }

  @Test
  void notInPlaceSendsTheMeasureBackWithReasonsAndANewDueDate() {
    ProcessInstance instance = startAndSubmit();
    verify(
        instance,
        "NOT_IN_PLACE",
        Vars.NEW_DUE_DATE,
        "2027-01-31",
        Vars.ESCALATE_TO_LEADING_GROUP,
        false);

    assertWaitingAt(instance, Elements.REPORT_PROGRESS);
    assertThat(journal.statusSequence().get(4)).isEqualTo(NOT_IN_PLACE);
    assertThat(journal.statuses.get(4).note()).isEqualTo("核验意见：NOT_IN_PLACE");
    assertThat(journal.dueDates).containsExactly(LocalDate.of(2027, 1, 31));
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
        .variables()
        .containsEntry(Vars.DUE_DATE_TEXT, "2027-01-31");
  }

  @Test
  void longTermMeasureIsTrackedEachCycleUntilItsMechanismIsEstablished() {
    ProcessInstance instance = startAndSubmit();
    verify(instance, "LONG_TERM");
    assertCandidateGroup(instance, "enforcement");
    complete(
        instance,
        Elements.REPORT_LONG_TERM,
        Vars.LONG_TERM_REPORT,
        "本月开展专项行动一次，机制试运行",
        Vars.MECHANISM_ESTABLISHED,
        false);
    assertWaitingAt(instance, Elements.NEXT_LONG_TERM_REPORT);

    runJobsAt(at(LocalDateTime.of(2026, 12, 28, 9, 0)));
    complete(
        instance,
        Elements.REPORT_LONG_TERM,
        Vars.LONG_TERM_REPORT,
        "勤务机制稳定运行，纳入年度考核",
        Vars.MECHANISM_ESTABLISHED,
        true);

    assertWaitingAt(instance, Elements.LOOK_BACK_WINDOW);
    assertThat(journal.statusSequence()).endsWith(LONG_TERM);
    assertThat(journal.progress).hasSize(3);
  }

  @Test
  void hardCaseIsEscalatedToTheLeadingGroupAndItsInstructionsGoToTheDepartment() {
    ProcessInstance instance = startAndSubmit();
    verify(
        instance,
        "NOT_IN_PLACE",
        Vars.NEW_DUE_DATE,
        "2027-02-28",
        Vars.ESCALATE_TO_LEADING_GROUP,
        true);
    assertCandidateGroup(instance, "leadingGroup");
    complete(
        instance, Elements.LEADING_GROUP_REVIEW, Vars.LEADING_GROUP_INSTRUCTIONS, "统筹街道力量，月底前完成");

    assertWaitingAt(instance, Elements.REPORT_PROGRESS);
    assertThat(journal.statusSequence()).endsWith(NOT_IN_PLACE, ESCALATED, IN_PROGRESS);
    assertThat(journal.statuses.get(journal.statuses.size() - 1).note()).isEqualTo("统筹街道力量，月底前完成");
  }

  @Test
  void reboundFoundInTheLookBackReopensTheMeasure() {
    ProcessInstance instance = startAndSubmit();
    verify(instance, "COMPLETED");
    runJobsAt(at(LocalDateTime.of(2027, 3, 2, 9, 0)));
    complete(
        instance,
        Elements.LOOK_BACK,
        Vars.LOOK_BACK_RESULT,
        "REBOUND",
        Vars.LOOK_BACK_FINDINGS,
        "占道问题反弹",
        Vars.NEW_DUE_DATE,
        "2027-04-30");

    assertWaitingAt(instance, Elements.REPORT_PROGRESS);
    assertThat(journal.statusSequence()).endsWith(COMPLETED, LOOK_BACK, REBOUND);
    assertThat(journal.dueDates).containsExactly(LocalDate.of(2027, 4, 30));
  }

  @Test
  void remindersClimbTheLadderWhileTheDepartmentKeepsWorking() {
    ProcessInstance instance = start();
    claim(instance);
    for (LocalDateTime rung : LADDER) {
      runJobsAt(at(rung));
    }
    assertThat(reminderMail.sent)
        .hasSize(3)
        .allSatisfy(
            r -> {
              assertThat(r.type()).isEqualTo("BEFORE_DUE");
              assertThat(r.recipients()).isEqualTo("candidates,head");
            });
    assertColour(instance, MeasureLifecycle.COLOUR_DUE_SOON);

    runJobsAt(at(LocalDateTime.of(2026, 12, 21, 9, 0)));
    assertThat(reminderMail.sent.get(3).recipients()).isEqualTo("head,leader");
    assertColour(instance, MeasureLifecycle.COLOUR_OVERDUE);
    runJobsAt(at(LocalDateTime.of(2026, 12, 28, 9, 0)));
    runJobsAt(at(LocalDateTime.of(2027, 1, 4, 9, 0)));

    assertThat(reminderMail.types())
        .containsExactly(
            "BEFORE_DUE", "BEFORE_DUE", "BEFORE_DUE", "OVERDUE", "ESCALATION", "ESCALATION");
    assertThat(reminderMail.sent.get(4).recipients()).startsWith("group:rectOffice");
    assertThat(reminderMail.sent.get(5).recipients()).startsWith("group:partySecretary");
    assertWaitingAt(instance, Elements.REPORT_PROGRESS);
  }

  /**
   * The default ladder before the deadline 2026-12-20 (a Sunday): 14, 7 and 1 working days before
   * it, at 09:00.
   */
  static final List<LocalDateTime> LADDER =
      List.of(
          LocalDateTime.of(2026, 12, 1, 9, 0),
          LocalDateTime.of(2026, 12, 10, 9, 0),
          LocalDateTime.of(2026, 12, 18, 9, 0));

  @Test
  void eachRungOfTheLadderRemindsOnceAndNoneFollowsTheSubmission() {
    ProcessInstance instance = start();
    claim(instance);
    assertThat(nextRung(instance)).isEqualTo(at(LADDER.get(0)));

    runJobsAt(at(LADDER.get(0).minusMinutes(1)));
    assertThat(reminderMail.sent).isEmpty();
    runJobsAt(at(LADDER.get(0)));
    assertThat(reminderMail.types()).containsExactly("BEFORE_DUE");
    assertThat(reminderMail.sent.get(0).task())
        .isEqualTo("UserTask_ReportProgress,UserTask_SubmitCompletion");
    // 14 working days ahead the light is still green
    assertColour(instance, MeasureLifecycle.COLOUR_NORMAL);
    runJobsAt(at(LADDER.get(0).plusHours(3)));
    assertThat(reminderMail.sent).as("a rung reminds once").hasSize(1);
    assertThat(nextRung(instance)).isEqualTo(at(LADDER.get(1)));

    runJobsAt(at(LADDER.get(1)));
    assertThat(reminderMail.types()).containsExactly("BEFORE_DUE", "BEFORE_DUE");
    submit(instance);

    assertWaitingAt(instance, Elements.LEADER_APPROVAL);
    assertThat(nextRung(instance)).as("the submission ends the ladder").isNull();
    runJobsAt(at(LADDER.get(2)));
    assertThat(reminderMail.types()).filteredOn("BEFORE_DUE"::equals).hasSize(2);
  }

  @Test
  void workReturnedByTheLeaderDoesNotRepeatTheRungsAlreadySent() {
    ProcessInstance instance = start();
    claim(instance);
    runJobsAt(at(LADDER.get(0)));
    runJobsAt(at(LADDER.get(1)));
    submit(instance);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 11, 10, 0)));
    complete(
        instance,
        Elements.LEADER_APPROVAL,
        Vars.LEADER_DECISION,
        "RETURN",
        Vars.LEADER_COMMENT,
        "佐证材料不全，请补充后再报");

    assertWaitingAt(instance, Elements.REPORT_PROGRESS);
    assertThat(nextRung(instance)).isEqualTo(at(LADDER.get(2)));
    runJobsAt(at(LADDER.get(2)));
    assertThat(reminderMail.types()).containsExactly("BEFORE_DUE", "BEFORE_DUE", "BEFORE_DUE");
    assertThat(nextRung(instance)).as("the last rung was sent").isNull();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
        .hasPassed("EndEvent_LadderDone");
  }

  @Test
  void measureClaimedLateGetsOnlyTheRungsStillAhead() {
    ProcessInstance instance = start();
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 14, 10, 0)));
    claim(instance);

    assertThat(nextRung(instance)).isEqualTo(at(LADDER.get(2)));
    runJobsAt(at(LADDER.get(2)));
    assertThat(reminderMail.types()).containsExactly("BEFORE_DUE");
    assertColour(instance, MeasureLifecycle.COLOUR_DUE_SOON);
  }

  @Test
  void aConfiguredLadderDecidesTheRungs() {
    org.rectify.reminder.ReminderProperties properties =
        new org.rectify.reminder.ReminderProperties();
    properties.setMeasureLadderWorkingDays(List.of(5, 2));
    org.camunda.bpm.engine.test.mock.Mocks.register(
        "reminderLadder", org.rectify.reminder.ReminderLadder.of(properties));
    ProcessInstance instance = start();
    claim(instance);

    assertThat(nextRung(instance)).isEqualTo(at(LocalDateTime.of(2026, 12, 14, 9, 0)));
    runJobsAt(at(LocalDateTime.of(2026, 12, 14, 9, 0)));
    assertThat(nextRung(instance)).isEqualTo(at(LocalDateTime.of(2026, 12, 17, 9, 0)));
    runJobsAt(at(LocalDateTime.of(2026, 12, 17, 9, 0)));
    assertThat(reminderMail.types()).containsExactly("BEFORE_DUE", "BEFORE_DUE");
    assertThat(nextRung(instance)).isNull();
  }

  @Test
  void progressIsReportedMonthlyInTheLookBackPhase() {
    phase = 3;
    ProcessInstance instance = start();
    claim(instance);
    assertThat(openTask(instance, Elements.REPORT_PROGRESS).getDueDate())
        .isEqualTo(at(LocalDateTime.of(2026, 12, 27, 9, 0)));
  }

  private java.util.Date nextRung(ProcessInstance instance) {
    org.camunda.bpm.engine.runtime.Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(Elements.TIMER_BEFORE_DUE)
            .timers()
            .singleResult();
    return timer == null ? null : timer.getDuedate();
  }

  @Test
  void headIsRemindedWhenTheMeasureIsNotClaimedInTime() {
    ProcessInstance instance = start();
    runJobsAt(at(LocalDateTime.of(2026, 12, 2, 9, 1)));

    assertOverdueReminder(
        instance, Elements.TIMER_CLAIM_OVERDUE, Elements.CLAIM, "assignee,leader");
  }

  @Test
  void leaderIsRemindedWhenTheApprovalIsOverdue() {
    ProcessInstance instance = start();
    claim(instance);
    submit(instance);
    runJobsAt(at(LocalDateTime.of(2026, 12, 2, 8, 59)));
    assertThat(reminderMail.sent).isEmpty();

    runJobsAt(at(LocalDateTime.of(2026, 12, 2, 9, 1)));
    assertOverdueReminder(
        instance, Elements.TIMER_LEADER_APPROVAL_OVERDUE, Elements.LEADER_APPROVAL, "assignee");
  }

  @Test
  void officeIsRemindedWhenTheVerificationIsOverdue() {
    ProcessInstance instance = startAndSubmit();
    runJobsAt(at(LocalDateTime.of(2026, 12, 7, 9, 1)));
    assertOverdueReminder(
        instance, Elements.TIMER_VERIFICATION_OVERDUE, Elements.VERIFY, "assignee,candidates");
  }

  @Test
  void leadingGroupIsRemindedWhenItsReviewIsOverdue() {
    ProcessInstance instance = startAndSubmit();
    verify(
        instance,
        "NOT_IN_PLACE",
        Vars.NEW_DUE_DATE,
        "2027-02-28",
        Vars.ESCALATE_TO_LEADING_GROUP,
        true);
    runJobsAt(at(LocalDateTime.of(2026, 12, 11, 9, 1)));
    assertOverdueReminder(
        instance,
        Elements.TIMER_LEADING_GROUP_REVIEW_OVERDUE,
        Elements.LEADING_GROUP_REVIEW,
        "assignee,candidates");
  }

  @Test
  void officeIsRemindedWhenTheLookBackIsOverdue() {
    ProcessInstance instance = startAndSubmit();
    verify(instance, "COMPLETED");
    runJobsAt(at(LocalDateTime.of(2027, 3, 1, 9, 1)));
    assertThat(reminderMail.sent).isEmpty();

    runJobsAt(at(LocalDateTime.of(2027, 3, 31, 9, 2)));
    assertOverdueReminder(
        instance, Elements.TIMER_LOOK_BACK_OVERDUE, Elements.LOOK_BACK, "assignee,candidates");
  }

  @Test
  void officeIsRemindedWhenAWronglyAssignedMeasureWaitsForAnotherDepartment() {
    ProcessInstance instance = start();
    complete(
        instance,
        Elements.CLAIM,
        Vars.CLAIM_DECISION,
        "WRONG_DEPARTMENT",
        Vars.WRONG_ASSIGNMENT_REASON,
        "非本科室职责范围");
    runJobsAt(at(LocalDateTime.of(2026, 11, 30, 9, 1)));
    assertOverdueReminder(
        instance, Elements.TIMER_REASSIGNMENT_OVERDUE, Elements.REASSIGN, "assignee,candidates");
  }

  @Test
  void longTermMeasureShowsTheColourOfItsReportDeadlineNotOfTheOldDueDate() {
    ProcessInstance instance = startAndSubmit();
    verify(instance, "LONG_TERM");
    java.util.Date reportDue = openTask(instance, Elements.REPORT_LONG_TERM).getDueDate();
    assertThat(
            engine.getRuntimeService().getVariable(instance.getId(), StatusColour.STATUS_DUE_DATE))
        .isEqualTo(reportDue);
    assertColour(instance, MeasureLifecycle.COLOUR_NORMAL);

    // the measure's own dueDate (2026-12-20) has passed: that deadline no longer runs
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 21, 9, 0)));
    assertThat(scopeColour(instance)).isEqualTo(MeasureLifecycle.COLOUR_NORMAL);

    // the report is overdue: the reminder goes out and the light turns red with it
    runJobsAt(at(LocalDateTime.of(2026, 12, 27, 9, 1)));
    assertThat(reminderMail.types()).containsExactly("OVERDUE");
    assertColour(instance, MeasureLifecycle.COLOUR_OVERDUE);
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 28, 0, 5)));
    assertThat(scopeColour(instance))
        .as("the daily refresh agrees")
        .isEqualTo(MeasureLifecycle.COLOUR_OVERDUE);

    complete(
        instance,
        Elements.REPORT_LONG_TERM,
        Vars.LONG_TERM_REPORT,
        "本月开展专项行动一次，机制试运行",
        Vars.MECHANISM_ESTABLISHED,
        false);
    assertWaitingAt(instance, Elements.NEXT_LONG_TERM_REPORT);
    assertColour(instance, MeasureLifecycle.COLOUR_NORMAL);
    assertThat(scopeColour(instance))
        .as("no report due between cycles")
        .isEqualTo(MeasureLifecycle.COLOUR_NORMAL);
  }

  @Test
  void completedMeasureStaysGreenAfterItsDueDateHasPassed() {
    ProcessInstance instance = startAndSubmit();
    verify(instance, "COMPLETED");
    assertColour(instance, MeasureLifecycle.COLOUR_NORMAL);

    ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 5, 0, 5)));
    assertThat(scopeColour(instance)).isEqualTo(MeasureLifecycle.COLOUR_NORMAL);
  }

  @Test
  void measureInProgressTurnsRedOnceItsDueDateHasPassed() {
    ProcessInstance instance = start();
    claim(instance);
    assertColour(instance, MeasureLifecycle.COLOUR_NORMAL);

    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 12, 21, 0, 5)));
    assertThat(scopeColour(instance)).isEqualTo(MeasureLifecycle.COLOUR_OVERDUE);
  }

  /**
   * The colour the daily refresh and the reminder mails give the instance now: {@link StatusColour}
   * over its variables.
   */
  private String scopeColour(ProcessInstance instance) {
    return StatusColour.withDefaults()
        .textForScope(engine.getRuntimeService().getVariables(instance.getId()))
        .orElseThrow();
  }

  @Test
  void departmentIsRemindedWhenItsLongTermReportIsOverdue() {
    ProcessInstance instance = startAndSubmit();
    verify(instance, "LONG_TERM");
    runJobsAt(at(LocalDateTime.of(2026, 12, 27, 9, 1)));
    assertOverdueReminder(
        instance,
        Elements.TIMER_LONG_TERM_REPORT_OVERDUE,
        Elements.REPORT_LONG_TERM,
        "assignee,candidates,head");
  }

  /** One overdue reminder for the task, from its timer; the task stays open (non-interrupting). */
  private void assertOverdueReminder(
      ProcessInstance instance, String timer, String taskKey, String recipients) {
    assertThat(reminderMail.sent)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo("OVERDUE");
              assertThat(r.task()).isEqualTo(taskKey);
              assertThat(r.recipients()).isEqualTo(recipients);
            });
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
        .hasPassed(timer);
    assertWaitingAt(instance, taskKey);
  }

  @Test
  void completionWithoutDeliverablesOrStatementIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = start();
    claim(instance);
    complete(
        instance,
        Elements.REPORT_PROGRESS,
        Vars.PROGRESS_NARRATIVE,
        "整改已完成",
        Vars.PROGRESS_ACTION,
        "SUBMIT");

    assertRefused(
        () -> complete(instance, Elements.SUBMIT_COMPLETION, Vars.METRICS, "专项行动：3 次"),
        Vars.DELIVERABLES);
    assertWaitingAt(instance, Elements.SUBMIT_COMPLETION);
  }

  @Test
  void refusalsNameTheMissingOrInvalidField() {
    ProcessInstance instance = start();
    assertRefused(
        () -> complete(instance, Elements.CLAIM, Vars.CLAIM_DECISION, "WRONG_DEPARTMENT"),
        Vars.WRONG_ASSIGNMENT_REASON);
    assertRefused(
        () -> complete(instance, Elements.CLAIM, Vars.CLAIM_DECISION, "MAYBE"),
        Vars.CLAIM_DECISION);
    assertThatThrownBy(
            () ->
                complete(
                    instance,
                    Elements.CLAIM,
                    Vars.CLAIM_DECISION,
                    "WRONG_DEPARTMENT",
                    Vars.WRONG_ASSIGNMENT_REASON,
                    "不是"))
        .rootCause()
        .isInstanceOf(MeasureFormException.class)
        .hasMessage("“退回理由”过于简单：请至少用 5 个字写明具体理由");
    complete(
        instance,
        Elements.CLAIM,
        Vars.CLAIM_DECISION,
        "WRONG_DEPARTMENT",
        Vars.WRONG_ASSIGNMENT_REASON,
        "非本科室职责范围");
    assertRefused(
        () ->
            complete(
                instance, Elements.REASSIGN, Vars.DEPARTMENT, "nowhere", Vars.REASSIGN_NOTE, "x"),
        Vars.DEPARTMENT);
  }

  /**
   * The decision gateways have no default flow (a missing decision is neither "approved" nor
   * "returned"): {@code measureTaskListener}, their declared {@code checkedBy}, refuses any value
   * outside their branches at the step, and the measure stays where it was (issue 26).
   */
  @Test
  void everyDecisionGatewayRefusesAValueOutsideItsBranchesAtTheStep() {
    ProcessInstance instance = start();
    claim(instance);
    assertRefused(
        () ->
            complete(
                instance,
                Elements.REPORT_PROGRESS,
                Vars.PROGRESS_NARRATIVE,
                "进行中",
                Vars.PROGRESS_ACTION,
                "LATER"),
        Vars.PROGRESS_ACTION);
    assertWaitingAt(instance, Elements.REPORT_PROGRESS);
    submit(instance);
    assertRefused(
        () -> complete(instance, Elements.LEADER_APPROVAL, Vars.LEADER_DECISION, "MAYBE"),
        Vars.LEADER_DECISION);
    assertRefused(() -> complete(instance, Elements.LEADER_APPROVAL), Vars.LEADER_DECISION);
    assertWaitingAt(instance, Elements.LEADER_APPROVAL);
    approve(instance);
    assertRefused(() -> verify(instance, "ALMOST"), Vars.VERIFICATION_OUTCOME);
    assertWaitingAt(instance, Elements.VERIFY);
    verify(instance, "COMPLETED");
    runJobsAt(at(LocalDateTime.of(2027, 3, 1, 9, 1)));
    assertRefused(
        () ->
            complete(
                instance,
                Elements.LOOK_BACK,
                Vars.LOOK_BACK_RESULT,
                "UNKNOWN",
                Vars.LOOK_BACK_FINDINGS,
                "未反弹"),
        Vars.LOOK_BACK_RESULT);
    assertWaitingAt(instance, Elements.LOOK_BACK);
  }

  @Test
  void measureIsNotClosedAsCompletedWhileTheClosurePrincipleIsUnconfirmed() {
    ProcessInstance instance = submittedWithClosurePrinciple(true, false, false);

    assertThatThrownBy(() -> verify(instance, "COMPLETED"))
        .rootCause()
        .isInstanceOf(MeasureFormException.class)
        .hasMessageContaining("不能认定“已完成”（销号）")
        .hasMessageContaining("“问题已整改”（不整改不放过）")
        .hasMessageContaining("“有效制度已建立”（有效制度不建立不放过）")
        .hasMessageNotContaining("不查清不放过");
    assertRefused(() -> verify(instance, "COMPLETED"), Vars.VERIFICATION_OUTCOME);
    assertWaitingAt(instance, Elements.VERIFY);
    assertThat(journal.statusSequence()).doesNotContain(COMPLETED);

    // the office may still send it back or keep tracking it
    verify(instance, "LONG_TERM");
    assertWaitingAt(instance, Elements.REPORT_LONG_TERM);
  }

  @Test
  void measureWithAllThreeConfirmedIsClosedAsCompleted() {
    ProcessInstance instance = submittedWithClosurePrinciple(true, true, true);
    verify(instance, "COMPLETED");
    assertWaitingAt(instance, Elements.LOOK_BACK_WINDOW);
  }

  @Test
  void closurePrincipleUnconfirmedAtAllIsNamedInFull() {
    ProcessInstance instance = submittedWithClosurePrinciple(false, false, false);
    assertThatThrownBy(() -> verify(instance, "COMPLETED"))
        .rootCause()
        .hasMessageContaining("科室尚未确认“问题已查清”（不查清不放过）、“问题已整改”（不整改不放过）、“有效制度已建立”（有效制度不建立不放过）");
    verify(instance, "NOT_IN_PLACE", Vars.NEW_DUE_DATE, "2026-12-31");
    assertWaitingAt(instance, Elements.REPORT_PROGRESS);
  }

  private ProcessInstance submittedWithClosurePrinciple(
      boolean causeClarified, boolean rectified, boolean ruleEstablished) {
    ProcessInstance instance = start();
    claim(instance);
    complete(
        instance,
        Elements.REPORT_PROGRESS,
        Vars.PROGRESS_NARRATIVE,
        "完成专项行动三次，方案仍在征求意见",
        Vars.PROGRESS_ACTION,
        "SUBMIT");
    complete(
        instance,
        Elements.SUBMIT_COMPLETION,
        Vars.DELIVERABLES,
        "《勤务模式改革方案》（征求意见稿）",
        Vars.CAUSE_CLARIFIED,
        causeClarified,
        Vars.RECTIFIED,
        rectified,
        Vars.RULE_ESTABLISHED,
        ruleEstablished);
    approve(instance);
    return instance;
  }

  @Test
  void notInPlaceNeedsADueDateThatIsNotInThePast() {
    ProcessInstance instance = startAndSubmit();
    assertRefused(
        () -> verify(instance, "NOT_IN_PLACE", Vars.NEW_DUE_DATE, "2026-11-01"), Vars.NEW_DUE_DATE);
    assertRefused(() -> verify(instance, "NOT_IN_PLACE"), Vars.NEW_DUE_DATE);
    assertWaitingAt(instance, Elements.VERIFY);
  }

  @Test
  void everyUserTaskHasADueDateAndADeployedForm() {
    List<UserTask> tasks = List.copyOf(userTasks());
    assertThat(tasks)
        .hasSize(9)
        .allSatisfy(
            task -> {
              assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
              assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
              assertThat(engine.getRepositoryService().createDeploymentQuery().list())
                  .anySatisfy(
                      d ->
                          assertThat(
                                  engine
                                      .getRepositoryService()
                                      .getDeploymentResourceNames(d.getId()))
                              .anyMatch(
                                  name ->
                                      name.endsWith(
                                          "forms/" + task.getCamundaFormRef() + ".form")));
            });
  }

  @Test
  void everyUserTaskRemindsWhoeverHoldsItWhenOverdue() {
    List<UserTask> tasks = List.copyOf(userTasks());
    assertThat(tasks)
        .allSatisfy(task -> assertThat(reminderTimersOf(task)).as(task.getId()).isNotEmpty());
  }

  /** Non-interrupting timers on the task (or on its sub-process) whose mail task names the task. */
  private static List<String> reminderTimersOf(UserTask task) {
    return task.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
        .filter(
            timer ->
                !timer.cancelActivity()
                    && timer.getEventDefinitions().stream()
                        .anyMatch(TimerEventDefinition.class::isInstance))
        .filter(
            timer ->
                timer.getAttachedTo() == task || timer.getAttachedTo() == task.getParentElement())
        .filter(
            timer ->
                timer.getOutgoing().stream()
                    .map(flow -> flow.getTarget())
                    .filter(ServiceTask.class::isInstance)
                    .map(ServiceTask.class::cast)
                    .anyMatch(mail -> remindsOf(mail, task.getId())))
        .map(BoundaryEvent::getId)
        .toList();
  }

  /** A {@code reminderMail} task whose {@code reminderTask} property lists the task. */
  private static boolean remindsOf(ServiceTask mail, String taskId) {
    return "${reminderMail}".equals(mail.getCamundaDelegateExpression())
        && mail
            .getExtensionElements()
            .getElementsQuery()
            .filterByType(CamundaProperties.class)
            .list()
            .stream()
            .flatMap(properties -> properties.getCamundaProperties().stream())
            .anyMatch(
                property ->
                    "reminderTask".equals(property.getCamundaName())
                        && List.of(property.getCamundaValue().split(",")).contains(taskId));
  }

  private void assertColour(ProcessInstance instance, String colour) {
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
        .variables()
        .containsEntry(Vars.STATUS_COLOUR_TEXT, colour);
  }
}
