package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordDecision}: notice now, bundle with other checks' findings, or a talk
 * instead.
 */
@Component("spotCheckDecisionRecorder")
class SpotCheckDecisionRecorder implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckDecisionRecorder(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.recordNoticeDecision(
        text(execution, CHECK_NUMBER), requiredText(execution, NOTICE_DECISION, "通报方式"));
  }
}
