package org.rectify.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code rectify.reminder.retry-cycle} overrides the models' {@code R5/PT5M} on every {@code
 * reminderMail} task (the fault-injection suite needs incidents within seconds), whether the model
 * declares the cycle as an extension element (this example) or as an attribute ({@code
 * contract-renewal}, scenario 3 of the suite). Without the property the model's cycle applies:
 * {@code ReminderMailSpringTest.noRecipientAtAllFailsTheJobIntoAnIncident}.
 */
@TestPropertySource(properties = "rectify.reminder.retry-cycle=R2/PT7S")
class ReminderRetryCycleSpringTest extends ReminderSpringTestBase {

  @Test
  void configuredCycleReplacesTheModelsCycle() {
    String pi = startUnmailableReminder("retryTestTeam", "retrynomail1");
    try {
      String id = job(pi, "ServiceTask_RemindBeforeDue").getId();

      assertThatThrownBy(() -> managementService.executeJob(id))
          .hasStackTraceContaining("没有可发送的收件人");

      Job failed = job(pi, "ServiceTask_RemindBeforeDue");
      assertThat(failed.getRetries()).as("R2: one retry left, not R5's four").isEqualTo(1);
      assertThat(failed.getDuedate())
          .isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + 7_000));
    } finally {
      removeUnmailableGroup("retryTestTeam", "retrynomail1");
    }
  }
}
