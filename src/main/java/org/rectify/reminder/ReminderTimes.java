package org.rectify.reminder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When reminders fire, for timer {@code timeDate} expressions ({@code
 * ${reminderTimes.beforeDue(dueDate)}}). A due date is a business date in Asia/Shanghai; reminders
 * fire at the configured send time on a working day, offsets are counted on the statutory calendar.
 * Also computes due dates expressed in working days.
 */
@Component("reminderTimes")
public class ReminderTimes {

  private final WorkingDayCalendar calendar;
  private final ReminderProperties properties;

  ReminderTimes(WorkingDayCalendar calendar, ReminderProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  /**
   * A stand-in for process tests without Spring ({@code Mocks.register("reminderTimes",
   * ReminderTimes.withDefaults())}): the shipped calendar files and the default offsets.
   */
  public static ReminderTimes withDefaults() {
    return new ReminderTimes(
        new WorkingDayCalendar(new CalendarProperties()), new ReminderProperties());
  }

  /** The 即将到期 reminder: the configured number of working days before the due date. */
  public Date beforeDue(Date due) {
    return at(calendar.minusWorkingDays(businessDate(due), properties.getBeforeDueWorkingDays()));
  }

  /** The 超期 notice: the first working day after the due date. */
  public Date overdue(Date due) {
    return at(calendar.nextWorkingDay(businessDate(due)));
  }

  /**
   * Escalation level 1 (督办单 to rectOffice) or 2 (党组书记): configured working days after the due date.
   */
  public Date escalation(Date due, int level) {
    return at(calendar.plusWorkingDays(businessDate(due), escalationOffset(level)));
  }

  /** A due date {@code workingDays} working days from today, at the end of that business day. */
  public Date dueInWorkingDays(int workingDays) {
    LocalDate day = calendar.plusWorkingDays(today(), workingDays);
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(zone()).toInstant());
  }

  /**
   * A due date {@code workingDays} working days after a given business day ({@code yyyy-MM-dd},
   * e.g. the meeting date of 登记会议决定), at the end of that business day.
   */
  public Date dueInWorkingDaysAfter(String day, int workingDays) {
    if (day == null || day.isBlank()) {
      throw new ProcessEngineException("计算截止日期所需的日期未设置");
    }
    return endOfDay(calendar.plusWorkingDays(LocalDate.parse(day.trim()), workingDays));
  }

  int escalationOffset(int level) {
    int levels = properties.getEscalationWorkingDays().size();
    if (level < 1 || level > levels) {
      throw new ProcessEngineException("督办级别必须在 1 到 " + levels + " 之间，实际为 " + level);
    }
    return properties.getEscalationWorkingDays().get(level - 1);
  }

  LocalDate businessDate(Date due) {
    if (due == null) {
      throw new ProcessEngineException("流程变量 dueDate（截止日期）未设置，无法计算提醒时间");
    }
    return due.toInstant().atZone(zone()).toLocalDate();
  }

  /** The last second of a business day, as due dates are stored. */
  Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(zone()).toInstant());
  }

  LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone()).toLocalDate();
  }

  private Date at(LocalDate day) {
    return Date.from(day.atTime(properties.getSendTime()).atZone(zone()).toInstant());
  }

  private ZoneId zone() {
    return properties.getZone();
  }
}
