package org.rectify.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.rectify.meeting.MeetingRegister;
import org.rectify.meeting.MeetingType;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code UserTask_Schedule} 安排上会. On create it offers the planned meetings of the
 * confirmed type ({@code plannedMeetings}, a JSON list for the form's select; a deferred topic only
 * sees later meetings). On complete it puts the topic on the chosen meeting of the register, or on
 * a new planned one ({@code meetingId} = NEW), and records meeting, date and place in the topic
 * register.
 */
@Component("agendaScheduling")
class AgendaScheduleListener implements TaskListener {

  static final String NEW_MEETING = "NEW";
  static final String PLANNED_MEETINGS = "plannedMeetings";

  /**
   * Form texts: the decision deadline ("2026-12-20（合同到期日）") and the alert when no meeting meets it.
   */
  static final String DECIDE_BY_TEXT = "decideByText";

  static final String SCHEDULE_ALERT = "scheduleAlert";

  /**
   * Form checkbox: the office knowingly puts the topic on a meeting after its decision deadline.
   */
  static final String LATE_ACKNOWLEDGED = "lateMeetingAcknowledged";

  private final MeetingRegister meetings;
  private final AgendaTopicRepository topics;

  AgendaScheduleListener(MeetingRegister meetings, AgendaTopicRepository topics) {
    this.meetings = meetings;
    this.topics = topics;
  }

  @Override
  public void notify(DelegateTask task) {
    MeetingType type =
        MeetingType.valueOf((String) task.getVariable(AgendaPrereviewProcess.MEETING));
    LocalDate after = deferredFrom(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      offer(task, type, after);
      return;
    }
    Object choice = task.getVariable(AgendaPrereviewProcess.MEETING_ID);
    Long meetingId =
        choice == null || NEW_MEETING.equals(choice.toString()) ? null : parseId(choice);
    Object order = task.getVariable("agendaOrder");
    String number = (String) task.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER);
    MeetingRegister.Scheduled scheduled =
        meetings.schedule(
            meetingId,
            type,
            meetingId == null ? date(task) : null,
            order instanceof Number n ? n.intValue() : null,
            number,
            (String) task.getVariable("businessTitle"),
            after,
            task.getAssignee() == null ? "system" : task.getAssignee());
    topics.decideBy(number).ifPresent(limit -> requireInTime(task, scheduled.date(), limit));
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
    Optional<AgendaTopicRepository.DecideBy> limit =
        topics.decideBy((String) task.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER));
    List<Map<String, String>> options = new ArrayList<>();
    boolean inTime = false;
    for (MeetingRegister.PlannedMeeting meeting : meetings.planned(type, from)) {
      boolean late = limit.isPresent() && meeting.date().isAfter(limit.get().date());
      inTime |= !late;
      options.add(
          Map.of(
              "label",
              meeting.label() + (late ? "（晚于决策期限 " + limit.get().date() + "）" : ""),
              "value",
              String.valueOf(meeting.id())));
    }
    options.add(Map.of("label", "新建" + type.label() + "（填写下方会议日期）", "value", NEW_MEETING));
    task.setVariable(PLANNED_MEETINGS, SpinValues.jsonValue(Spin.JSON(options)).create());
    task.setVariable("meetingTypeName", type.label());
    task.setVariable(DECIDE_BY_TEXT, limit.map(l -> l.date() + "（" + l.reason() + "）").orElse(""));
    task.setVariable(
        SCHEDULE_ALERT,
        limit.isPresent() && !inTime
            ? "注意：本议题须在 "
                + limit.get().date()
                + "（"
                + limit.get().reason()
                + "）前由"
                + type.label()
                + "作出决定，但会议登记中没有此前召开的"
                + type.label()
                + "。请新建一次不晚于该日的会议，或报请召开临时会议。"
            : "");
  }

  /**
   * A meeting after the decision deadline is refused while an earlier one is still possible, unless
   * the office ticks that it knowingly schedules it late (then the minutes must say why). Once the
   * deadline has passed, any meeting is the earliest possible one.
   */
  private static void requireInTime(
      DelegateTask task, LocalDate meetingDate, AgendaTopicRepository.DecideBy limit) {
    boolean acknowledged = Boolean.TRUE.equals(task.getVariable(LATE_ACKNOWLEDGED));
    if (meetingDate.isAfter(limit.date())
        && !limit.date().isBefore(MeetingRegister.today())
        && !acknowledged) {
      throw new FormFieldValidationException(
          AgendaPrereviewProcess.MEETING_ID,
          "会议日期 "
              + meetingDate
              + " 晚于本议题的决策期限 "
              + limit.date()
              + "（"
              + limit.reason()
              + "）：请选择或新建此前召开的会议；"
              + "确需延后上会，请勾选“确认晚于决策期限上会”并在会议纪要中说明原因");
    }
  }

  private static LocalDate deferredFrom(DelegateTask task) {
    return AgendaDecisionDelegate.meetingDate(
        task.getVariable(AgendaPrereviewProcess.DEFERRED_MEETING_DATE));
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
