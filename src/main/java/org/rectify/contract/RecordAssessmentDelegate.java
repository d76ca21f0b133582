package org.rectify.contract;

import static org.rectify.contract.ContractAssessmentProcess.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.supplier.ContractorRepository;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordAssessment}: files the assessment in the register; a finding of forged
 * business registration data is recorded on the contractor (rule B1 reads it) whatever the score,
 * and {@code forgedRegistration} is left a boolean for the gateway 考核合格？ (a satisfactory assessment
 * with that finding still goes to the exit decision).
 */
@Component("assessmentRecorder")
class RecordAssessmentDelegate implements JavaDelegate {

  private final AssessmentRepository assessments;
  private final ContractRepository contracts;
  private final ContractorRepository contractors;

  RecordAssessmentDelegate(
      AssessmentRepository assessments,
      ContractRepository contracts,
      ContractorRepository contractors) {
    this.assessments = assessments;
    this.contracts = contracts;
    this.contractors = contractors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    Object score = execution.getVariable(SCORE);
    boolean satisfactory = "SATISFACTORY".equals(execution.getVariable(ASSESSMENT_RESULT));
    assessments.addAssessment(
        number,
        BusinessDates.today(),
        (String) execution.getVariable(ASSESSMENT_PERIOD),
        (String) execution.getVariable(ASSESSOR_GROUP),
        null,
        (String) execution.getVariable(METHOD_REF),
        score == null ? null : new BigDecimal(String.valueOf(score)),
        satisfactory,
        (String) execution.getVariable(FINDINGS));
    boolean forged = Boolean.TRUE.equals(execution.getVariable(FORGED_REGISTRATION));
    // the gateway after this task reads it: an unticked box may arrive as no variable at all
    execution.setVariable(FORGED_REGISTRATION, forged);
    if (forged) {
      contracts
          .findByNumber(number)
          .ifPresent(c -> contractors.markForgedRegistration(c.contractorId()));
    }
  }
}
