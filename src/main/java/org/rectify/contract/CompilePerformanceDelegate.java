package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CompilePerformance}: compiles the performance record (履约情况) for the renewal
 * proposal from the recorded assessments, summons and notices, so the record on the agenda item is
 * the register's, not typed.
 */
@Component("contractPerformanceCompiler")
class CompilePerformanceDelegate implements JavaDelegate {

  private final AssessmentRepository assessments;

  CompilePerformanceDelegate(AssessmentRepository assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    PerformanceRecord record = assessments.performance(number);
    execution.setVariable(PERFORMANCE_RECORD, record.summary(BusinessDates.today()));
    execution.setVariable("failedAssessments", record.fails());
  }
}
