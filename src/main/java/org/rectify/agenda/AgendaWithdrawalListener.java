package org.rectify.agenda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.rectify.meeting.MeetingRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Process end listener of {@code agenda-prereview}: a pre-review that is cancelled instead of
 * finished — the contract renewal that called it ended because the contractor exited, or an
 * administrator cancelled it in Cockpit — withdraws its topic. The register shows {@code WITHDRAWN}
 * and a planned meeting no longer carries it; a meeting already held keeps its record. A pre-review
 * that ends normally is left alone.
 */
@Component("agendaWithdrawal")
class AgendaWithdrawalListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(AgendaWithdrawalListener.class);
  static final String WITHDRAWN = "WITHDRAWN";

  private final AgendaTopicRepository topics;
  private final MeetingRegister meetings;

  AgendaWithdrawalListener(AgendaTopicRepository topics, MeetingRegister meetings) {
    this.topics = topics;
    this.meetings = meetings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      return;
    }
    String number = (String) execution.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER);
    if (number == null) {
      return;
    }
    topics.update(number, "status", WITHDRAWN);
    int removed = meetings.withdrawTopic(number);
    String reason = execution instanceof ExecutionEntity entity ? entity.getDeleteReason() : null;
    LOG.info(
        "Agenda topic {} withdrawn ({}), removed from {} planned meeting(s)",
        number,
        reason,
        removed);
  }
}
