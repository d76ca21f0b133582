package org.rectify.reminder;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes unreachable reminder recipients visible to administrators: one open incident of type
 * {@value #INCIDENT_TYPE} per problem (e.g. a user without e-mail) on the reminded user task, shown
 * in Cockpit on the task while the other recipients are mailed. It disappears with the task, or
 * when an administrator resolves it ({@code PUT /engine-rest/incident/{id}/annotation}, {@code
 * DELETE /engine-rest/incident/{id}}).
 */
@Component
class RecipientIncidents {

  static final String INCIDENT_TYPE = "reminderRecipient";
  private static final Logger LOG = LoggerFactory.getLogger(RecipientIncidents.class);

  private final RuntimeService runtimeService;

  RecipientIncidents(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  void report(Task task, ReminderType type, List<ReminderRecipients.Problem> problems) {
    for (ReminderRecipients.Problem problem : problems) {
      LOG.warn(
          "“{}”的{}提醒无法送达：{}（流程实例 {}）",
          task.getName(),
          type.label(),
          problem.message(),
          task.getProcessInstanceId());
      boolean open =
          runtimeService
                  .createIncidentQuery()
                  .incidentType(INCIDENT_TYPE)
                  .executionId(task.getExecutionId())
                  .configuration(problem.key())
                  .count()
              > 0;
      if (!open) {
        runtimeService.createIncident(
            INCIDENT_TYPE,
            task.getExecutionId(),
            problem.key(),
            "提醒邮件无法送达：" + problem.message() + "。请在组织机构/用户管理中补全后删除此事件");
      }
    }
  }
}
