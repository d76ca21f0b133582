package org.rectify.reminder;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code urgeMail}: service task {@code ServiceTask_SendUrgeMail} of {@code reminder-urge}. Mails
 * the urged task's assignee, or its candidates while nobody has claimed it, once per person and
 * urge.
 */
@Component("urgeMail")
class UrgeMailDelegate implements JavaDelegate {

  static final String URGED_TASK_ID = "urgedTaskId";
  static final String URGED_BY = "urgedBy";
  static final String URGE_NOTE = "urgeNote";
  static final String URGED_AT = "urgedAt";

  /** Optional: who gets the mail ({@code ReminderRecipients} tokens); else the task's holders. */
  static final String URGE_RECIPIENTS = "urgeRecipients";

  /**
   * Optional: {@code STAFFING} for the office's notice that a task fell back to a department's
   * group ({@link DirectoryFallbackMail}); else an urge.
   */
  static final String URGE_TYPE = "urgeType";

  private static final Logger LOG = LoggerFactory.getLogger(UrgeMailDelegate.class);

  private final ReminderRecipients recipients;
  private final ReminderComposer composer;
  private final ReminderMailer mailer;
  private final RecipientIncidents incidents;

  UrgeMailDelegate(
      ReminderRecipients recipients,
      ReminderComposer composer,
      ReminderMailer mailer,
      RecipientIncidents incidents) {
    this.recipients = recipients;
    this.composer = composer;
    this.mailer = mailer;
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskId = (String) execution.getVariable(URGED_TASK_ID);
    Task task =
        execution
            .getProcessEngineServices()
            .getTaskService()
            .createTaskQuery()
            .taskId(taskId)
            .singleResult();
    if (task == null) {
      LOG.info("被催办的任务 {} 已办结，不再发送催办邮件", taskId);
      return;
    }
    RuntimeService runtimeService = execution.getProcessEngineServices().getRuntimeService();
    ReminderVariables variables =
        ReminderVariables.of(runtimeService, task.getExecutionId(), task.getDueDate());
    ReminderRecipients.Resolution resolution =
        recipients.resolve(
            execution.getVariable(URGE_RECIPIENTS) instanceof String given
                ? given
                : task.getAssignee() != null ? "assignee" : "candidates",
            task,
            variables.department());
    if (resolution.recipients().isEmpty()) {
      throw new ProcessEngineException(
          "催办邮件没有可发送的收件人（任务“"
              + task.getName()
              + "”既无办理人也无候选人的邮箱）："
              + resolution.problems().stream().map(ReminderRecipients.Problem::message).toList());
    }
    ReminderType type =
        ReminderType.STAFFING.name().equals(execution.getVariable(URGE_TYPE))
            ? ReminderType.STAFFING
            : ReminderType.URGE;
    incidents.report(task, type, resolution.problems());
    String note = (String) execution.getVariable(URGE_NOTE);
    for (ReminderRecipients.Recipient recipient : resolution.recipients()) {
      ReminderMail mail = composer.compose(type, task, variables, recipient.name(), note);
      mailer.send(
          "urge/" + execution.getProcessInstanceId(),
          recipient,
          mail,
          task.getProcessInstanceId(),
          task.getId());
    }
  }
}
