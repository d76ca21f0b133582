package org.rectify.spotcheck;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_StartCheck} of {@code spot-check-schedule}: at the random moment of the
 * window, registers a new check under the next free number and starts its {@code spot-check}
 * instance, so supervision finds a plan task.
 */
@Component("spotCheckScheduledStarter")
class SpotCheckScheduledStarter implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SpotCheckScheduledStarter.class);

  private final SpotCheckRegister register;

  SpotCheckScheduledStarter(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = register.nextCheckNumber(SpotCheckVariables.today().getYear());
    register.createCheck(number, null);
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .startProcessInstanceByKey(
            SpotCheckProcess.PROCESS_KEY, number, SpotCheckStart.processVariables(number));
    execution.setVariable(SpotCheckProcess.Var.CHECK_NUMBER, number);
    LOG.info("Scheduled spot check {} started", number);
  }
}
