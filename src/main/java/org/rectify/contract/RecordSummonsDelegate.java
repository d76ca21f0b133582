package org.rectify.contract;

import static org.rectify.contract.ContractAssessmentProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordSummons}: files the summons (约谈) and the rectification notice (整改通知书)
 * with its deadline (the configured default when none was given) and sets the deadline as the
 * verification task's due date.
 */
@Component("summonsRecorder")
class RecordSummonsDelegate implements JavaDelegate {

  private final AssessmentRepository assessments;
  private final ContractProperties properties;

  RecordSummonsDelegate(AssessmentRepository assessments, ContractProperties properties) {
    this.assessments = assessments;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object typed = execution.getVariable(NOTICE_DEADLINE);
    LocalDate today = BusinessDates.today();
    LocalDate deadline =
        typed == null || String.valueOf(typed).isBlank()
            ? today.plusDays(properties.getRectificationDays())
            : BusinessDates.parse(typed);
    assessments.addSummonsAndNotice(
        (String) execution.getVariable(CONTRACT_NUMBER),
        today,
        (String) execution.getVariable(PARTICIPANTS),
        (String) execution.getVariable(REQUIREMENTS),
        (String) execution.getVariable(NOTICE_NO),
        deadline);
    execution.setVariable(ContractRenewalProcess.DUE_DATE, BusinessDates.at(deadline));
    execution.setVariable(ContractRenewalProcess.DUE_DATE_TEXT, BusinessDates.text(deadline));
  }
}
