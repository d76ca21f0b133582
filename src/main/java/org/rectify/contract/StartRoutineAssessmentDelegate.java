package org.rectify.contract;

import static org.rectify.contract.ContractRenewalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_StartRoutineAssessment} (event sub-process of {@code contract-renewal}): the
 * routine cycle of the contract's category is due — start a {@code contract-assessment} round for
 * the owning department. A separate instance, not a call activity, so an exit it decides can end
 * this renewal path without cancelling itself.
 */
@Component("routineAssessmentStarter")
class StartRoutineAssessmentDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CONTRACT_NUMBER);
    String title = (String) execution.getVariable(BUSINESS_TITLE);
    String department = (String) execution.getVariable(DEPARTMENT);
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .startProcessInstanceByKey(
            ContractAssessmentProcess.KEY,
            number,
            ContractAssessmentProcess.startVariables(
                number,
                title,
                department,
                (String) execution.getVariable(DEPARTMENT_NAME),
                department));
  }
}
