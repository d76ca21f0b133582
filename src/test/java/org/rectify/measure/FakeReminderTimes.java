package org.rectify.measure;

import java.time.Duration;
import java.util.Date;

/**
 * Stand-in for the reminder capability's {@code reminderTimes} bean in process tests: calendar-day
 * offsets (before due −2 days, overdue +1 s, escalation +7 / +14 days) instead of the working-day
 * calendar.
 */
public class FakeReminderTimes {

  public Date beforeDue(Date due) {
    return shift(due, Duration.ofDays(-2));
  }

  public Date overdue(Date due) {
    return shift(due, Duration.ofSeconds(1));
  }

  public Date escalation(Date due, int level) {
    return shift(due, Duration.ofDays(7L * level));
  }

  private static Date shift(Date date, Duration duration) {
    return Date.from(date.toInstant().plus(duration));
  }
}
