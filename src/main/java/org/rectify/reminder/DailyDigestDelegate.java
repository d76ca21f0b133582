package org.rectify.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code dailyDigestSender} on {@code ServiceTask_SendDailyDigest} of {@code daily-digest}: the
 * hourly attempt of the 每日汇总 on working days. Started by an engine timer, so with several nodes one
 * node runs each hour; the count of mails sent now is kept on the instance for Cockpit. On working
 * days it also sends the office's weekly 日历提醒 ({@link CalendarWarningMail}) while a year lacks its
 * working-day calendar.
 */
@Component("dailyDigestSender")
class DailyDigestDelegate implements JavaDelegate {

  private final DailyDigest digest;
  private final CalendarWarningMail calendarWarning;
  private final WorkingDayCalendar calendar;
  private final ReminderTimes times;

  DailyDigestDelegate(
      DailyDigest digest,
      CalendarWarningMail calendarWarning,
      WorkingDayCalendar calendar,
      ReminderTimes times) {
    this.digest = digest;
    this.calendarWarning = calendarWarning;
    this.calendar = calendar;
    this.times = times;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(DailyDigestProcess.DIGESTS_SENT, digest.sendIfWorkingDay());
    if (calendar.isWorkingDay(times.today())) {
      execution.setVariable(
          DailyDigestProcess.CALENDAR_WARNINGS_SENT, calendarWarning.send(times.today()));
    }
  }
}
