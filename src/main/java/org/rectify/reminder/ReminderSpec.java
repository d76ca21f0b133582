package org.rectify.reminder;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;

/**
 * What a {@code reminderMail} task says about its reminder: type, the user task(s) to remind of,
 * who gets it, and which due date the mail names ({@code reminderDueDate}: {@code process}, the
 * default, is the {@code dueDate} variable, e.g. the measure's deadline the implementation ladder
 * counts from; {@code task} is the reminded task's own due date, for a step such as 分管领导审核 whose 5
 * days have nothing to do with the measure's deadline).
 *
 * <p>Modelled as the task's extension properties ({@code camunda:properties}), read once when the
 * definition is parsed ({@link ReminderTaskParsePlugin}): no variables, no scope execution per
 * firing. Definitions deployed before that, still running in a database being upgraded, pass them
 * as input parameters; those are read when the task has no such properties. A recipients value may
 * contain an expression ({@code user:${organization.headOf('office')}}), evaluated against the
 * execution like an input parameter would be.
 */
record ReminderSpec(
    ReminderType type, List<String> taskKeys, String recipients, boolean taskDueDate) {

  static final String TYPE = "reminderType";
  static final String TASK = "reminderTask";
  static final String RECIPIENTS = "reminderRecipients";
  static final String DUE_DATE = "reminderDueDate";

  static ReminderSpec of(DelegateExecution execution) {
    ActivityImpl activity =
        execution instanceof ExecutionEntity entity ? entity.getActivity() : null;
    ReminderSpec modelled =
        activity == null ? null : activity.getProperties().get(ReminderTaskParsePlugin.REMINDER);
    if (modelled != null) {
      return modelled.recipients().contains("${") || modelled.recipients().contains("#{")
          ? new ReminderSpec(
              modelled.type(),
              modelled.taskKeys(),
              evaluate(modelled.recipients(), execution),
              modelled.taskDueDate())
          : modelled;
    }
    return parse(
        execution.getVariableLocal(TYPE),
        execution.getVariableLocal(TASK),
        execution.getVariableLocal(RECIPIENTS),
        execution.getVariableLocal(DUE_DATE));
  }

  /** The same checks at deployment and when the reminder fires; messages name the property. */
  static ReminderSpec parse(Object type, Object task, Object recipients, Object dueDate) {
    ReminderType reminderType = ReminderType.parse(type);
    List<String> taskKeys =
        task == null
            ? List.of()
            : Arrays.stream(task.toString().split(","))
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .toList();
    if (taskKeys.isEmpty()) {
      throw new ProcessEngineException("提醒任务缺少属性 " + TASK + "（要提醒的用户任务 id，多个用逗号分隔）");
    }
    if (recipients == null || recipients.toString().isBlank()) {
      throw new ProcessEngineException("提醒任务缺少属性 " + RECIPIENTS + "（例如 assignee,candidates,head）");
    }
    String due = dueDate == null ? "process" : dueDate.toString().trim();
    if (!due.equals("process") && !due.equals("task")) {
      throw new ProcessEngineException(
          "提醒任务的属性 "
              + DUE_DATE
              + " 无效：“"
              + due
              + "”，允许 process（流程变量 dueDate，默认）或 task（被提醒任务自己的截止日期）");
    }
    return new ReminderSpec(reminderType, taskKeys, recipients.toString(), due.equals("task"));
  }

  private static String evaluate(String value, DelegateExecution execution) {
    return (String)
        Context.getProcessEngineConfiguration()
            .getExpressionManager()
            .createExpression(value)
            .getValue(execution);
  }

  /**
   * Whether the reminder's process also models an overdue reminder ({@code OVERDUE}) for one of
   * these tasks: then a before-due reminder that fires only after the due date stays silent and the
   * overdue one speaks; without one (contract renewal escalates instead), the before-due reminder
   * goes out as an overdue notice, so that the people it names still hear of the task.
   */
  static boolean overdueReminderModelled(DelegateExecution execution, List<String> taskKeys) {
    if (!(execution instanceof ExecutionEntity entity)) {
      return false;
    }
    return overdueReminderIn(entity.getProcessDefinition(), taskKeys);
  }

  private static boolean overdueReminderIn(ScopeImpl scope, List<String> taskKeys) {
    for (ActivityImpl activity : scope.getActivities()) {
      ReminderSpec spec = activity.getProperties().get(ReminderTaskParsePlugin.REMINDER);
      if (spec != null
          && spec.type() == ReminderType.OVERDUE
          && spec.taskKeys().stream().anyMatch(taskKeys::contains)) {
        return true;
      }
      if (overdueReminderIn(activity, taskKeys)) {
        return true;
      }
    }
    return false;
  }

  String taskKeyList() {
    return String.join(",", taskKeys);
  }
}
