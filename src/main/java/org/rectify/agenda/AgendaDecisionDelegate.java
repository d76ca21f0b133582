package org.rectify.agenda;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the meeting, its date, the decision and the minutes reference into the register. */
@Component("agendaDecision")
class AgendaDecisionDelegate implements JavaDelegate {

  private final AgendaTopicRepository topics;

  AgendaDecisionDelegate(AgendaTopicRepository topics) {
    this.topics = topics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER);
    String decision = (String) execution.getVariable(AgendaPrereviewProcess.DECISION);
    topics.update(number, "meeting", execution.getVariable(AgendaPrereviewProcess.MEETING));
    topics.update(number, "proposed_meeting", execution.getVariable(AgendaPrereviewProcess.PROPOSED_MEETING));
    topics.update(number, "meeting_date", meetingDate(execution.getVariable("meetingDate")));
    topics.update(number, "decision", decision);
    topics.update(number, "minutes_ref", execution.getVariable("minutesRef"));
    topics.update(number, "status", "DEFERRED".equals(decision) ? "DEFERRED" : "DECIDED");
  }

  private static LocalDate meetingDate(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(AgendaAutoChecksDelegate.ZONE).toLocalDate();
    }
    return value instanceof String text && !text.isBlank() ? LocalDate.parse(text.substring(0, 10)) : null;
  }
}
