package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.date;
import static org.rectify.spotcheck.SpotCheckVariables.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SavePlan}: writes the confidential plan (window, targets, members, type) to
 * the register.
 */
@Component("spotCheckPlanRecorder")
class SpotCheckPlanRecorder implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckPlanRecorder(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = text(execution, CHECK_NUMBER);
    if (number == null) {
      number =
          execution.getProcessBusinessKey() != null
              ? execution.getProcessBusinessKey()
              : register.nextCheckNumber(SpotCheckVariables.today().getYear());
      execution.setProcessBusinessKey(number);
      execution.setVariables(SpotCheckStart.processVariables(number));
    }
    String type = text(execution, CHECK_TYPE);
    register.savePlan(
        number,
        type == null ? "WORK_DISCIPLINE" : type,
        date(execution, PLANNED_FROM),
        date(execution, PLANNED_TO),
        text(execution, TARGETS),
        text(execution, MEMBERS),
        text(execution, FOCUS));
  }
}
