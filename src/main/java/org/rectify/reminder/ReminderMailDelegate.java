package org.rectify.reminder;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code reminderMail}: the service task behind every reminder timer (shared contract in
 * docs/reminders.md). Mails the open task named by {@code reminderTask} to {@code
 * reminderRecipients}, once per person and reminder; people without e-mail become an incident on
 * the task for administrators while the others are mailed; nobody to mail fails the job (retries,
 * then an incident). Refreshes {@code statusColourText} as a side effect.
 */
@Component("reminderMail")
class ReminderMailDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderMailDelegate.class);

  private final ReminderRecipients recipients;
  private final ReminderComposer composer;
  private final ReminderMailer mailer;
  private final RecipientIncidents incidents;
  private final StatusColour statusColour;
  private final DigestPreferences digests;
  private final boolean tasksByQuery;

  ReminderMailDelegate(
      ReminderRecipients recipients,
      ReminderComposer composer,
      ReminderMailer mailer,
      RecipientIncidents incidents,
      StatusColour statusColour,
      DigestPreferences digests,
      @Value("${rectify.reminder.tasks-by-query:false}") boolean tasksByQuery) {
    this.tasksByQuery = tasksByQuery;
    this.digests = digests;
    this.recipients = recipients;
    this.composer = composer;
    this.mailer = mailer;
    this.incidents = incidents;
    this.statusColour = statusColour;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReminderSpec reminder = ReminderSpec.of(execution);
    ReminderType type = reminder.type();
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    RuntimeService runtimeService = execution.getProcessEngineServices().getRuntimeService();
    // a comma list names several tasks (measure-lifecycle:
    // "UserTask_ReportProgress,UserTask_SubmitCompletion")
    String[] taskKeys = reminder.taskKeys().toArray(String[]::new);
    List<Task> tasks =
        tasksByQuery
            ? taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(taskKeys)
                .list()
            : openTasks(execution.getProcessInstanceId(), reminder.taskKeys());
    if (tasks.isEmpty()) {
      tasks = tasksOfCalledInstances(execution, taskService, runtimeService, taskKeys);
    }
    if (tasks.isEmpty()) {
      LOG.info(
          "任务 {} 已办结，{}提醒不再发送（流程实例 {}）",
          reminder.taskKeyList(),
          type.label(),
          execution.getProcessInstanceId());
      return;
    }
    String reminderId = reminderId(execution);
    DirectoryLookups directory = recipients.lookups();
    try (SmtpConnection connection = mailer.connection()) {
      for (Task task : tasks) {
        remind(
            execution,
            reminder,
            task,
            reminderId + "/" + task.getId(),
            runtimeService,
            directory,
            connection);
      }
    }
    refreshStatusColour(execution);
  }

  /**
   * The instance's open tasks of the named keys, by id. The engine's own look-up of an instance's
   * tasks (one static statement) instead of a task query: building the task query's dynamic SQL
   * cost about a tenth of the reminder flush's CPU (docs/benchmarks.md). It also finds the tasks
   * whoever runs the job: a task query would apply the authorizations of an administrator who
   * executes it by hand through REST. {@code rectify.reminder.tasks-by-query} puts the task query
   * back, for the benchmark's before/after.
   */
  private static List<Task> openTasks(String processInstanceId, List<String> taskKeys) {
    return Context.getCommandContext()
        .getTaskManager()
        .findTasksByProcessInstanceId(processInstanceId)
        .stream()
        .filter(task -> taskKeys.contains(task.getTaskDefinitionKey()))
        .sorted(Comparator.comparing(Task::getId))
        .map(Task.class::cast)
        .toList();
  }

  /**
   * Written only when the colour changed: an unchanged value would still cost an update and a
   * history row.
   */
  private void refreshStatusColour(DelegateExecution execution) {
    Map<String, Object> deadline = new HashMap<>();
    deadline.put(ReminderVariables.DUE_DATE, execution.getVariable(ReminderVariables.DUE_DATE));
    for (String name : List.of(StatusColour.STATUS_DUE_DATE, StatusColour.STATUS_YELLOW_FROM)) {
      if (execution.hasVariable(name)) {
        deadline.put(name, execution.getVariable(name));
      }
    }
    statusColour
        .textForScope(deadline)
        .filter(
            colour -> !colour.equals(execution.getVariable(ReminderVariables.STATUS_COLOUR_TEXT)))
        .ifPresent(colour -> execution.setVariable(ReminderVariables.STATUS_COLOUR_TEXT, colour));
  }

  /**
   * A timer on a call activity reminds the open tasks of the instance it called (contract renewal
   * waiting in agenda pre-review): looked up only when the instance itself has none of the named
   * tasks.
   */
  private static List<Task> tasksOfCalledInstances(
      DelegateExecution execution,
      TaskService taskService,
      RuntimeService runtimeService,
      String[] taskKeys) {
    String[] called =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(execution.getProcessInstanceId())
            .list()
            .stream()
            .map(instance -> instance.getId())
            .toArray(String[]::new);
    return called.length == 0
        ? List.of()
        : taskService
            .createTaskQuery()
            .processInstanceIdIn(called)
            .taskDefinitionKeyIn(taskKeys)
            .list();
  }

  /**
   * What identifies this firing of the reminder across retries: the asynchronous job that runs the
   * mail task. Not the execution: a mail task with input parameters is a scope, whose execution is
   * created anew on every attempt, so a retry after a committed mail (node crash, database restart)
   * looked like a new reminder and mailed again.
   */
  static String reminderId(DelegateExecution execution) {
    CommandContext commandContext = Context.getCommandContext();
    JobEntity job = commandContext == null ? null : commandContext.getCurrentJob();
    return job != null ? "job:" + job.getId() : execution.getId();
  }

  private void remind(
      DelegateExecution execution,
      ReminderSpec reminder,
      Task task,
      String reminderKey,
      RuntimeService runtimeService,
      DirectoryLookups directory,
      SmtpConnection connection) {
    ReminderType type = reminder.type();
    String spec = reminder.recipients();
    ReminderVariables variables =
        ReminderVariables.of(
            runtimeService, task.getExecutionId(), task.getDueDate(), reminder.taskDueDate());
    if (type == ReminderType.BEFORE_DUE
        && statusColour.of(variables.dueDate()) == StatusColour.Colour.RED) {
      // the timer fired late (start-up after downtime, a task created past its reminder date):
      // never announce as "about to fall due" what is already overdue
      if (ReminderSpec.overdueReminderModelled(execution, reminder.taskKeys())) {
        LOG.info(
            "“{}”（{}）已超期，不发送即将到期提醒，由超期提醒通知（流程实例 {}）",
            task.getName(),
            variables.businessNumber(),
            task.getProcessInstanceId());
        return;
      }
      type = ReminderType.OVERDUE;
    }
    ReminderRecipients.Resolution resolution =
        recipients.resolve(spec, task, variables.department(), directory);
    if (resolution.recipients().isEmpty()) {
      throw new ProcessEngineException(
          "“"
              + task.getName()
              + "”的"
              + type.label()
              + "提醒没有可发送的收件人："
              + resolution.problems().stream().map(ReminderRecipients.Problem::message).toList()
              + "。请在组织机构中补全人员或邮箱后，在 Cockpit 中重试");
    }
    incidents.report(task, type, resolution.problems());
    Set<String> digest =
        type.digestible()
            ? digests.wantingDigest(
                resolution.recipients().stream().map(ReminderRecipients.Recipient::userId).toList())
            : Set.of();
    for (ReminderRecipients.Recipient recipient : resolution.recipients()) {
      if (digest.contains(recipient.userId())) {
        LOG.info("{} 选择了每日汇总，“{}”的{}提醒并入汇总邮件", recipient.userId(), task.getName(), type.label());
        continue;
      }
      ReminderMail mail =
          composer.compose(type, task, variables, recipient.name(), null, directory);
      mailer.send(
          connection, reminderKey, recipient, mail, task.getProcessInstanceId(), task.getId());
    }
  }
}
