package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CloseRetendered}: the contract is not renewed; its work was re-tendered (or,
 * after a granted finance postponement, covered by a temporary-service tender). The register
 * records which.
 */
@Component("contractRetenderClosure")
class CloseRetenderedDelegate implements JavaDelegate {

  static final String RETENDERED = "RETENDERED";
  static final String TEMPORARY_SERVICE = "TEMPORARY_SERVICE";

  private final ContractRepository contracts;

  CloseRetenderedDelegate(ContractRepository contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean inTime = TenderSchedule.IN_TIME.name().equals(execution.getVariable(TENDER_SCHEDULE));
    String status = inTime ? RETENDERED : TEMPORARY_SERVICE;
    contracts.close((String) execution.getVariable(CONTRACT_NUMBER), status);
    execution.setVariable(CLOSURE_STATUS, status);
  }

  /** Values of the form field {@code tenderSchedule}. */
  enum TenderSchedule {
    IN_TIME,
    DELAYED
  }
}
