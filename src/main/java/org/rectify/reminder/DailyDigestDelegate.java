package org.rectify.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code dailyDigestSender} on {@code ServiceTask_SendDailyDigest} of {@code daily-digest}: the
 * hourly attempt of the 每日汇总 on working days. Started by an engine timer, so with several nodes one
 * node runs each hour; the count of mails sent now is kept on the instance for Cockpit.
 */
@Component("dailyDigestSender")
class DailyDigestDelegate implements JavaDelegate {

  private final DailyDigest digest;

  DailyDigestDelegate(DailyDigest digest) {
    this.digest = digest;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(DailyDigestProcess.DIGESTS_SENT, digest.sendIfWorkingDay());
  }
}
