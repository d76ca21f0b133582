package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.requiredDate;
import static org.rectify.spotcheck.SpotCheckVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_SaveVisit}: records when and where the unannounced visit took place. */
@Component("spotCheckVisitRecorder")
class SpotCheckVisitRecorder implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckVisitRecorder(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.saveVisit(
        text(execution, CHECK_NUMBER),
        requiredDate(execution, VISITED_ON, "暗访日期"),
        text(execution, VISIT_SITES),
        text(execution, VISIT_NOTE));
  }
}
