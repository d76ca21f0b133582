package org.rectify.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.reminder.ReminderModels;

/**
 * Stand-in for the reminder capability's {@code reminderMail} delegate: remembers the reminders
 * asked for.
 */
class RecordingReminderMail implements JavaDelegate {

  /** One reminder as the model asked for it (the contract's extension properties). */
  record Reminder(String type, String task, String recipients) {}

  final List<Reminder> sent = new ArrayList<>();

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, String> reminder = ReminderModels.settings(execution);
    sent.add(
        new Reminder(
            reminder.get("reminderType"),
            reminder.get("reminderTask"),
            reminder.get("reminderRecipients")));
  }

  List<String> types() {
    return sent.stream().map(Reminder::type).toList();
  }
}
