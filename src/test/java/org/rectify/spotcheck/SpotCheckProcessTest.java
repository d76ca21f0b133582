package org.rectify.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rectify.spotcheck.SpotCheckProcess.*;
import static org.rectify.spotcheck.SpotCheckProcessHarness.at;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code spot-check} and {@code spot-check-rectification}, with the real register,
 * without Spring.
 */
@Deployment(
    resources = {
      "processes/spot-check.bpmn",
      "processes/spot-check-rectification.bpmn",
      "processes/spot-check-schedule.bpmn",
      "forms/spot-check-plan.form",
      "forms/spot-check-carry-out.form",
      "forms/spot-check-record-finding.form",
      "forms/spot-check-confirm-finding.form",
      "forms/spot-check-decide-notice.form",
      "forms/spot-check-draft-notice.form",
      "forms/spot-check-approve-notice.form",
      "forms/spot-check-rectify.form",
      "forms/spot-check-verify.form",
      "forms/spot-check-reminder-talk.form"
    })
class SpotCheckProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.Companion.builder("spotcheck.camunda.cfg.xml").build();

  ProcessEngine engine;
  SpotCheckTestBeans beans;
  SpotCheckProcessHarness run;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(at("2026-11-02 09:00"));
    beans = new SpotCheckTestBeans();
    beans.register();
    run = new SpotCheckProcessHarness(engine, LocalDate.of(2026, 11, 2));
  }

  /**
   * The timer start is evaluated at deployment, before {@code @BeforeEach}: keep the schedule
   * registered.
   */
  static final SpotCheckSchedule SCHEDULE = new SpotCheckSchedule("R/P14D", 10, new Random(7));

  @BeforeAll
  static void registerSchedule() {
    Mocks.register("spotCheckSchedule", SCHEDULE);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    Mocks.register("spotCheckSchedule", SCHEDULE);
    ClockUtil.reset();
  }

  @Test
  void startsPlanAtRandomMomentWithinEachScheduledWindow() {
    Job scheduled =
        engine
            .getManagementService()
            .createJobQuery()
            .timers()
            .activityId(START_SCHEDULE_WINDOW)
            .singleResult();
    Date windowOpens = new Date(scheduled.getDuedate().getTime() + 60_000);
    ClockUtil.setCurrentTime(windowOpens);
    engine.getManagementService().executeJob(scheduled.getId());

    ProcessInstance window =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(SCHEDULE_PROCESS_KEY)
            .singleResult();
    BpmnAwareTests.assertThat(window).isWaitingAt(TIMER_RANDOM_MOMENT);
    Date moment =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(window.getId())
            .singleResult()
            .getDuedate();
    assertThat(moment)
        .isAfterOrEqualTo(windowOpens)
        .isBefore(new Date(windowOpens.getTime() + 10 * 86_400_000L));
    ClockUtil.setCurrentTime(moment);
    run.executeJobs();
    BpmnAwareTests.assertThat(window).isEnded().hasPassed(END_CHECK_STARTED);
    ProcessInstance check =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .singleResult();
    run.plan(check);

    String number =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(check.getId())
            .singleResult()
            .getBusinessKey();
    assertThat(number).matches("DC20[0-9]{2}-001");
    assertThat(status(number)).isEqualTo("PLANNED");
    BpmnAwareTests.assertThat(check).isWaitingAt(USER_TASK_CARRY_OUT);
  }

  private String status(String checkNumber) {
    return beans.jdbc.queryForObject(
        "select status from spot_check where check_number = ?", String.class, checkNumber);
  }

  @Test
  void closesCheckWithoutFindings() {
    ProcessInstance check = run.start("DC2026-001");
    run.visit(check, "NONE");

    BpmnAwareTests.assertThat(check).isEnded().hasPassed(END_NO_FINDINGS);
    assertThat(status("DC2026-001")).isEqualTo("NO_FINDINGS");
  }

  @Test
  void closesCheckWhenEveryFindingIsDismissedAfterHearingThePerson() {
    ProcessInstance check = run.start("DC2026-002");
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "LATE", "王某", "greening", false);
    run.confirmAll(check, "DISMISSED");

    BpmnAwareTests.assertThat(check)
        .isEnded()
        .hasPassed(USER_TASK_CONFIRM_FINDING, END_ALL_DISMISSED);
    assertThat(status("DC2026-002")).isEqualTo("DISMISSED");
    assertThat(
            beans.jdbc.queryForObject(
                "select person_explanation from spot_check_finding", String.class))
        .isEqualTo("本人承认");
  }

  @Test
  void refusesFindingWithoutDepartmentAndKeepsTheTaskOpen() {
    ProcessInstance check = run.start("DC2026-003");
    run.visit(check, "FINDINGS");
    var task = run.task(check, USER_TASK_RECORD_FINDING);
    var form = run.findingForm("LATE", "王某", "nowhere", false);

    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), form))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("所在科室无效");
    BpmnAwareTests.assertThat(check).isWaitingAt(USER_TASK_RECORD_FINDING);
    assertThat(beans.jdbc.queryForObject("select count(*) from spot_check_finding", Integer.class))
        .isZero();
  }

  @Test
  void refusesFindingWithoutCategoryAndNoticeWhoseFindingsWereAlreadyNotified() {
    ProcessInstance check = run.start("DC2026-010");
    run.visit(check, "FINDINGS");
    var form = run.findingForm("LATE", "周某", "greening", false);
    form.remove("category");
    var record = run.task(check, USER_TASK_RECORD_FINDING);
    assertThatThrownBy(() -> engine.getTaskService().complete(record.getId(), form))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("问题类别");
    assertThat(beans.jdbc.queryForObject("select count(*) from spot_check_finding", Integer.class))
        .isZero();

    run.recordFinding(check, "LATE", "周某", "greening", false);
    run.confirmAll(check, "CONFIRMED");
    run.decide(check, "NOW");
    // meanwhile another check's notice took this finding along: a notice without findings must not
    // be issued
    beans.jdbc.update("update spot_check_finding set status = 'NOTIFIED'");
    var draft = run.task(check, USER_TASK_DRAFT_NOTICE);
    assertThatThrownBy(
            () ->
                engine
                    .getTaskService()
                    .complete(draft.getId(), run.noticeForm("督通〔2026〕9号", "2026-11-16")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("没有任何已认定的问题");
    BpmnAwareTests.assertThat(check).isWaitingAt(USER_TASK_DRAFT_NOTICE);
    assertThat(beans.jdbc.queryForObject("select count(*) from spot_check_notice", Integer.class))
        .isZero();
  }

  /** Issue 21: 决定通报方式 shows the leader the upheld findings, not only how many there are. */
  @Test
  void leaderDecidingTheNoticeReadsTheUpheldFindingsThemselves() {
    ProcessInstance check = run.start("DC2026-021");
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "PHONE", "李某", "municipal", true);
    run.recordFinding(check, "PHONE", "王某", "greening", false);
    run.confirmAll(check, "CONFIRMED");

    BpmnAwareTests.assertThat(check).isWaitingAt(USER_TASK_DECIDE_NOTICE);
    String decide =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(check.getId())
            .taskDefinitionKey(USER_TASK_DECIDE_NOTICE)
            .singleResult()
            .getId();
    String findings = (String) engine.getTaskService().getVariable(decide, "confirmedFindingsText");
    assertThat(engine.getRuntimeService().getVariable(check.getId(), "confirmedFindingsText"))
        .as("the names stay in the task, not in the process variables")
        .isNull();
    assertThat(findings)
        .contains("1. ", "李某（", "2. ", "王某（", "办公室", "本人说明：本人承认", "认定理由：核实")
        .doesNotContain("PHONE", "null");
    assertThat(engine.getRuntimeService().getVariable(check.getId(), "confirmedFindings"))
        .isEqualTo(2);
  }

  @Test
  void handlesConfirmedFindingByTalkInsteadOfNotice() {
    ProcessInstance check = run.start("DC2026-004");
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "PHONE", "李某", "municipal", false);
    run.confirmAll(check, "CONFIRMED");
    run.decide(check, "TALK");

    BpmnAwareTests.assertThat(check).isEnded().hasPassed(END_TALK_INSTEAD);
    assertThat(status("DC2026-004")).isEqualTo("TALK");
  }

  @Test
  void bundlesFindingsOfSeveralChecksIntoOneNotice() {
    ProcessInstance first = run.start("DC2026-005");
    run.visit(first, "FINDINGS");
    run.recordFinding(first, "ONLINE_SHOPPING", "赵某", "sanitation", false);
    run.confirmAll(first, "CONFIRMED");
    run.decide(first, "BUNDLE");
    BpmnAwareTests.assertThat(first).isWaitingAt(GATEWAY_AWAIT_BUNDLED_NOTICE);
    assertThat(
            engine
                .getRuntimeService()
                .createEventSubscriptionQuery()
                .processInstanceId(first.getId())
                .activityId(CATCH_BUNDLED_NOTICE)
                .count())
        .isEqualTo(1);

    ProcessInstance second = run.start("DC2026-006");
    run.visit(second, "FINDINGS");
    run.recordFinding(second, "LATE", "钱某", "greening", true);
    run.recordFinding(second, "EARLY_LEAVE", "孙某", "greening", false);
    run.confirmAll(second, "CONFIRMED");
    run.decide(second, "NOW");
    var draft = run.task(second, USER_TASK_DRAFT_NOTICE);
    assertThatThrownBy(
            () ->
                engine
                    .getTaskService()
                    .complete(draft.getId(), run.noticeForm("督通〔2026〕1号", "2026-11-01")))
        .hasMessageContaining("整改期限必须晚于今天");
    run.complete(draft, run.noticeForm("督通〔2026〕1号", "2026-11-16"));
    run.complete(run.task(second, USER_TASK_APPROVE_NOTICE), Map.of("approvalResult", "REJECTED"));
    run.issueNotice(second, "督通〔2026〕1号");

    BpmnAwareTests.assertThat(first).isEnded().hasPassed(END_BUNDLED);
    BpmnAwareTests.assertThat(second).isWaitingAt(CALL_ACTIVITY_RECTIFICATION);
    assertThat(
            beans.jdbc.queryForObject(
                "select count(*) from spot_check_finding f join spot_check_notice n"
                    + " on n.id = f.notice_id where n.notice_number = '督通〔2026〕1号'",
                Integer.class))
        .isEqualTo(3);
    assertThat(run.rectificationTask("greening", USER_TASK_RECTIFY).getAssignee())
        .isEqualTo("greeningHead");
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(
                    run.rectificationTask("greening", USER_TASK_RECTIFY).getProcessInstanceId(),
                    "findingsText")
                .toString())
        .contains("钱某", "孙某")
        .doesNotContain("赵某");

    run.rectifyAndVerify("greening", "PASSED");
    run.rectifyAndVerify("sanitation", "PASSED");

    BpmnAwareTests.assertThat(second).isEnded().hasPassed(END_RECTIFIED);
    assertThat(status("DC2026-005")).isEqualTo("RECTIFIED");
    assertThat(status("DC2026-006")).isEqualTo("RECTIFIED");
  }

  @Test
  void remindsAndEscalatesOverdueRectificationWithoutCancellingIt() {
    pauseTimerPlan();
    ProcessInstance check = run.start("DC2026-007");
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "WORK_STYLE", "周某", "enforcement", false);
    run.confirmAll(check, "CONFIRMED");
    run.decide(check, "NOW");
    run.issueNotice(check, "督通〔2026〕2号");

    ClockUtil.setCurrentTime(at("2026-11-14 09:00"));
    run.executeJobs();
    ClockUtil.setCurrentTime(at("2026-11-17 09:00"));
    run.executeJobs();
    // the notice's deadline is Monday 2026-11-16; escalations 7 and 14 working days after it
    ClockUtil.setCurrentTime(at("2026-11-25 09:00"));
    run.executeJobs();
    ClockUtil.setCurrentTime(at("2026-12-04 09:00"));
    run.executeJobs();

    assertThat(beans.mail.sent)
        .containsExactly(
            "BEFORE_DUE:assignee,candidates",
            "OVERDUE:assignee,candidates,head",
            "ESCALATION:assignee,leader,group:supervision",
            "ESCALATION:assignee,leader,group:partySecretary");
    var rectify = run.rectificationTask("enforcement", USER_TASK_RECTIFY);
    BpmnAwareTests.assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(rectify.getProcessInstanceId())
                .singleResult())
        .hasPassed(SERVICE_TASK_ESCALATE_TO_LEADER, SERVICE_TASK_ESCALATE_TO_SECRETARY)
        .isWaitingAt(USER_TASK_RECTIFY);
  }

  @Test
  void sendsRectificationBackWhenVerificationFailsAndHoldsTalkWithRepeatOffender() {
    ProcessInstance earlier = run.start("DC2026-008");
    run.visit(earlier, "FINDINGS");
    run.recordFinding(earlier, "LATE", "吴某", "advertising", false);
    run.confirmAll(earlier, "CONFIRMED");
    run.decide(earlier, "TALK");

    ProcessInstance check = run.start("DC2026-009");
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "LATE", "吴某", "advertising", false);
    run.confirmAll(check, "CONFIRMED");
    run.decide(check, "NOW");
    run.issueNotice(check, "督通〔2026〕3号");
    run.rectifyAndVerify("advertising", "FAILED");
    var again = run.rectificationTask("advertising", USER_TASK_RECTIFY);
    assertThat(again).as("rectification reopened").isNotNull();
    run.rectifyAndVerify("advertising", "PASSED");

    BpmnAwareTests.assertThat(check).isWaitingAt(USER_TASK_REMINDER_TALK);
    assertThat(engine.getRuntimeService().getVariable(check.getId(), "repeatOffenders"))
        .isEqualTo("吴某（广告科）");
    run.complete(
        run.task(check, USER_TASK_REMINDER_TALK),
        Map.of("talkDate", "2026-11-12", "talkHeldBy", "分管领导", "talkReference", "谈-2026-01"));

    BpmnAwareTests.assertThat(check).isEnded().hasPassed(END_RECTIFIED_WITH_TALK);
    assertThat(
            beans.jdbc.queryForObject(
                "select count(*) from spot_check_rectification", Integer.class))
        .isEqualTo(2);
    assertThat(beans.jdbc.queryForObject("select count(*) from spot_check_talk", Integer.class))
        .isEqualTo(1);
  }

  // issue 26: every step has a working-day due date and an overdue reminder; every choice a
  // gateway tests is checked at its step; the wait for a bundled notice ends.

  @Test
  void everyStepIsDueInWorkingDaysAndRemindsWhoeverHoldsItWhenOverdue() {
    pauseTimerPlan();
    ProcessInstance check =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                PROCESS_KEY, "DC2026-020", SpotCheckStart.processVariables("DC2026-020"));
    // started Monday 2026-11-02: three working days → Thursday 2026-11-05, reminded on Friday
    assertOverdueReminder(
        check,
        USER_TASK_PLAN,
        "Timer_PlanCheckOverdue",
        "2026-11-05",
        "2026-11-06",
        "assignee,candidates");
    run.plan(check);
    // ten working days from Friday 2026-11-06 → Friday 2026-11-20
    assertOverdueReminder(
        check,
        USER_TASK_CARRY_OUT,
        "Timer_CarryOutCheckOverdue",
        "2026-11-20",
        "2026-11-23",
        "assignee,candidates");
    run.visit(check, "FINDINGS");
    // two working days from Monday 2026-11-23 → Wednesday 2026-11-25
    assertOverdueReminder(
        check,
        USER_TASK_RECORD_FINDING,
        "Timer_RecordFindingOverdue",
        "2026-11-25",
        "2026-11-26",
        "assignee,candidates");
    run.recordFinding(check, "LATE", "郑某", "greening", true);
    run.recordFinding(check, "PHONE", "冯某", "sanitation", false);
    // both findings are heard in parallel, due in five working days from Thursday 2026-11-26;
    // one timer on the sub-process reminds both tasks with one mail task
    assertThat(run.tasks(check, USER_TASK_CONFIRM_FINDING))
        .hasSize(2)
        .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(endOf("2026-12-03")));
    assertOverdueReminder(
        check,
        null,
        "Timer_ConfirmFindingOverdue",
        "2026-12-03",
        "2026-12-04",
        "assignee,candidates");
    run.confirmAll(check, "CONFIRMED");
    // the leader in charge decides within three working days from Friday 2026-12-04
    assertOverdueReminder(
        check,
        USER_TASK_DECIDE_NOTICE,
        "Timer_DecideNoticeOverdue",
        "2026-12-09",
        "2026-12-10",
        "assignee");
    run.decide(check, "NOW");
    assertOverdueReminder(
        check,
        USER_TASK_DRAFT_NOTICE,
        "Timer_DraftNoticeOverdue",
        "2026-12-15",
        "2026-12-16",
        "assignee,candidates");
    run.complete(
        run.task(check, USER_TASK_DRAFT_NOTICE), run.noticeForm("督通〔2026〕20号", "2026-12-31"));
    assertOverdueReminder(
        check,
        USER_TASK_APPROVE_NOTICE,
        "Timer_ApproveNoticeOverdue",
        "2026-12-18",
        "2026-12-21",
        "assignee");
    run.complete(run.task(check, USER_TASK_APPROVE_NOTICE), Map.of("approvalResult", "APPROVED"));

    BpmnAwareTests.assertThat(check)
        .isWaitingAt(CALL_ACTIVITY_RECTIFICATION)
        .hasPassed(
            "EndEvent_PlanCheckOverdueReminded",
            "EndEvent_CarryOutCheckOverdueReminded",
            "EndEvent_RecordFindingOverdueReminded",
            "EndEvent_ConfirmFindingOverdueReminded",
            "EndEvent_DecideNoticeOverdueReminded",
            "EndEvent_DraftNoticeOverdueReminded",
            "EndEvent_ApproveNoticeOverdueReminded");
    assertThat(beans.mail.sent)
        .hasSize(7)
        .containsOnly("OVERDUE:assignee,candidates", "OVERDUE:assignee");
  }

  @Test
  void verificationAndReminderTalkAreDueInTenWorkingDaysAndRemindSupervision() {
    pauseTimerPlan();
    ProcessInstance earlier = run.start("DC2026-021");
    run.visit(earlier, "FINDINGS");
    run.recordFinding(earlier, "LATE", "卫某", "advertising", false);
    run.confirmAll(earlier, "CONFIRMED");
    run.decide(earlier, "TALK");
    ProcessInstance check = run.start("DC2026-022");
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "LATE", "卫某", "advertising", false);
    run.confirmAll(check, "CONFIRMED");
    run.decide(check, "NOW");
    run.issueNotice(check, "督通〔2026〕21号");
    var rectify = run.rectificationTask("advertising", USER_TASK_RECTIFY);
    run.complete(rectify, Map.of("measuresTaken", "已批评教育", "rectifiedOn", "2026-11-02"));
    ProcessInstance rectification =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(rectify.getProcessInstanceId())
            .singleResult();
    // verification from Monday 2026-11-02: ten working days → Monday 2026-11-16
    assertOverdueReminder(
        rectification,
        USER_TASK_VERIFY,
        "Timer_VerifyRectificationOverdue",
        "2026-11-16",
        "2026-11-17",
        "assignee,candidates");
    run.complete(
        run.task(rectification, USER_TASK_VERIFY),
        Map.of("verificationResult", "PASSED", "verificationNote", "已复核"));
    // the reminder talk from Tuesday 2026-11-17: ten working days → Tuesday 2026-12-01
    assertOverdueReminder(
        check,
        USER_TASK_REMINDER_TALK,
        "Timer_RecordReminderTalkOverdue",
        "2026-12-01",
        "2026-12-02",
        "assignee,candidates");
    BpmnAwareTests.assertThat(rectification)
        .hasPassed("EndEvent_VerifyRectificationOverdueReminded", END_VERIFIED);
  }

  @Test
  void aChoiceNoBranchExpectsIsRefusedAtItsStepAndTheCheckStaysThere() {
    ProcessInstance check = run.start("DC2026-023");
    var carryOut = run.task(check, USER_TASK_CARRY_OUT);
    assertRefused(
        () ->
            run.complete(
                carryOut,
                Map.of("visitedOn", "2026-11-02", "visitSites", "办公大院", "visitResult", "SOME")),
        "“暗访结果”的取值无效，请从列表中选择");
    assertRefused(
        () -> run.complete(carryOut, Map.of("visitedOn", "2026-11-02", "visitSites", "办公大院")),
        "请选择“暗访结果”");
    BpmnAwareTests.assertThat(check).isWaitingAt(USER_TASK_CARRY_OUT);
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "LATE", "蒋某", "municipal", false);
    run.confirmAll(check, "CONFIRMED");
    assertRefused(
        () ->
            run.complete(
                run.task(check, USER_TASK_DECIDE_NOTICE), Map.of("noticeDecision", "LATER")),
        "“处理方式”的取值无效，请从列表中选择");
    BpmnAwareTests.assertThat(check).isWaitingAt(USER_TASK_DECIDE_NOTICE);
    run.decide(check, "NOW");
    run.complete(
        run.task(check, USER_TASK_DRAFT_NOTICE), run.noticeForm("督通〔2026〕23号", "2026-11-30"));
    assertRefused(
        () -> run.complete(run.task(check, USER_TASK_APPROVE_NOTICE), Map.of()), "请选择“审批意见”");
    BpmnAwareTests.assertThat(check).isWaitingAt(USER_TASK_APPROVE_NOTICE);
    run.complete(run.task(check, USER_TASK_APPROVE_NOTICE), Map.of("approvalResult", "APPROVED"));
    var rectify = run.rectificationTask("municipal", USER_TASK_RECTIFY);
    run.complete(rectify, Map.of("measuresTaken", "已整改", "rectifiedOn", "2026-11-02"));
    var verify =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(rectify.getProcessInstanceId())
            .taskDefinitionKey(USER_TASK_VERIFY)
            .singleResult();
    assertRefused(
        () -> run.complete(verify, Map.of("verificationResult", "OK")), "“复核结论”的取值无效，请从列表中选择");
    assertThat(engine.getTaskService().createTaskQuery().taskId(verify.getId()).count())
        .as("the verification stays open")
        .isEqualTo(1);
  }

  @Test
  void aBundledCheckNoOtherNoticeTakesUpIsDraftedAsANoticeOfItsOwnAfterTwentyWorkingDays() {
    pauseTimerPlan();
    ProcessInstance check = run.start("DC2026-024");
    run.visit(check, "FINDINGS");
    run.recordFinding(check, "ONLINE_SHOPPING", "沈某", "greening", false);
    run.confirmAll(check, "CONFIRMED");
    run.decide(check, "BUNDLE");
    BpmnAwareTests.assertThat(check).isWaitingAt(GATEWAY_AWAIT_BUNDLED_NOTICE);
    // decided Monday 2026-11-02: twenty working days → Monday 2026-11-30, so Tuesday 09:00
    Job timeout = timer(check, TIMER_BUNDLED_NOTICE_OVERDUE);
    assertThat(timeout.getDuedate()).isEqualTo(at("2026-12-01 09:00"));
    ClockUtil.setCurrentTime(at("2026-12-01 09:00"));
    run.executeJobs();

    BpmnAwareTests.assertThat(check)
        .hasPassed(TIMER_BUNDLED_NOTICE_OVERDUE)
        .hasNotPassed(END_BUNDLED)
        .isWaitingAt(USER_TASK_DRAFT_NOTICE);
    assertThat(
            engine
                .getRuntimeService()
                .createEventSubscriptionQuery()
                .processInstanceId(check.getId())
                .eventType("message")
                .count())
        .as("no longer waiting for another check's notice")
        .isZero();
    run.complete(
        run.task(check, USER_TASK_DRAFT_NOTICE), run.noticeForm("督通〔2026〕24号", "2026-12-14"));
    run.complete(run.task(check, USER_TASK_APPROVE_NOTICE), Map.of("approvalResult", "APPROVED"));
    BpmnAwareTests.assertThat(check).isWaitingAt(CALL_ACTIVITY_RECTIFICATION);
    assertThat(
            beans.jdbc.queryForObject(
                "select count(*) from spot_check_finding f join spot_check_notice n"
                    + " on n.id = f.notice_id where n.notice_number = '督通〔2026〕24号'",
                Integer.class))
        .isEqualTo(1);
  }

  /**
   * The task (or, for {@code taskKey} null, the timer alone) is due at the end of {@code due}; its
   * overdue timer falls on {@code reminded} at 09:00, mails the recipients and leaves the step
   * open.
   */
  private void assertOverdueReminder(
      ProcessInstance instance,
      String taskKey,
      String timerId,
      String due,
      String reminded,
      String recipients) {
    if (taskKey != null) {
      assertThat(run.task(instance, taskKey).getDueDate()).isEqualTo(endOf(due));
    }
    assertThat(timer(instance, timerId).getDuedate()).isEqualTo(at(reminded + " 09:00"));
    int before = beans.mail.sent.size();
    ClockUtil.setCurrentTime(at(reminded + " 09:00"));
    run.executeJobs();
    assertThat(beans.mail.sent).hasSize(before + 1).last().isEqualTo("OVERDUE:" + recipients);
    if (taskKey != null) {
      assertThat(run.tasks(instance, taskKey)).isNotEmpty();
    }
  }

  /**
   * The timer plan (spot-check-schedule, deployed with this class) would start checks of its own
   * while a test moves the clock for weeks, and their reminders would mix with the ones checked.
   */
  private void pauseTimerPlan() {
    engine.getRepositoryService().suspendProcessDefinitionByKey(SCHEDULE_PROCESS_KEY, true, null);
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .timers()
        .singleResult();
  }

  private static Date endOf(String day) {
    return Date.from(
        LocalDate.parse(day)
            .atTime(23, 59, 59)
            .atZone(java.time.ZoneId.of("Asia/Shanghai"))
            .toInstant());
  }

  private static void assertRefused(Runnable completion, String message) {
    assertThatThrownBy(completion::run)
        .hasRootCauseInstanceOf(
            org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .rootCause()
        .hasMessage(message);
  }
}
