package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_CheckRepeatOffenders}: people of the notice with an upheld finding in the past
 * year lead to a reminder talk.
 */
@Component("spotCheckRepeatOffenderCheck")
class SpotCheckRepeatOffenderCheck implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckRepeatOffenderCheck(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> offenders =
        register.repeatOffenders(longValue(execution, NOTICE_ID), today().minusYears(1));
    execution.setVariable(REPEAT_OFFENDERS_FOUND, !offenders.isEmpty());
    execution.setVariable(REPEAT_OFFENDERS, String.join("、", offenders));
  }
}
