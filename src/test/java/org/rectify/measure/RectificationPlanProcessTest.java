package org.rectify.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.rectify.measure.RectificationPlan.Elements;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code rectification-plan}: approval and revision, measure start, reviews,
 * milestones, closure.
 */
@Deployment(
    resources = {
      "processes/rectification-plan.bpmn",
      "forms/plan-register-feedback.form",
      "forms/plan-leading-group.form",
      "forms/plan-draft.form",
      "forms/plan-approve.form",
      "forms/plan-phase-review.form",
      "forms/plan-look-back-summary.form",
      "forms/plan-close.form",
      "forms/plan-progress-digest.form",
      "forms/plan-leading-group-meeting.form"
    })
class RectificationPlanProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE =
      ProcessEngineCoverageExtension.Companion.builder("camunda-measure.cfg.xml")
          .assertClassCoverageAtLeast(0.95)
          .build();

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 0);

  final List<Long> plansStarted = new ArrayList<>();
  final RecordingReminderMail reminderMail = new RecordingReminderMail();
  final List<String> meetingsRecorded = new ArrayList<>();
  final List<Long> plansClosed = new ArrayList<>();
  String openMeasures;
  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(at(NOW));
    engine = ENGINE.getProcessEngine();
    init(engine);
    Mocks.register(
        "planMeasuresStarter",
        (org.camunda.bpm.engine.delegate.JavaDelegate)
            execution -> plansStarted.add(RectificationPlan.planId(execution)));
    Mocks.register(
        "planProgressDigest",
        (org.camunda.bpm.engine.delegate.TaskListener)
            task -> task.setVariable(RectificationPlan.Vars.PROGRESS_DIGEST, "共 37 条整改措施：整改中 7 条"));
    Mocks.register("reminderMail", reminderMail);
    Mocks.register("planDecisionCheck", new PlanDecisionCheck());
    Mocks.register(
        "planClosingCheck",
        (org.camunda.bpm.engine.delegate.TaskListener)
            task -> {
              if (openMeasures != null) {
                throw new MeasureFormException("closeNotes", openMeasures);
              }
            });
    Mocks.register(
        "planClosure",
        (org.camunda.bpm.engine.delegate.ExecutionListener)
            execution -> plansClosed.add(RectificationPlan.planId(execution)));
    Mocks.register(
        "leadingGroupMeetingRecord",
        (org.camunda.bpm.engine.delegate.TaskListener)
            task ->
                meetingsRecorded.add(
                    task.getTaskDefinitionKey() + "@" + task.getVariable("meetingDate")));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void issuedPlanStartsItsMeasuresAndRunsThroughThePhasesToClosure() {
    ProcessInstance plan = startAndIssue();
    assertThat(plansStarted).containsExactly(7L);
    BpmnAwareTests.assertThat(plan).isWaitingAt(Elements.PHASE1_END);

    runJobsAt(NOW.plusDays(31));
    assertThat(
            complete(plan, Elements.PHASE1_REVIEW, "phaseSummary", "第一阶段立行立改完成").getDescription())
        .isNull();
    runJobsAt(NOW.plusDays(121));
    complete(plan, Elements.PHASE2_REVIEW, "phaseSummary", "第二阶段建章立制基本完成");
    runJobsAt(NOW.plusDays(400));
    complete(plan, Elements.LOOK_BACK_SUMMARY, "lookBackSummary", "回头看未发现反弹");
    Task close = openTask(plan, Elements.CLOSE_PLAN);
    assertThat(taskService().getVariable(close.getId(), RectificationPlan.Vars.PROGRESS_DIGEST))
        .isEqualTo("共 37 条整改措施：整改中 7 条");
    complete(plan, Elements.CLOSE_PLAN, "closeNotes", "同意整改工作办结");

    BpmnAwareTests.assertThat(plan).hasPassed(Elements.PLAN_CLOSED).isEnded();
    assertThat(plansClosed).as("the plan record is closed").containsExactly(7L);
  }

  @Test
  void partyGroupCannotCloseThePlanWhileMeasuresAreOpen() {
    ProcessInstance plan = startAndIssue();
    runJobsAt(NOW.plusDays(31));
    complete(plan, Elements.PHASE1_REVIEW, "phaseSummary", "第一阶段立行立改完成");
    runJobsAt(NOW.plusDays(121));
    complete(plan, Elements.PHASE2_REVIEW, "phaseSummary", "第二阶段建章立制基本完成");
    runJobsAt(NOW.plusDays(400));
    complete(plan, Elements.LOOK_BACK_SUMMARY, "lookBackSummary", "回头看未发现反弹");
    openMeasures = "尚有 1 条整改措施未销号或移交长期落实：M38（待整改办核验）";

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> complete(plan, Elements.CLOSE_PLAN, "closeNotes", "同意整改工作办结"))
        .hasRootCauseInstanceOf(MeasureFormException.class)
        .hasMessageContaining("M38");
    BpmnAwareTests.assertThat(plan).isWaitingAt(Elements.CLOSE_PLAN);
    assertThat(plansClosed).isEmpty();

    openMeasures = null;
    complete(plan, Elements.CLOSE_PLAN, "closeNotes", "同意整改工作办结");
    BpmnAwareTests.assertThat(plan).hasPassed(Elements.PLAN_CLOSED).isEnded();
  }

  @Test
  void openMeasuresAreCarriedOverOnlyEachWithAReasonAndTheCarryOverIsRecorded() {
    MeasureRepository repository = org.mockito.Mockito.mock(MeasureRepository.class);
    org.mockito.Mockito.when(repository.ofPlan(7L))
        .thenReturn(
            List.of(
                measure("M01", MeasureStatus.CONSOLIDATED),
                measure("M02", MeasureStatus.IN_PROGRESS),
                measure("M03", MeasureStatus.SUBMITTED),
                measure("M04", MeasureStatus.LONG_TERM)));
    InMemoryMeasureJournal journal = new InMemoryMeasureJournal();
    Mocks.register("planClosingCheck", new PlanClosingCheck(repository, journal));
    ProcessInstance plan = startAndIssue();
    runJobsAt(NOW.plusDays(31));
    complete(plan, Elements.PHASE1_REVIEW, "phaseSummary", "第一阶段立行立改完成");
    runJobsAt(NOW.plusDays(121));
    complete(plan, Elements.PHASE2_REVIEW, "phaseSummary", "第二阶段建章立制基本完成");
    runJobsAt(NOW.plusDays(400));
    complete(plan, Elements.LOOK_BACK_SUMMARY, "lookBackSummary", "回头看未发现反弹");

    assertRefusedAtCarryOver(plan, null, "尚有 2 条整改措施未销号或移交长期落实：M02（整改中），M03（");
    assertRefusedAtCarryOver(plan, "M02：涉及跨年度财政预算，转入下一年度计划", "尚有 1 条整改措施未销号或移交长期落实：M03（");
    assertRefusedAtCarryOver(plan, "M02：涉及跨年度财政预算\nM03：待上级审批\nM01：已销号", "第 3 行：M01 不是本方案尚未销号的整改措施");
    assertRefusedAtCarryOver(plan, "M02：预算\nM03：待上级审批", "第 1 行：请至少用 5 个字写明 M02 的结转理由");
    assertRefusedAtCarryOver(plan, "M02 预算问题跨年度", "第 1 行应写作“措施编号：结转理由”");
    assertThat(journal.statuses).as("nothing recorded while refused").isEmpty();
    BpmnAwareTests.assertThat(plan).isWaitingAt(Elements.CLOSE_PLAN);

    complete(
        plan,
        Elements.CLOSE_PLAN,
        "closeNotes",
        "同意整改工作办结，两项措施结转",
        "carryOver",
        "M02：涉及跨年度财政预算，转入下一年度计划\nm03：制度待区里统一印发后执行");

    BpmnAwareTests.assertThat(plan).hasPassed(Elements.PLAN_CLOSED).isEnded();
    assertThat(journal.statuses)
        .extracting(
            InMemoryMeasureJournal.Entry::code,
            InMemoryMeasureJournal.Entry::status,
            InMemoryMeasureJournal.Entry::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "M02", MeasureStatus.IN_PROGRESS, "结转：涉及跨年度财政预算，转入下一年度计划"),
            org.assertj.core.groups.Tuple.tuple("M03", MeasureStatus.SUBMITTED, "结转：制度待区里统一印发后执行"));
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(plan.getId())
                .variableName(PlanClosingCheck.CARRIED_OVER_MEASURES)
                .singleResult()
                .getValue())
        .isEqualTo(
            "M02（整改中）：涉及跨年度财政预算，转入下一年度计划\nM03（"
                + MeasureStatus.SUBMITTED.label()
                + "）：制度待区里统一印发后执行");
  }

  private void assertRefusedAtCarryOver(ProcessInstance plan, String carryOver, String message) {
    Map<String, Object> values = new HashMap<>();
    values.put("closeNotes", "同意整改工作办结");
    values.put("carryOver", carryOver);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> taskService().complete(openTask(plan, Elements.CLOSE_PLAN).getId(), values))
        .rootCause()
        .isInstanceOf(MeasureFormException.class)
        .hasMessageContaining(message)
        .satisfies(
            e ->
                assertThat((Object) ((MeasureFormException) e).getDetail()).isEqualTo("carryOver"));
  }

  private static Measure measure(String code, MeasureStatus status) {
    return new Measure(
        code,
        7L,
        1L,
        "（一）1",
        "措施" + code,
        "sanitation",
        null,
        "leaders2",
        2,
        LocalDate.of(2027, 6, 30),
        status.name(),
        null,
        null);
  }

  @Test
  void partyGroupSendsTheDraftBackForRevision() {
    ProcessInstance plan = prepareDraft();
    complete(plan, Elements.APPROVE_PLAN, "planDecision", "REVISE", "revisionNotes", "补充责任分工");
    BpmnAwareTests.assertThat(plan).isWaitingAt(Elements.DRAFT_PLAN);
    BpmnAwareTests.assertThat(task(plan)).hasCandidateGroup("rectOffice");
  }

  /**
   * 是否同意印发？ has no default flow: its declared check, {@code planDecisionCheck}, refuses a missing
   * or unknown decision at 党组会审定整改方案 and no measure starts (issue 26).
   */
  @Test
  void aMissingOrUnknownPlanDecisionIsRefusedAndNoMeasureStarts() {
    ProcessInstance plan = prepareDraft();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> complete(plan, Elements.APPROVE_PLAN, "documentNumber", "坪城管党〔2026〕1号"))
        .hasRootCauseInstanceOf(MeasureFormException.class)
        .rootCause()
        .hasMessage("请选择“审定结论”");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> complete(plan, Elements.APPROVE_PLAN, "planDecision", "ISSUE"))
        .hasRootCauseInstanceOf(MeasureFormException.class)
        .rootCause()
        .hasMessage("“审定结论”的取值无效，请选择同意印发或修改后再审");
    BpmnAwareTests.assertThat(plan).isWaitingAt(Elements.APPROVE_PLAN);
    runJobsAt(NOW);
    assertThat(plansStarted).isEmpty();
  }

  @Test
  void leadingGroupHearsTheProgressEveryTwoWeeksPreparedByTheOffice() {
    ProcessInstance plan = startAndIssue();
    runJobsAt(NOW.plusDays(14).plusHours(1));

    Task digest = openTask(plan, Elements.PREPARE_DIGEST);
    BpmnAwareTests.assertThat(digest).hasCandidateGroup("rectOffice");
    complete(plan, Elements.PREPARE_DIGEST, "digestNotes", "7 条措施整改中，M16 超期");
    BpmnAwareTests.assertThat(task(Elements.LEADING_GROUP_MEETING, plan))
        .hasCandidateGroup("leadingGroup");
    complete(
        plan,
        Elements.LEADING_GROUP_MEETING,
        "meetingDate",
        "2026-12-11",
        "meetingDecisions",
        "M16 由分管领导督办");

    BpmnAwareTests.assertThat(plan)
        .hasPassed("EndEvent_ReviewHeld")
        .isWaitingAt(Elements.PHASE1_END);
    assertThat(meetingsRecorded).containsExactly(Elements.LEADING_GROUP_MEETING + "@2026-12-11");
  }

  @Test
  void partyGroupIsRemindedWhenThePlanWaitsForApproval() {
    ProcessInstance plan = prepareDraft();
    runJobsAt(NOW.plusDays(6));
    assertThat(reminderMail.sent)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo("OVERDUE");
              assertThat(r.task()).isEqualTo(Elements.APPROVE_PLAN);
            });
    BpmnAwareTests.assertThat(plan).isWaitingAt(Elements.APPROVE_PLAN);
  }

  private ProcessInstance prepareDraft() {
    LocalDate today = NOW.toLocalDate();
    ProcessInstance plan =
        runtimeService()
            .startProcessInstanceByKey(
                RectificationPlan.PROCESS_KEY,
                RectificationPlan.businessKey(7),
                RectificationPlan.startVariables(
                    7,
                    "整改方案",
                    today.plusDays(30),
                    today.plusDays(120),
                    today.plusDays(121),
                    today.plusDays(399),
                    "R3/P14D"));
    complete(
        plan,
        Elements.REGISTER_FEEDBACK,
        "inspectionGroup",
        "区委第三巡察组",
        "feedbackDate",
        "2026-11-20");
    BpmnAwareTests.assertThat(task(plan)).hasCandidateGroup("partySecretary");
    complete(plan, Elements.SET_UP_LEADING_GROUP, "groupLeader", "王振华");
    complete(plan, Elements.DRAFT_PLAN, "planTitle", "整改方案");
    BpmnAwareTests.assertThat(task(plan)).hasCandidateGroup("partyGroup");
    return plan;
  }

  private ProcessInstance startAndIssue() {
    ProcessInstance plan = prepareDraft();
    complete(
        plan, Elements.APPROVE_PLAN, "planDecision", "APPROVE", "documentNumber", "坪城管党〔2026〕1号");
    runJobsAt(NOW);
    return plan;
  }

  private Task openTask(ProcessInstance plan, String key) {
    Task task =
        taskService()
            .createTaskQuery()
            .processInstanceId(plan.getId())
            .taskDefinitionKey(key)
            .singleResult();
    assertThat(task).as("open task %s", key).isNotNull();
    assertThat(task.getDueDate()).isNotNull();
    assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();
    return task;
  }

  private Task complete(ProcessInstance plan, String key, Object... variables) {
    Task task = openTask(plan, key);
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    taskService().complete(task.getId(), values);
    return task;
  }

  private void runJobsAt(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
    for (int round = 0; round < 20; round++) {
      List<Job> due = managementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService().executeJob(job.getId()));
    }
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(MeasureLifecycle.ZONE).toInstant());
  }
}
