package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SaveConfirmation}: the finding is upheld or dismissed after hearing the
 * person, with the explanation.
 */
@Component("spotCheckConfirmationRecorder")
class SpotCheckConfirmationRecorder implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckConfirmationRecorder(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = requiredText(execution, FINDING_DECISION, "核实结论");
    register.decideFinding(
        longValue(execution, FINDING_ID),
        "CONFIRMED".equals(decision),
        requiredText(execution, PERSON_EXPLANATION, "当事人说明"),
        text(execution, DECISION_REASON));
  }
}
