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
    BpmnAwareTests.assertThat(first).isWaitingAt(CATCH_BUNDLED_NOTICE);

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
    ClockUtil.setCurrentTime(at("2026-11-23 09:00"));
    run.executeJobs();
    ClockUtil.setCurrentTime(at("2026-11-30 09:00"));
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
}
