package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SaveVerification} (spot-check-rectification): supervision's verification; a
 * pass marks the findings rectified.
 */
@Component("spotCheckVerificationRecorder")
class SpotCheckVerificationRecorder implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckVerificationRecorder(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.saveVerification(
        longValue(execution, NOTICE_ID),
        text(execution, DEPARTMENT),
        "PASSED".equals(requiredText(execution, VERIFICATION_RESULT, "复核结论")),
        text(execution, VERIFICATION_NOTE),
        null);
  }
}
