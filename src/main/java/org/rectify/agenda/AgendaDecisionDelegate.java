package org.rectify.agenda;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.meeting.MeetingRegister;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordDecision}: writes the meeting, its date, the decision and the minutes
 * reference into the topic register and into the meeting register (which then counts the meeting as
 * held; a 党组会 needs its 第一议题). A deferred topic remembers the meeting's date, so it is scheduled
 * again on a later one.
 */
@Component("agendaDecision")
class AgendaDecisionDelegate implements JavaDelegate {

  private final AgendaTopicRepository topics;
  private final MeetingRegister meetings;

  AgendaDecisionDelegate(AgendaTopicRepository topics, MeetingRegister meetings) {
    this.topics = topics;
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER);
    String decision = (String) execution.getVariable(AgendaPrereviewProcess.DECISION);
    String minutesRef = (String) execution.getVariable("minutesRef");
    LocalDate meetingDate = meetingDate(execution.getVariable("meetingDate"));
    Object meetingId = execution.getVariable(AgendaPrereviewProcess.MEETING_ID);
    if (meetingId instanceof Number id) {
      meetings.recordDecision(
          id.longValue(),
          number,
          decision,
          (String) execution.getVariable("decisionConditions"),
          minutesRef,
          (String) execution.getVariable("firstTopic"));
    }
    topics.update(number, "meeting", execution.getVariable(AgendaPrereviewProcess.MEETING));
    topics.update(
        number, "proposed_meeting", execution.getVariable(AgendaPrereviewProcess.PROPOSED_MEETING));
    topics.update(number, "meeting_date", meetingDate);
    topics.update(number, "decision", decision);
    topics.update(number, "minutes_ref", minutesRef);
    topics.update(number, "status", "DEFERRED".equals(decision) ? "DEFERRED" : "DECIDED");
    if ("DEFERRED".equals(decision) && meetingDate != null) {
      execution.setVariable(AgendaPrereviewProcess.DEFERRED_MEETING_DATE, meetingDate.toString());
      execution.removeVariable(AgendaPrereviewProcess.MEETING_ID);
    }
  }

  /**
   * A date variable as forms and callers set it: a {@link Date} or ISO text (possibly with a time).
   */
  static LocalDate meetingDate(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(AgendaAutoChecksDelegate.ZONE).toLocalDate();
    }
    return value instanceof String text && !text.isBlank()
        ? LocalDate.parse(text.substring(0, 10))
        : null;
  }
}
