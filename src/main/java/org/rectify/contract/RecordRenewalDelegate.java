package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordRenewal}: the renewal is signed — update the register (new end date,
 * renewals + 1, the legal opinion it was signed on) and hand the new end date to {@code
 * ServiceTask_ScheduleTerm}, which re-arms the timers for the new term.
 */
@Component("contractRenewalRecorder")
class RecordRenewalDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordRenewalDelegate.class);

  private final ContractRepository contracts;

  RecordRenewalDelegate(ContractRepository contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    LocalDate newEndsOn = BusinessDates.parse(execution.getVariable(NEW_ENDS_ON));
    LocalDate oldEndsOn = BusinessDates.parse(execution.getVariable(ENDS_ON));
    if (!newEndsOn.isAfter(oldEndsOn)) {
      throw new IllegalStateException("续签后的合同终止日期（" + newEndsOn + "）必须晚于原终止日期（" + oldEndsOn + "）");
    }
    contracts.renew(number, newEndsOn, (String) execution.getVariable(LEGAL_OPINION_NO));
    execution.setVariable(ENDS_ON, BusinessDates.at(newEndsOn));
    LOG.info("Contract {} renewed until {}", number, newEndsOn);
  }
}
