package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SaveReport} (spot-check-rectification): stores the department's rectification
 * report.
 */
@Component("spotCheckRectificationRecorder")
class SpotCheckRectificationRecorder implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckRectificationRecorder(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.saveRectification(
        longValue(execution, NOTICE_ID),
        text(execution, DEPARTMENT),
        requiredText(execution, MEASURES_TAKEN, "整改措施"),
        requiredDate(execution, RECTIFIED_ON, "整改完成日期"));
  }
}
