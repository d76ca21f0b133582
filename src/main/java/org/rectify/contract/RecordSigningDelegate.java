package org.rectify.contract;

import static org.rectify.contract.ContractSigningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordSigning} of {@code contract-signing}: the contract is signed on the
 * legal opinion without objection — its number goes into the register ({@code legal_opinion_ref}).
 */
@Component("recordSigningDelegate")
class RecordSigningDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordSigningDelegate.class);

  private final ContractRepository contracts;

  RecordSigningDelegate(ContractRepository contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    String opinion = (String) execution.getVariable(LEGAL_OPINION_NO);
    Object signedOn = execution.getVariable(SIGNED_ON);
    contracts.recordSigning(
        number, opinion, signedOn == null ? BusinessDates.today() : BusinessDates.parse(signedOn));
    LOG.info("Contract {} signed on legal opinion {}", number, opinion);
  }
}
