package org.rectify.reminder;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rectify.platform.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads a year's State Council holiday notice: a dry run shows every holiday and make-up working
 * day the text gives (with problems and oddities in Chinese); the confirmation stores the year in
 * the database for every node and refreshes this node's calendar at once.
 */
@Component
class CalendarImport {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarImport.class);
  static final int MAX_TEXT = 20_000;

  /** {@code POST /api/calendar/import}: the year chosen on the screen and the notice's text. */
  record Request(Integer year, String text) {}

  /** One holiday or make-up working day as the office checks it. */
  record Day(LocalDate date, String weekday, String name) {}

  /** What the notice gives, and whether it was stored. */
  record Result(
      boolean dryRun,
      boolean valid,
      boolean saved,
      Integer year,
      String source,
      boolean provisional,
      List<Day> holidays,
      List<Day> workdays,
      Integer workingDays,
      String replaces,
      List<String> errors,
      List<String> warnings) {

    @JsonProperty("error")
    String error() {
      return valid ? null : "通知有 " + errors.size() + " 处无法识别或有误，未导入，请按提示修改后重新预览";
    }
  }

  private final CalendarStore store;
  private final WorkingDayCalendar calendar;
  private final ZoneId zone;

  CalendarImport(CalendarStore store, WorkingDayCalendar calendar, ReminderProperties reminder) {
    this.store = store;
    this.calendar = calendar;
    this.zone = reminder.getZone();
  }

  Result load(Request request, boolean dryRun, String user) {
    if (request == null) {
      throw ApiException.badRequest("请选择年份并粘贴通知正文", "text：必填");
    }
    if (request.year() != null && (request.year() < 2000 || request.year() > 2100)) {
      throw ApiException.badRequest("年份超出范围", "year：应在 2000 至 2100 之间");
    }
    if (request.text() != null && request.text().length() > MAX_TEXT) {
      throw ApiException.badRequest("通知正文过长", "text：不能超过 " + MAX_TEXT + " 字");
    }
    HolidayNoticeParser.Parsed parsed = HolidayNoticeParser.parse(request.text(), request.year());
    List<String> errors = new ArrayList<>(parsed.problems());
    boolean valid = errors.isEmpty() && parsed.year() != null;
    Integer workingDays = null;
    String replaces = null;
    if (parsed.year() != null) {
      int year = parsed.year();
      workingDays =
          new WorkingDayCalendar(Map.of(year, parsed.toYear("预览")))
              .workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
      replaces = replaces(year);
    }
    boolean saved = false;
    if (valid && !dryRun) {
      store.save(parsed.toYear("数据库（整改办导入）"), user, LocalDateTime.now(zone));
      calendar.refresh();
      saved = true;
      LOG.info(
          "{} 年工作日日历已由 {} 导入：{} 个放假日，{} 个调休上班日（{}）",
          parsed.year(),
          user,
          parsed.holidays().size(),
          parsed.workdays().size(),
          parsed.source());
    }
    return new Result(
        dryRun,
        valid,
        saved,
        parsed.year(),
        parsed.source(),
        parsed.provisional(),
        days(parsed.holidays()),
        days(parsed.workdays()),
        workingDays,
        replaces,
        errors,
        parsed.warnings());
  }

  private String replaces(int year) {
    var loaded = store.loaded(year);
    if (loaded.isPresent()) {
      return "将取代 "
          + loaded.get().loadedBy()
          + " 于 "
          + loaded.get().loadedAt().toString().replace('T', ' ').substring(0, 16)
          + " 导入的 "
          + year
          + " 年日历";
    }
    return calendar
        .fileYear(year)
        .map(
            file ->
                "将取代随程序发布的 "
                    + year
                    + " 年日历（"
                    + file.origin()
                    + (file.provisional() ? "，暂行版本）" : "）"))
        .orElse(null);
  }

  static List<Day> days(Map<LocalDate, String> days) {
    return new TreeMap<>(days)
        .entrySet().stream()
            .map(e -> new Day(e.getKey(), HolidayNoticeParser.weekday(e.getKey()), e.getValue()))
            .toList();
  }
}
