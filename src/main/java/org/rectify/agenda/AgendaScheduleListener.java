package org.rectify.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.rectify.meeting.MeetingRegister;
import org.rectify.meeting.MeetingType;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code UserTask_Schedule} 安排上会. On create it offers the planned meetings of the confirmed type
 * ({@code plannedMeetings}, a JSON list for the form's select; a deferred topic only sees later meetings). On complete
 * it puts the topic on the chosen meeting of the register, or on a new planned one ({@code meetingId} = NEW), and
 * records meeting, date and place in the topic register.
 */
@Component("agendaScheduling")
class AgendaScheduleListener implements TaskListener {

  static final String NEW_MEETING = "NEW";
  static final String PLANNED_MEETINGS = "plannedMeetings";

  private final MeetingRegister meetings;
  private final AgendaTopicRepository topics;

  AgendaScheduleListener(MeetingRegister meetings, AgendaTopicRepository topics) {
    this.meetings = meetings;
    this.topics = topics;
  }

  @Override
  public void notify(DelegateTask task) {
    MeetingType type = MeetingType.valueOf((String) task.getVariable(AgendaPrereviewProcess.MEETING));
    LocalDate after = deferredFrom(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      offer(task, type, after);
      return;
    }
    Object choice = task.getVariable(AgendaPrereviewProcess.MEETING_ID);
    Long meetingId = choice == null || NEW_MEETING.equals(choice.toString()) ? null : parseId(choice);
    Object order = task.getVariable("agendaOrder");
    String number = (String) task.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER);
    MeetingRegister.Scheduled scheduled = meetings.schedule(meetingId, type, meetingId == null ? date(task) : null,
        order instanceof Number n ? n.intValue() : null, number, (String) task.getVariable("businessTitle"), after,
        task.getAssignee() == null ? "system" : task.getAssignee());
    task.setVariable(AgendaPrereviewProcess.MEETING_ID, scheduled.meetingId());
    task.setVariable("meetingDate", scheduled.date().toString());
    task.setVariable("meetingTitle", scheduled.title());
    task.setVariable("agendaOrder", scheduled.position());
    topics.update(number, "meeting", type.name());
    topics.update(number, "meeting_date", scheduled.date());
    topics.update(number, "status", "SCHEDULED");
  }

  private void offer(DelegateTask task, MeetingType type, LocalDate after) {
    LocalDate from = after != null ? after : MeetingRegister.today().minusDays(1);
    List<Map<String, String>> options = new ArrayList<>();
    for (MeetingRegister.PlannedMeeting meeting : meetings.planned(type, from)) {
      options.add(Map.of("label", meeting.label(), "value", String.valueOf(meeting.id())));
    }
    options.add(Map.of("label", "新建" + type.label() + "（填写下方会议日期）", "value", NEW_MEETING));
    task.setVariable(PLANNED_MEETINGS, SpinValues.jsonValue(Spin.JSON(options)).create());
    task.setVariable("meetingTypeName", type.label());
  }

  private static LocalDate deferredFrom(DelegateTask task) {
    return AgendaDecisionDelegate.meetingDate(task.getVariable(AgendaPrereviewProcess.DEFERRED_MEETING_DATE));
  }

  private static LocalDate date(DelegateTask task) {
    return AgendaDecisionDelegate.meetingDate(task.getVariable("meetingDate"));
  }

  private static long parseId(Object choice) {
    try {
      return choice instanceof Number n ? n.longValue() : Long.parseLong(choice.toString().trim());
    } catch (NumberFormatException e) {
      throw new FormFieldValidationException(AgendaPrereviewProcess.MEETING_ID, "请选择会议或“新建会议”");
    }
  }
}
