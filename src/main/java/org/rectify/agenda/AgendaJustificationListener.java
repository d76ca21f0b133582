package org.rectify.agenda;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Deviations must be explained, not just clicked (domain §4.3.3): a splitting hint (C6) overruled to PASS needs the
 * reviewer's reason; a meeting other than the DMN's proposal (C10) needs the office's reason.
 */
@Component("agendaJustification")
class AgendaJustificationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (AgendaPrereviewProcess.TASK_OFFICE_REVIEW.equals(task.getTaskDefinitionKey())) {
      if (AgendaChecklist.FAIL.equals(task.getVariable("c6Auto")) && AgendaChecklist.PASS.equals(task.getVariable("c6"))
          && blank(task.getVariable("reviewComment"))) {
        throw new ProcessEngineException("C6 系统提示疑似拆分规避招标，改为通过须在审核意见中说明理由");
      }
      return;
    }
    Object proposed = task.getVariable(AgendaPrereviewProcess.PROPOSED_MEETING);
    Object confirmed = task.getVariable(AgendaPrereviewProcess.MEETING);
    if (proposed != null && !proposed.equals(confirmed) && blank(task.getVariable("routingComment"))) {
      throw new ProcessEngineException("C10 确认的会议与规则建议（" + task.getVariable("proposedMeetingName")
          + "）不一致，须说明理由");
    }
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
