package org.rectify.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.rectify.reminder.ReminderModels;

/**
 * Clock and job helpers for the contract process tests (job executor off, clock moved explicitly).
 */
final class ProcessTestSupport {

  private ProcessTestSupport() {}

  static void clockAt(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(BusinessDates.ZONE).toInstant()));
  }

  static Date at(LocalDate date) {
    return BusinessDates.at(date);
  }

  /**
   * Executes every job of the instance that is due now, including jobs created by them, until none
   * is left.
   */
  static int runDueJobs(ManagementService managementService, String processInstanceId) {
    int executed = 0;
    for (int round = 0; round < 50; round++) {
      List<Job> due =
          managementService
              .createJobQuery()
              .processInstanceId(processInstanceId)
              .executable()
              .list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        managementService.executeJob(job.getId());
        executed++;
      }
    }
    throw new IllegalStateException("jobs keep creating jobs");
  }

  /**
   * Stand-in for the {@code reminderMail} bean of the reminder capability: records what would be
   * mailed.
   */
  static final class RecordingReminderMail implements JavaDelegate {

    record Sent(String type, String task, String recipients, String businessNumber) {}

    final List<Sent> sent = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      Map<String, String> reminder = ReminderModels.settings(execution);
      sent.add(
          new Sent(
              reminder.get("reminderType"),
              reminder.get("reminderTask"),
              reminder.get("reminderRecipients"),
              (String) execution.getVariable("businessNumber")));
    }

    List<String> types() {
      return sent.stream().map(Sent::type).toList();
    }
  }
}
