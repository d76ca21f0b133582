package org.rectify.spotcheck;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.reminder.ReminderModels;

/**
 * Stand-ins for the reminder contract's beans ({@code reminderTimes}, {@code reminderMail}, built
 * in issue 7) so the spot-check models run in tests of this branch: calendar days instead of
 * working days, mails recorded not sent.
 */
public final class ReminderStandIns {

  private static final long DAY = 86_400_000L;

  private ReminderStandIns() {}

  /** {@code reminderTimes}: 2 days before due, 1 day after, escalation level n after 7·n days. */
  public static class Times {

    public Date beforeDue(Date due) {
      return new Date(due.getTime() - 2 * DAY);
    }

    public Date overdue(Date due) {
      return new Date(due.getTime() + DAY);
    }

    public Date escalation(Date due, int level) {
      return new Date(due.getTime() + 7L * level * DAY);
    }
  }

  /** {@code reminderMail}: remembers "type:recipients" of every reminder. */
  public static class Mail implements JavaDelegate {

    public final List<String> sent = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      Map<String, String> reminder = ReminderModels.settings(execution);
      sent.add(reminder.get("reminderType") + ":" + reminder.get("reminderRecipients"));
    }
  }
}
