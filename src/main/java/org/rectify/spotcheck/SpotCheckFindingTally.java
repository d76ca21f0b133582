package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_TallyFindings}: how many findings were upheld ({@code Gateway_AnyConfirmed}
 * tests it) and what they are (read-only on the leader's 决定通报方式).
 */
@Component("spotCheckFindingTally")
class SpotCheckFindingTally implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckFindingTally(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String check = text(execution, CHECK_NUMBER);
    execution.setVariable(CONFIRMED_FINDINGS, register.confirmedFindings(check));
  }
}
