package org.rectify.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the calendar screen and the office's menu show: the years known (shipped file or loaded by
 * the office) and the warning before a year without an official calendar begins — from {@code
 * rectify.calendar.warn-weeks-before} weeks before 1 January, and throughout a year that has none.
 */
@Component
public class CalendarOverview {

  /** One year as listed on the screen. */
  record YearView(
      int year,
      String status,
      String origin,
      String source,
      int holidays,
      int workdays,
      int workingDays,
      String loadedBy,
      LocalDateTime loadedAt) {}

  /** {@code GET /api/calendar}. */
  record View(LocalDate today, String warning, List<YearView> years) {}

  private final WorkingDayCalendar calendar;
  private final CalendarStore store;
  private final int warnWeeks;
  private final java.time.ZoneId zone;

  CalendarOverview(
      WorkingDayCalendar calendar,
      CalendarStore store,
      CalendarProperties properties,
      ReminderProperties reminder) {
    this.zone = reminder.getZone();
    this.calendar = calendar;
    this.store = store;
    this.warnWeeks = properties.getWarnWeeksBefore();
  }

  View view(LocalDate today) {
    List<YearView> years = new ArrayList<>();
    for (Map.Entry<Integer, CalendarYear> entry :
        new java.util.TreeMap<>(calendar.years()).entrySet()) {
      CalendarYear year = entry.getValue();
      var loaded = store.loaded(year.year());
      years.add(
          new YearView(
              year.year(),
              year.provisional() ? "暂行（只含法定假日，未含调休）" : "正式",
              loaded.isPresent() ? "整改办导入" : "随程序发布（" + year.origin() + "）",
              year.source(),
              year.holidays().size(),
              year.workdays().size(),
              calendar.workingDaysBetween(
                  LocalDate.of(year.year() - 1, 12, 31), LocalDate.of(year.year(), 12, 31)),
              loaded.map(CalendarStore.Loaded::loadedBy).orElse(null),
              loaded.map(CalendarStore.Loaded::loadedAt).orElse(null)));
    }
    return new View(today, warning(today), years);
  }

  /** The warning the office must see today (business time zone), or null. */
  public String warningToday() {
    return warning(LocalDate.now(zone));
  }

  /** The warning the office must see, or null. */
  String warning(LocalDate today) {
    int thisYear = today.getYear();
    if (!calendar.knowsYear(thisYear)) {
      return "今年（"
          + thisYear
          + " 年）没有工作日日历：本年的提醒和期限只按周六、周日休息计算，法定节假日和调休未计入。请尽快在“办公室工作 → 工作日日历”中导入国务院办公厅的节假日安排通知。";
    }
    int next = thisYear + 1;
    LocalDate newYear = LocalDate.of(next, 1, 1);
    long days = ChronoUnit.DAYS.between(today, newYear);
    if (days > warnWeeks * 7L) {
      return null;
    }
    if (!calendar.knowsYear(next)) {
      return next
          + " 年的工作日日历尚未导入：距 "
          + next
          + " 年 1 月 1 日还有 "
          + days
          + " 天，届时起的提醒和期限将只按周六、周日计算，法定节假日和调休不计入。请在国务院办公厅公布 "
          + next
          + " 年节假日安排后，在“办公室工作 → 工作日日历”中导入。";
    }
    if (calendar.isProvisional(next)) {
      return next
          + " 年的工作日日历只是暂行版本（只含法定假日，未含调休）：距 "
          + next
          + " 年 1 月 1 日还有 "
          + days
          + " 天。请在国务院办公厅公布 "
          + next
          + " 年节假日安排后，在“办公室工作 → 工作日日历”中导入正式安排。";
    }
    return null;
  }
}
