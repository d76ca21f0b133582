package org.rectify.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives spot checks through their user tasks the way the forms would, executing async jobs after
 * each step.
 */
final class SpotCheckProcessHarness {

  private final ProcessEngine engine;
  private final LocalDate day;

  /**
   * Drives checks visited on {@code day}; notices follow a day later with a deadline two weeks
   * after the visit.
   */
  SpotCheckProcessHarness(ProcessEngine engine, LocalDate day) {
    this.engine = engine;
    this.day = day;
  }

  private String day(int plus) {
    return day.plusDays(plus).toString();
  }

  static Date at(String dateTime) {
    return Date.from(
        LocalDateTime.parse(dateTime.replace(' ', 'T'))
            .atZone(ZoneId.of("Asia/Shanghai"))
            .toInstant());
  }

  ProcessInstance start(String number) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                SpotCheckProcess.PROCESS_KEY, number, SpotCheckStart.processVariables(number));
    plan(instance);
    return instance;
  }

  void plan(ProcessInstance instance) {
    complete(
        task(instance, SpotCheckProcess.USER_TASK_PLAN),
        Map.of(
            "checkType",
            "WORK_DISCIPLINE",
            "plannedFrom",
            day(0),
            "plannedTo",
            day(11),
            "targets",
            "各科室上班时段",
            "members",
            "督导组两人"));
  }

  void visit(ProcessInstance instance, String result) {
    complete(
        task(instance, SpotCheckProcess.USER_TASK_CARRY_OUT),
        Map.of("visitedOn", day(0), "visitSites", "办公大院各科室", "visitResult", result));
  }

  void recordFinding(
      ProcessInstance instance, String category, String person, String department, boolean more) {
    complete(
        task(instance, SpotCheckProcess.USER_TASK_RECORD_FINDING),
        findingForm(category, person, department, more));
  }

  Map<String, Object> findingForm(String category, String person, String department, boolean more) {
    Map<String, Object> form =
        new HashMap<>(
            Map.of(
                "category",
                category,
                "personName",
                person,
                "findingDepartment",
                department,
                "foundOn",
                day(0),
                "foundTime",
                "09:10",
                "place",
                "办公室",
                "description",
                "上班时间" + SpotCheckCategory.label(category)));
    form.put("moreFindings", more);
    return form;
  }

  void confirmAll(ProcessInstance instance, String decision) {
    for (Task task : tasks(instance, SpotCheckProcess.USER_TASK_CONFIRM_FINDING)) {
      complete(
          task,
          Map.of("findingDecision", decision, "personExplanation", "本人承认", "decisionReason", "核实"));
    }
  }

  void decide(ProcessInstance instance, String decision) {
    complete(
        task(instance, SpotCheckProcess.USER_TASK_DECIDE_NOTICE),
        Map.of("noticeDecision", decision));
  }

  Map<String, Object> noticeForm(String number, String deadline) {
    return Map.of(
        "noticeNumber",
        number,
        "noticeDate",
        day(1),
        "requirements",
        "各科室对照整改",
        "deadline",
        deadline);
  }

  void issueNotice(ProcessInstance instance, String number) {
    complete(task(instance, SpotCheckProcess.USER_TASK_DRAFT_NOTICE), noticeForm(number, day(14)));
    complete(
        task(instance, SpotCheckProcess.USER_TASK_APPROVE_NOTICE),
        Map.of("approvalResult", "APPROVED"));
  }

  Task rectificationTask(String department, String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processDefinitionKey(SpotCheckProcess.RECTIFICATION_PROCESS_KEY)
        .taskDefinitionKey(taskKey)
        .processVariableValueEquals("department", department)
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .findFirst()
        .orElse(null);
  }

  /** Rectifies the department's oldest open rectification and verifies it with the result. */
  void rectifyAndVerify(String department, String result) {
    Task rectify = rectificationTask(department, SpotCheckProcess.USER_TASK_RECTIFY);
    // eight days after the visit, or today when the engine clock has not got there: the form
    // refuses a rectification dated on a day still to come
    LocalDate rectifiedOn = day.plusDays(8);
    if (rectifiedOn.isAfter(SpotCheckVariables.today())) {
      rectifiedOn = SpotCheckVariables.today();
    }
    complete(
        rectify, Map.of("measuresTaken", "已批评教育并建立考勤通报制度", "rectifiedOn", rectifiedOn.toString()));
    complete(
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(rectify.getProcessInstanceId())
            .taskDefinitionKey(SpotCheckProcess.USER_TASK_VERIFY)
            .singleResult(),
        Map.of("verificationResult", result, "verificationNote", "下次暗访时复核"));
  }

  Task task(ProcessInstance instance, String taskKey) {
    List<Task> tasks = tasks(instance, taskKey);
    assertThat(tasks).as("open task %s", taskKey).isNotEmpty();
    return tasks.get(0);
  }

  List<Task> tasks(ProcessInstance instance, String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey)
        .list();
  }

  /** Completes the task as its form would, after checking that the task's form is deployed. */
  void complete(Task task, Map<String, Object> form) {
    assertThat(task).isNotNull();
    try (InputStream deployedForm = engine.getFormService().getDeployedTaskForm(task.getId())) {
      assertThat(deployedForm).as("form of %s", task.getTaskDefinitionKey()).isNotNull();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    engine.getTaskService().complete(task.getId(), form);
    executeJobs();
  }

  /**
   * Executes every job that is due now (async continuations, timers that have fired), until none is
   * left.
   */
  void executeJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs keep coming");
  }
}
