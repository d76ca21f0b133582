package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CloseNoFindings}, {@code ServiceTask_CloseDismissed}: closes the check with
 * the status given as input {@code closeStatus}.
 */
@Component("spotCheckCloser")
class SpotCheckCloser implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckCloser(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.closeCheck(
        text(execution, CHECK_NUMBER), requiredText(execution, CLOSE_STATUS, "办结状态"));
  }
}
