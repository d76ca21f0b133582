package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_TallyFindings}: how many findings were upheld; {@code Gateway_AnyConfirmed}
 * tests it.
 */
@Component("spotCheckFindingTally")
class SpotCheckFindingTally implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckFindingTally(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(
        CONFIRMED_FINDINGS, register.confirmedFindings(text(execution, CHECK_NUMBER)));
  }
}
