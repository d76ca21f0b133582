package org.rectify.measure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.rectify.measure.MeasureLifecycle.Elements;
import static org.rectify.measure.MeasureLifecycle.Vars;
import static org.rectify.measure.MeasureStatus.APPROVED;
import static org.rectify.measure.MeasureStatus.ASSIGNED;
import static org.rectify.measure.MeasureStatus.IN_PROGRESS;
import static org.rectify.measure.MeasureStatus.SUBMITTED;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.reminder.StatusColour;

/**
 * Shared set-up of the {@code measure-lifecycle} path tests: in-memory engine with coverage, the
 * organisation, the reminder capability and the journal as stand-ins, the engine clock fixed at
 * {@link #NOW}.
 */
abstract class MeasureLifecycleTestSupport {

  static final Date NOW = at(LocalDateTime.of(2026, 11, 27, 9, 0));
  static final LocalDate DUE_DAY = LocalDate.of(2026, 12, 20);
  static final Date LOOK_BACK_DATE = at(LocalDateTime.of(2027, 3, 1, 9, 0));
  static final String CODE = "M16";
  static final Map<String, String> DEPARTMENTS = Map.of("enforcement", "执法科", "greening", "园林绿化科");

  InMemoryMeasureJournal journal;

  /** The plan phase the progress cadence sees (the plan's dates live in the database). */
  int phase = 1;

  RecordingReminderMail reminderMail;
  ProcessEngine engine;

  @BeforeEach
  void setUpEngine() {
    ClockUtil.setCurrentTime(NOW);
    engine = processEngine();
    init(engine);
    OrganizationDirectory organization = mock(OrganizationDirectory.class);
    when(organization.headOf(anyString())).thenAnswer(call -> call.getArgument(0) + "Head");
    when(organization.leaderOf(anyString())).thenReturn("leaders2");
    when(organization.nameOf(anyString()))
        .thenAnswer(call -> DEPARTMENTS.get((String) call.getArgument(0)));
    when(organization.isDepartment(anyString()))
        .thenAnswer(call -> DEPARTMENTS.containsKey(call.getArgument(0)));
    journal = new InMemoryMeasureJournal();
    reminderMail = new RecordingReminderMail();
    Mocks.register("organization", organization);
    Mocks.register("reminderTimes", new FakeReminderTimes());
    Mocks.register("reminderMail", reminderMail);
    Mocks.register("reminderLadder", org.rectify.reminder.ReminderLadder.withDefaults());
    Mocks.register(
        "measureProgressCadence",
        new MeasureProgressCadence((code, day) -> phase, new MeasureProperties()));
    Mocks.register(
        "measureStatusListener",
        new MeasureStatusListener(journal, organization, StatusColour.withDefaults()));
    Mocks.register(
        "longTermReportDeadline", new LongTermReportDeadline(StatusColour.withDefaults()));
    Mocks.register("measureTaskListener", new MeasureTaskListener(journal, organization));
    // the reviewers' summary reads the database (progress, evidence): checked with the whole
    // application in TaskEvidenceBrowserTest; here it only has to be there
    Mocks.register(
        "measureReviewListener", (org.camunda.bpm.engine.delegate.TaskListener) task -> {});
  }

  abstract ProcessEngine processEngine();

  @AfterEach
  void tearDownEngine() {
    engine.getIdentityService().clearAuthentication();
    Mocks.reset();
    ClockUtil.reset();
  }

  static Date at(LocalDateTime time) {
    return Date.from(time.atZone(MeasureLifecycle.ZONE).toInstant());
  }

  ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            MeasureLifecycle.PROCESS_KEY,
            CODE,
            MeasureLifecycle.startVariables(
                CODE, "执法专项行动；勤务模式改革；统筹街道城管力量", "enforcement", "执法科", DUE_DAY, LOOK_BACK_DATE));
  }

  /** The open task at the given element, after checking that its form is deployed. */
  Task openTask(ProcessInstance instance, String taskKey) {
    Task task =
        taskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    Assertions.assertThat(task).as("open task %s", taskKey).isNotNull();
    Assertions.assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();
    return task;
  }

  void complete(ProcessInstance instance, String taskKey, Object... variables) {
    Map<String, Object> values = new java.util.HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    taskService().complete(openTask(instance, taskKey).getId(), values);
  }

  void claim(ProcessInstance instance) {
    complete(instance, Elements.CLAIM, Vars.CLAIM_DECISION, "CLAIM", Vars.IMPLEMENTER, "马执中");
  }

  void submit(ProcessInstance instance) {
    complete(
        instance,
        Elements.REPORT_PROGRESS,
        Vars.PROGRESS_NARRATIVE,
        "完成专项行动三次，勤务模式改革方案已印发",
        Vars.PROGRESS_PERCENT,
        100L,
        Vars.PROGRESS_ACTION,
        "SUBMIT");
    complete(
        instance,
        Elements.SUBMIT_COMPLETION,
        Vars.COMPLETION_STATEMENT,
        "开展执法专项行动，印发勤务模式改革方案",
        Vars.DELIVERABLES,
        "《勤务模式改革方案》（已印发）",
        Vars.METRICS,
        "专项行动：3 次",
        Vars.CAUSE_CLARIFIED,
        true,
        Vars.RECTIFIED,
        true,
        Vars.RULE_ESTABLISHED,
        true);
  }

  void approve(ProcessInstance instance) {
    complete(
        instance,
        Elements.LEADER_APPROVAL,
        Vars.LEADER_DECISION,
        "APPROVE",
        Vars.LEADER_COMMENT,
        "同意");
  }

  /** Claim, submit, approve: the measure waits for the office's verification. */
  ProcessInstance startAndSubmit() {
    ProcessInstance instance = start();
    claim(instance);
    submit(instance);
    approve(instance);
    return instance;
  }

  void verify(ProcessInstance instance, String outcome, Object... more) {
    Object[] variables = new Object[4 + more.length];
    variables[0] = Vars.VERIFICATION_OUTCOME;
    variables[1] = outcome;
    variables[2] = Vars.VERIFICATION_NOTES;
    variables[3] = "核验意见：" + outcome;
    System.arraycopy(more, 0, variables, 4, more.length);
    complete(instance, Elements.VERIFY, variables);
  }

  /** Moves the engine clock and runs every job that is due then, as the job executor would. */
  void runJobsAt(Date time) {
    ClockUtil.setCurrentTime(time);
    for (int round = 0; round < 50; round++) {
      java.util.List<Job> due = managementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService().executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep becoming due");
  }

  void assertRefused(Runnable completion, String field) {
    assertThatThrownBy(completion::run)
        .rootCause()
        .isInstanceOf(MeasureFormException.class)
        .satisfies(
            e ->
                Assertions.assertThat((String) ((MeasureFormException) e).getDetail())
                    .isEqualTo(field));
  }

  static String formRef(UserTask task) {
    return task.getCamundaFormRef();
  }

  void assertCandidateGroup(ProcessInstance instance, String group) {
    assertThat(task(instance)).hasCandidateGroup(group);
  }

  void assertWaitingAt(ProcessInstance instance, String element) {
    assertThat(instance).isWaitingAt(element);
  }

  java.util.Collection<UserTask> userTasks() {
    String definitionId =
        repositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(MeasureLifecycle.PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    return repositoryService()
        .getBpmnModelInstance(definitionId)
        .getModelElementsByType(UserTask.class);
  }

  static java.util.List<MeasureStatus> sequence(MeasureStatus... statuses) {
    return java.util.List.of(statuses);
  }

  static final MeasureStatus[] UNTIL_VERIFICATION = {ASSIGNED, IN_PROGRESS, SUBMITTED, APPROVED};
}
