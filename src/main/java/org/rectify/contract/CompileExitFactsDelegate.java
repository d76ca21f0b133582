package org.rectify.contract;

import static org.rectify.contract.ContractAssessmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.supplier.ContractorRepository;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CompileExitFacts}: derives the inputs of the {@code contractor-exit} decision
 * from the register (consecutive and this year's unsatisfactory assessments, uncomplied notices,
 * forged registration) together with the configured thresholds.
 */
@Component("exitFactsCompiler")
class CompileExitFactsDelegate implements JavaDelegate {

  private final AssessmentRepository assessments;
  private final ContractRepository contracts;
  private final ContractorRepository contractors;
  private final ContractProperties properties;

  CompileExitFactsDelegate(
      AssessmentRepository assessments,
      ContractRepository contracts,
      ContractorRepository contractors,
      ContractProperties properties) {
    this.assessments = assessments;
    this.contracts = contracts;
    this.contractors = contractors;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    PerformanceRecord record = assessments.performance(number);
    boolean forged =
        contracts
            .findByNumber(number)
            .flatMap(c -> contractors.findById(c.contractorId()))
            .map(c -> c.forgedRegistration())
            .orElse(false);
    execution.setVariable(FORGED_REGISTRATION, forged);
    execution.setVariable(CONSECUTIVE_FAILS, record.consecutiveFails());
    execution.setVariable(FAILS_THIS_YEAR, record.failsInYear(BusinessDates.today().getYear()));
    execution.setVariable(REPEATED_NON_COMPLIANCE, record.uncompliedNotices() > 0);
    execution.setVariable(CONSECUTIVE_FAIL_LIMIT, properties.getConsecutiveFailLimit());
    execution.setVariable(YEARLY_FAIL_LIMIT, properties.getYearlyFailLimit());
  }
}
