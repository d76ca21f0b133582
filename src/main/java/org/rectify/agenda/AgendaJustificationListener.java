package org.rectify.agenda;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rectify.platform.FormChecks;
import org.springframework.stereotype.Component;

/**
 * Deviations must be explained, not just clicked (domain §4.3.3): a splitting hint (C6) overruled
 * to PASS needs the reviewer's reason; a meeting other than the DMN's proposal (C10) needs the
 * office's reason; a 党组会 always opens with the 第一议题, so no topic may take place 1 there.
 */
@Component("agendaJustification")
class AgendaJustificationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (AgendaPrereviewProcess.TASK_OFFICE_REVIEW.equals(task.getTaskDefinitionKey())) {
      if (AgendaChecklist.FAIL.equals(task.getVariable("c6Auto"))
          && AgendaChecklist.PASS.equals(task.getVariable("c6"))) {
        if (blank(task.getVariable("reviewComment"))) {
          throw new FormFieldValidationException(
              "reviewComment", "C6 系统提示疑似拆分规避招标，改为通过须在审核意见中说明理由");
        }
        FormChecks.justification(task, "reviewComment", "审核意见（C6 改为通过的理由）");
      }
      return;
    }
    if (AgendaPrereviewProcess.TASK_SCHEDULE.equals(task.getTaskDefinitionKey())) {
      Object order = task.getVariable("agendaOrder");
      if ("PARTY_GROUP".equals(task.getVariable(AgendaPrereviewProcess.MEETING))
          && order instanceof Number number
          && number.intValue() < 2) {
        throw new FormFieldValidationException(
            "agendaOrder", "党组会第一项议题固定为“第一议题”（理论学习），本议题顺序须从 2 开始");
      }
      return;
    }
    Object proposed = task.getVariable(AgendaPrereviewProcess.PROPOSED_MEETING);
    Object confirmed = task.getVariable(AgendaPrereviewProcess.MEETING);
    if (proposed != null && !proposed.equals(confirmed)) {
      if (blank(task.getVariable("routingComment"))) {
        throw new FormFieldValidationException(
            "routingComment",
            "C10 确认的会议与规则建议（" + task.getVariable("proposedMeetingName") + "）不一致，须说明理由");
      }
      FormChecks.justification(task, "routingComment", "与规则建议不一致的理由");
    }
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
