package org.rectify.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rectify.platform.ApiException;
import org.rectify.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/calendar}: the working-day calendar for the office's screen (办公室工作 → 工作日日历). Every
 * user reads the years, a year's days and a working-day count (the calendar is public); the
 * rectification office loads a year from the State Council's notice ({@code POST
 * /api/calendar/import?dryRun=true|false}), see docs/reminders.md.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  /**
   * {@code GET /api/calendar/working-days}: the date {@code days} working days after {@code from}.
   */
  record Count(
      LocalDate from,
      int days,
      LocalDate date,
      String weekday,
      List<CalendarImport.Day> daysOff,
      boolean yearsKnown) {}

  private final CalendarOverview overview;
  private final CalendarImport calendarImport;
  private final WorkingDayCalendar calendar;
  private final CurrentUser currentUser;
  private final ReminderProperties reminder;

  CalendarController(
      CalendarOverview overview,
      CalendarImport calendarImport,
      WorkingDayCalendar calendar,
      CurrentUser currentUser,
      ReminderProperties reminder) {
    this.overview = overview;
    this.calendarImport = calendarImport;
    this.calendar = calendar;
    this.currentUser = currentUser;
    this.reminder = reminder;
  }

  @GetMapping
  CalendarOverview.View overview() {
    return overview.view(LocalDate.now(reminder.getZone()));
  }

  @GetMapping("/days")
  Map<String, Object> days(@RequestParam(required = false) String year) {
    int value = year(year);
    CalendarYear known = calendar.years().get(value);
    if (known == null) {
      throw ApiException.notFound(value + " 年没有工作日日历");
    }
    return Map.of(
        "year", value,
        "holidays", CalendarImport.days(known.holidays()),
        "workdays", CalendarImport.days(known.workdays()));
  }

  @GetMapping("/working-days")
  Count workingDays(
      @RequestParam(required = false) String from, @RequestParam(required = false) String days) {
    LocalDate start;
    int count;
    List<String> errors = new ArrayList<>();
    try {
      start = LocalDate.parse(from == null ? "" : from);
    } catch (java.time.format.DateTimeParseException e) {
      start = null;
      errors.add("from：起始日期格式应为 2027-09-30");
    }
    try {
      count = Integer.parseInt(days == null ? "" : days);
      if (count < 0 || count > 250) {
        errors.add("days：工作日数应在 0 至 250 之间");
      }
    } catch (NumberFormatException e) {
      count = 0;
      errors.add("days：工作日数应为整数");
    }
    if (start != null && (start.getYear() < 2000 || start.getYear() > 2100)) {
      errors.add("from：起始日期应在 2000 至 2100 年之间");
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("试算条件有误", errors.toArray(String[]::new));
    }
    LocalDate date = calendar.plusWorkingDays(start, count);
    Map<LocalDate, String> off = new java.util.LinkedHashMap<>();
    boolean known = true;
    for (LocalDate day = start.plusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
      known &= calendar.knowsYear(day.getYear());
      if (!calendar.isWorkingDay(day) && !HolidayNoticeParser.isWeekend(day)) {
        off.put(day, calendar.specialDayName(day).orElse("法定节假日"));
      }
    }
    return new Count(
        start, count, date, HolidayNoticeParser.weekday(date), CalendarImport.days(off), known);
  }

  @PostMapping("/import")
  ResponseEntity<CalendarImport.Result> load(
      @RequestBody(required = false) CalendarImport.Request request,
      @RequestParam(name = "dryRun", defaultValue = "true") String dryRun) {
    if (!dryRun.equals("true") && !dryRun.equals("false")) {
      throw ApiException.badRequest("查询参数无效", "dryRun：应为 true 或 false");
    }
    CalendarImport.Result result =
        calendarImport.load(request, Boolean.parseBoolean(dryRun), currentUser.id());
    return result.valid()
        ? ResponseEntity.ok(result)
        : ResponseEntity.unprocessableEntity().body(result);
  }

  private static int year(String value) {
    try {
      int year = Integer.parseInt(value == null ? "" : value);
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.badRequest("年份无效", "year：应为 2000 至 2100 之间的年份");
  }
}
