package org.rectify.contract;

import static org.rectify.contract.ContractAssessmentProcess.*;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.supplier.Blacklist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_BlacklistContractor}: the exit rules fired and the office confirmed — enter
 * the contractor on the blacklist (rule, evidence, date, approver; not twice while an entry is
 * active), and end <em>every</em> running contract of that contractor: each is marked exited and
 * its {@code contract-renewal} path ended by message, which opens the replacement procurement
 * there. The rules apply to the contractor, not to the one contract assessed (domain §4.2.2).
 */
@Component("contractorBlacklister")
class BlacklistContractorDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(BlacklistContractorDelegate.class);
  static final String EXITED = "EXITED";

  /** The blacklist entry's evidence column. */
  static final int EVIDENCE_MAX = 2000;

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
    // the register is read again: what the office was shown may have changed meanwhile
    List<Contract> running = contracts.runningOfContractor(contract.contractorId());
    String ended =
        running.isEmpty()
            ? "无履行中的合同"
            : running.stream().map(Contract::number).collect(Collectors.joining("、"));
    String evidence =
        "连续不合格"
            + execution.getVariable(CONSECUTIVE_FAILS)
            + "次，本年度不合格"
            + execution.getVariable(FAILS_THIS_YEAR)
            + "次（该承包商全部合同合计）；终止合同："
            + ended
            + "；"
            + nullToEmpty(execution.getVariable(BLACKLIST_EVIDENCE));
    blacklist.add(
        contract.contractorId(),
        rule,
        (String) execution.getVariable(EXIT_REASON),
        evidence.length() > EVIDENCE_MAX ? evidence.substring(0, EVIDENCE_MAX) : evidence,
        number,
        BusinessDates.today(),
        approver(execution));
    for (Contract exiting : running) {
      contracts.close(exiting.number(), EXITED);
      execution
          .getProcessEngineServices()
          .getRuntimeService()
          .createMessageCorrelation(ContractRenewalProcess.MESSAGE_CONTRACTOR_EXITED)
          .processInstanceBusinessKey(exiting.number())
          .correlateAll();
    }
    LOG.info(
        "Contractor {} blacklisted by rule {} (assessed contract {}, contracts ended: {})",
        contract.contractor(),
        rule,
        number,
        ended);
  }

  /** Who confirmed the entry in the office (the assignee of {@code UserTask_ConfirmBlacklist}). */
  private static String approver(DelegateExecution execution) {
    return CompletedTasks.lastAssignee(execution, CONFIRM_BLACKLIST).orElse("office");
  }

  private static String nullToEmpty(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
