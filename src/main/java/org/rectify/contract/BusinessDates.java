package org.rectify.contract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Business dates in Asia/Shanghai against the engine clock, so process tests that move {@link
 * ClockUtil} see the same "today" as the delegates.
 */
final class BusinessDates {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** Reminders and deadlines fall at the start of office hours. */
  static final LocalTime OFFICE_HOURS = LocalTime.of(9, 0);

  private BusinessDates() {}

  static LocalDate today() {
    return toLocalDate(ClockUtil.getCurrentTime());
  }

  static Date at(LocalDate date) {
    return Date.from(date.atTime(OFFICE_HOURS).atZone(ZONE).toInstant());
  }

  static LocalDate toLocalDate(Date date) {
    return date.toInstant().atZone(ZONE).toLocalDate();
  }

  static String text(LocalDate date) {
    return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** A date typed into a Camunda Form ({@code 2027-06-30}) or set as {@link Date} by code. */
  static LocalDate parse(Object value) {
    if (value instanceof Date date) {
      return toLocalDate(date);
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    return LocalDate.parse(String.valueOf(value).substring(0, 10));
  }
}
