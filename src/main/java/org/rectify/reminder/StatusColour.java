package org.rectify.reminder;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one place where a task's or measure's status colour is decided: red once the due date
 * (business date) has passed, yellow when it is at most {@code
 * rectify.reminder.yellow-within-working-days} working days away or the work is behind its expected
 * progress, green otherwise. Used in BPMN ({@code ${statusColour.textOf(dueDate)}}), mails and the
 * ledger, so every view shows the same colour.
 *
 * <p>The deadline is the one that runs now. Mostly that is the scope's {@code dueDate}; a scope
 * whose current deadline is another one holds it as {@code statusDueDate} — a long-term measure's
 * next report (需长期落实) — or {@code statusDueDate = null} while no deadline runs (a completed measure
 * waiting for its look-back), so that the daily refresh and the reminders paint the colour of that
 * deadline, not of a {@code dueDate} that no longer counts.
 */
@Component("statusColour")
public class StatusColour {

  /** The colours with the text shown in Tasklist's {@code statusColourText} column. */
  public enum Colour {
    GREEN("绿色 正常"),
    YELLOW("黄色 临近"),
    RED("红色 超期");

    private final String text;

    Colour(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** The deadline the colour follows when it is not the scope's {@code dueDate}. */
  public static final String STATUS_DUE_DATE = "statusDueDate";

  /**
   * The day from which the colour is yellow although the deadline is further away than {@code
   * yellow-within-working-days}: a contract's deadline is 临近 a month ahead, as its reminder says.
   */
  public static final String STATUS_YELLOW_FROM = "statusYellowFrom";

  private final WorkingDayCalendar calendar;
  private final ReminderTimes times;
  private final ReminderProperties properties;

  StatusColour(WorkingDayCalendar calendar, ReminderTimes times, ReminderProperties properties) {
    this.calendar = calendar;
    this.times = times;
    this.properties = properties;
  }

  /** A stand-in for process tests without Spring, on the shipped calendar and default settings. */
  public static StatusColour withDefaults() {
    WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties());
    ReminderProperties properties = new ReminderProperties();
    return new StatusColour(calendar, new ReminderTimes(calendar, properties), properties);
  }

  public Colour of(Date due) {
    return of(due, false);
  }

  /**
   * {@code behindSchedule}: the caller's judgement that progress lags (e.g. a missed milestone).
   */
  public Colour of(Date due, boolean behindSchedule) {
    if (due == null) {
      return behindSchedule ? Colour.YELLOW : Colour.GREEN;
    }
    LocalDate dueDay = times.businessDate(due);
    LocalDate today = times.today();
    if (today.isAfter(dueDay)) {
      return Colour.RED;
    }
    if (behindSchedule
        || calendar.workingDaysBetween(today, dueDay) <= properties.getYellowWithinWorkingDays()) {
      return Colour.YELLOW;
    }
    return Colour.GREEN;
  }

  /**
   * The {@code statusColourText} process variable: {@code 绿色 正常} / {@code 黄色 临近} / {@code 红色 超期}.
   */
  public String textOf(Date due) {
    return of(due).text();
  }

  public String textOf(Date due, boolean behindSchedule) {
    return of(due, behindSchedule).text();
  }

  /** The colour of a deadline given as a business day (e.g. a notice's 整改期限). */
  public String textOf(LocalDate due) {
    return textOf(due == null ? null : times.endOfDay(due));
  }

  /**
   * The colour text for a scope's variables ({@code statusDueDate} when the scope holds it, else
   * {@code dueDate}; yellow from {@code statusYellowFrom} on); empty when the scope holds neither,
   * so that its colour is left alone.
   */
  public Optional<String> textForScope(Map<String, ?> variables) {
    boolean early =
        variables.get(STATUS_YELLOW_FROM) instanceof Date yellowFrom
            && !times.today().isBefore(times.businessDate(yellowFrom));
    if (variables.containsKey(STATUS_DUE_DATE)) {
      return Optional.of(
          textOf(variables.get(STATUS_DUE_DATE) instanceof Date due ? due : null, early));
    }
    return variables.get(ReminderVariables.DUE_DATE) instanceof Date due
        ? Optional.of(textOf(due, early))
        : Optional.empty();
  }

  /** Working days the due date has passed by (0 when not overdue). */
  public int workingDaysLate(Date due) {
    if (due == null) {
      return 0;
    }
    return Math.max(0, calendar.workingDaysBetween(times.businessDate(due), times.today()));
  }
}
