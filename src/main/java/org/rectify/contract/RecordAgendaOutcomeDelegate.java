package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordRenewalOutcome} / {@code ServiceTask_RecordTenderOutcome}: turns the
 * decision the called {@code agenda-prereview} returned into the contract path. Approved (also with
 * conditions) → {@code APPROVED}; not approved, or rejected by the office review (不予上会, no
 * decision) → {@code REJECTED}. A deferral never arrives here: it stays inside the agenda process
 * until the meeting decides. The decision is kept in the register.
 */
@Component("contractAgendaOutcome")
class RecordAgendaOutcomeDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordAgendaOutcomeDelegate.class);

  /** Stored for a topic the office review refused to put on the agenda. */
  static final String REJECTED_BY_REVIEW = "REJECTED";

  private final ContractAgendaRepository agendaTopics;

  RecordAgendaOutcomeDelegate(ContractAgendaRepository agendaTopics) {
    this.agendaTopics = agendaTopics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = (String) execution.getVariable(AGENDA_DECISION);
    String topicNumber = (String) execution.getVariable(TOPIC_NUMBER);
    String stored = decision == null ? REJECTED_BY_REVIEW : decision;
    agendaTopics.decide(
        topicNumber,
        stored,
        (String) execution.getVariable(AGENDA_MEETING),
        (String) execution.getVariable(AGENDA_MINUTES_REF),
        BusinessDates.today());
    boolean approved = "APPROVED".equals(decision) || "APPROVED_WITH_CONDITIONS".equals(decision);
    boolean renewal = RECORD_RENEWAL_OUTCOME.equals(execution.getCurrentActivityId());
    execution.setVariable(
        renewal ? RENEWAL_DECISION : TENDER_PLAN_DECISION, approved ? "APPROVED" : "REJECTED");
    execution.setVariable(
        AGENDA_OUTCOME_TEXT, text(topicNumber, stored, execution.getVariable(AGENDA_CONDITIONS)));
    LOG.info(
        "Contract {}: agenda topic {} decided {}",
        execution.getVariable(CONTRACT_NUMBER),
        topicNumber,
        stored);
  }

  private static String text(String topicNumber, String decision, Object conditions) {
    String label =
        switch (decision) {
          case "APPROVED" -> "会议通过";
          case "APPROVED_WITH_CONDITIONS" -> "会议附条件通过";
          case "NOT_APPROVED" -> "会议未通过";
          default -> "办公室审核不予上会";
        };
    String extra =
        conditions == null || conditions.toString().isBlank() ? "" : "（" + conditions + "）";
    return "议题 " + topicNumber + "：" + label + extra;
  }
}
