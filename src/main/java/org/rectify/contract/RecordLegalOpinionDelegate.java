package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordLegalOpinion}: files the formal legal opinion (法律意见书) typed by counsel
 * as the next version for the contract; signing is only reachable after an opinion without
 * objection (rule 55).
 */
@Component("legalOpinionRecorder")
class RecordLegalOpinionDelegate implements JavaDelegate {

  private final ContractRepository contracts;

  RecordLegalOpinionDelegate(ContractRepository contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    boolean objection = LegalVerdict.OBJECTION.name().equals(execution.getVariable(LEGAL_VERDICT));
    int version =
        contracts.addLegalOpinion(
            number,
            (String) execution.getVariable(LEGAL_OPINION_NO),
            BusinessDates.today(),
            (String) execution.getVariable(FLAGGED_CLAUSES),
            (String) execution.getVariable(REQUIRED_AMENDMENTS),
            objection,
            CompletedTasks.lastAssignee(execution, LEGAL_REVIEW).orElse(null));
    execution.setVariable("legalOpinionVersion", version);
  }

  /** Values of the form field {@code legalVerdict}. */
  enum LegalVerdict {
    NO_OBJECTION,
    OBJECTION
  }
}
