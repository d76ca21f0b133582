package org.rectify.reminder;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectify.organization.DirectoryFallback;
import org.rectify.organization.OrganizationGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the office (整改办, every member of {@code rectOffice}) when a head's or leader's task fell
 * back to the department's group because the directory has nobody in that role: one mail through
 * the {@code reminder-urge} process (asynchronous, retried, an incident in Cockpit at last), the
 * note saying which department lacks whom. Runs inside the step that created the task, so the mail
 * goes out only when that step commits.
 */
@Component
class DirectoryFallbackMail {

  private final RuntimeService runtimeService;

  DirectoryFallbackMail(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @EventListener
  void tellTheOffice(DirectoryFallback fallback) {
    runtimeService
        .createProcessInstanceByKey(UrgeService.URGE_PROCESS)
        .businessKey(fallback.taskId())
        .setVariable(UrgeMailDelegate.URGED_TASK_ID, fallback.taskId())
        .setVariable(UrgeMailDelegate.URGED_BY, "system")
        .setVariable(UrgeMailDelegate.URGE_NOTE, fallback.note())
        .setVariable(UrgeMailDelegate.URGED_AT, ClockUtil.getCurrentTime())
        .setVariable(UrgeMailDelegate.URGE_RECIPIENTS, "group:" + OrganizationGroups.RECT_OFFICE)
        .setVariable(UrgeMailDelegate.URGE_TYPE, ReminderType.STAFFING.name())
        .execute();
  }
}
