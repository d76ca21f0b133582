package org.rectify.measure;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Stand-in for the reminder capability's {@code reminderMail} delegate: remembers the reminders asked for. */
class RecordingReminderMail implements JavaDelegate {

  /** One reminder as the model asked for it (the contract's input parameters). */
  record Reminder(String type, String task, String recipients) {}

  final List<Reminder> sent = new ArrayList<>();

  @Override
  public void execute(DelegateExecution execution) {
    sent.add(new Reminder((String) execution.getVariableLocal("reminderType"),
        (String) execution.getVariableLocal("reminderTask"),
        (String) execution.getVariableLocal("reminderRecipients")));
  }

  List<String> types() {
    return sent.stream().map(Reminder::type).toList();
  }
}
