package org.rectify.reminder;

import java.time.LocalDate;
import java.util.Map;

/**
 * One year of the statutory calendar as published by the State Council: the days off (放假) and the
 * make-up working days (调休上班) that override the plain Monday–Friday week. {@code provisional} marks
 * a year whose official arrangement is not yet in the file.
 */
record CalendarYear(
    int year,
    boolean provisional,
    String source,
    String origin,
    Map<LocalDate, String> holidays,
    Map<LocalDate, String> workdays) {

  CalendarYear {
    holidays = Map.copyOf(holidays);
    workdays = Map.copyOf(workdays);
  }
}
