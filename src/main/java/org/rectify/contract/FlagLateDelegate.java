package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_FlagRenewalLate} / {@code ServiceTask_FlagTenderLate}: the renewal or tender
 * deadline passed with the proposal still open — flag the contract "late" in the register and the
 * Tasklist (红色 超期) before the escalation mail goes to the responsible leader and the office.
 */
@Component("contractLateFlag")
class FlagLateDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(FlagLateDelegate.class);

  private final ContractRepository contracts;

  FlagLateDelegate(ContractRepository contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    contracts.markLate(number);
    execution.setVariable(LATE, true);
    execution.setVariable(STATUS_COLOUR_TEXT, RED);
    LOG.warn("Contract {} missed its deadline at {}", number, execution.getCurrentActivityId());
  }
}
