package org.rectify.contract;

import static org.rectify.contract.ContractAssessmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.supplier.Blacklist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_BlacklistContractor}: the exit rules fired and the office confirmed — enter
 * the contractor on the blacklist (rule, evidence, date, approver), mark the contract exited and
 * end its {@code contract-renewal} path by message, which opens the replacement procurement there.
 */
@Component("contractorBlacklister")
class BlacklistContractorDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(BlacklistContractorDelegate.class);
  static final String EXITED = "EXITED";

  private final ContractRepository contracts;
  private final Blacklist blacklist;

  BlacklistContractorDelegate(ContractRepository contracts, Blacklist blacklist) {
    this.contracts = contracts;
    this.blacklist = blacklist;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    String rule = (String) execution.getVariable(EXIT_RULE);
    Contract contract = contracts.findByNumber(number).orElseThrow();
    String evidence =
        "连续不合格"
            + execution.getVariable(CONSECUTIVE_FAILS)
            + "次，本年度不合格"
            + execution.getVariable(FAILS_THIS_YEAR)
            + "次；"
            + nullToEmpty(execution.getVariable(BLACKLIST_EVIDENCE));
    blacklist.add(
        contract.contractorId(),
        rule,
        (String) execution.getVariable(EXIT_REASON),
        evidence,
        number,
        BusinessDates.today(),
        approver(execution));
    contracts.close(number, EXITED);
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .createMessageCorrelation(ContractRenewalProcess.MESSAGE_CONTRACTOR_EXITED)
        .processInstanceBusinessKey(number)
        .correlateAll();
    LOG.info(
        "Contractor {} blacklisted by rule {} (contract {})", contract.contractor(), rule, number);
  }

  /** Who confirmed the entry in the office (the assignee of {@code UserTask_ConfirmBlacklist}). */
  private static String approver(DelegateExecution execution) {
    return CompletedTasks.lastAssignee(execution, CONFIRM_BLACKLIST).orElse("office");
  }

  private static String nullToEmpty(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
