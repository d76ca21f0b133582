package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;
import static org.rectify.spotcheck.SpotCheckVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_SaveReminderTalk}: records the reminder talk held with repeat offenders
 * (record only).
 */
@Component("spotCheckTalkRecorder")
class SpotCheckTalkRecorder implements JavaDelegate {

  private final SpotCheckRegister register;

  SpotCheckTalkRecorder(SpotCheckRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.saveTalk(
        text(execution, CHECK_NUMBER),
        requiredDate(execution, TALK_DATE, "谈话日期"),
        requiredText(execution, TALK_HELD_BY, "谈话人"),
        requiredText(execution, REPEAT_OFFENDERS, "谈话对象"),
        text(execution, TALK_REFERENCE),
        text(execution, TALK_NOTE));
  }
}
