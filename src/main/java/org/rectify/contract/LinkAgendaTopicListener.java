package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code ServiceTask_RegisterRenewalTopic} / {@code
 * ServiceTask_RegisterTenderTopic}: once the agenda capability registered the topic, the contract
 * register keeps its number and whether it was submitted before the deadline (end − 2 months for a
 * renewal, end − 6 months for a tender plan; the "submitted on time" flag of step 9).
 */
@Component("contractAgendaLink")
class LinkAgendaTopicListener implements ExecutionListener {

  private final ContractAgendaRepository agendaTopics;

  LinkAgendaTopicListener(ContractAgendaRepository agendaTopics) {
    this.agendaTopics = agendaTopics;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean renewal = REGISTER_RENEWAL_TOPIC.equals(execution.getCurrentActivityId());
    Date deadline = (Date) execution.getVariable(renewal ? RENEWAL_DEADLINE : TENDER_DEADLINE);
    agendaTopics.link(
        (String) execution.getVariable(CONTRACT_NUMBER),
        (String) execution.getVariable(TOPIC_NUMBER),
        renewal ? "CONTRACT_RENEWAL" : "TENDER_PLAN",
        BusinessDates.today(),
        BusinessDates.toLocalDate(deadline));
  }
}
