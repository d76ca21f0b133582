package org.rectify.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The reminder ladder before a measure's deadline ({@code rectify.reminder.measure-ladder-working-
 * days}, default T−14, T−7 and T−1 working days), for the timer loop of {@code measure-lifecycle}:
 * {@code ${reminderLadder.hasNext(dueDate)}} decides whether another rung is still ahead, {@code
 * ${reminderLadder.next(dueDate)}} is the timer's date. A rung fires at the configured send time on
 * its working day.
 *
 * <p>The next rung is always the first one strictly after now, so a rung whose time has passed is
 * never sent again: after it fired (the loop asks right after its mail), when the work restarts
 * (退回, 未整改到位) or when the measure started late. A rung the platform missed while it was down is
 * sent once when it comes back, the rungs it would have skipped are not sent on top.
 */
@Component("reminderLadder")
public class ReminderLadder {

  private final WorkingDayCalendar calendar;
  private final ReminderProperties properties;

  ReminderLadder(WorkingDayCalendar calendar, ReminderProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  /** A stand-in for process tests without Spring: the shipped calendar and the default ladder. */
  public static ReminderLadder withDefaults() {
    return of(new ReminderProperties());
  }

  /** A stand-in for process tests with a ladder of their own. */
  public static ReminderLadder of(ReminderProperties properties) {
    return new ReminderLadder(new WorkingDayCalendar(new CalendarProperties()), properties);
  }

  /** Whether a rung of the ladder before {@code due} is still ahead of now. */
  public boolean hasNext(Date due) {
    return upcoming(due).isPresent();
  }

  /** The time of the next rung before {@code due}, strictly after now. */
  public Date next(Date due) {
    return upcoming(due).orElseThrow(() -> new ProcessEngineException("截止日期前已没有待发的到期前提醒"));
  }

  /** Every rung's time before {@code due}, furthest first (as configured). */
  public List<Date> rungs(Date due) {
    LocalDate deadline = businessDate(due);
    return properties.getMeasureLadderWorkingDays().stream()
        .map(days -> at(calendar.minusWorkingDays(deadline, days)))
        .toList();
  }

  private Optional<Date> upcoming(Date due) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return rungs(due).stream().filter(rung -> rung.toInstant().isAfter(now)).sorted().findFirst();
  }

  private LocalDate businessDate(Date due) {
    if (due == null) {
      throw new ProcessEngineException("流程变量 dueDate（截止日期）未设置，无法计算提醒时间");
    }
    return due.toInstant().atZone(zone()).toLocalDate();
  }

  private Date at(LocalDate day) {
    return Date.from(day.atTime(properties.getSendTime()).atZone(zone()).toInstant());
  }

  private ZoneId zone() {
    return properties.getZone();
  }
}
