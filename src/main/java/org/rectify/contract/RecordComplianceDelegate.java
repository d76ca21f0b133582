package org.rectify.contract;

import static org.rectify.contract.ContractAssessmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordCompliance}: records whether the rectification notice was complied with;
 * a notice not complied with counts as "屡教不改" for exit rule B3.
 */
@Component("rectificationComplianceRecorder")
class RecordComplianceDelegate implements JavaDelegate {

  private final AssessmentRepository assessments;

  RecordComplianceDelegate(AssessmentRepository assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assessments.recordCompliance(
        (String) execution.getVariable(CONTRACT_NUMBER),
        "COMPLIED".equals(execution.getVariable(RECTIFICATION_RESULT)));
  }
}
