package org.rectify.agenda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A correctable defect sends the topic back to the department: the revision counter goes up (domain
 * §4.3.3).
 */
@Component("agendaRevision")
class AgendaRevisionDelegate implements JavaDelegate {

  private final AgendaTopicRepository topics;

  AgendaRevisionDelegate(AgendaTopicRepository topics) {
    this.topics = topics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Integer from the API start, Long when a calling process maps it with an expression.
    Number revision = (Number) execution.getVariable(AgendaPrereviewProcess.REVISION);
    execution.setVariable(
        AgendaPrereviewProcess.REVISION, (revision == null ? 0 : revision.intValue()) + 1);
    topics.incrementRevision((String) execution.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER));
  }
}
