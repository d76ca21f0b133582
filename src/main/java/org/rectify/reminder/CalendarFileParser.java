package org.rectify.reminder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one calendar file ({@code calendar/cn-2026.txt}). The format is line based so that an error
 * can be pinned to a line: header lines {@code year:}, {@code status:} (official|provisional),
 * {@code source:}, then {@code <date>[..<date>] <holiday|workday> <name>}. Any mistake fails with
 * the file and line named.
 */
final class CalendarFileParser {

  private CalendarFileParser() {}

  static CalendarYear parse(String origin, Reader content) throws IOException {
    Integer year = null;
    Boolean provisional = null;
    String source = "";
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    Map<LocalDate, String> workdays = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(content);
    String raw;
    int lineNumber = 0;
    while ((raw = reader.readLine()) != null) {
      lineNumber++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("year:")) {
        year = parseYear(origin, lineNumber, line.substring(5).strip());
      } else if (line.startsWith("status:")) {
        provisional = parseStatus(origin, lineNumber, line.substring(7).strip());
      } else if (line.startsWith("source:")) {
        source = line.substring(7).strip();
      } else {
        if (year == null) {
          throw error(origin, lineNumber, "日期行之前必须先有 “year: YYYY”");
        }
        parseDayLine(origin, lineNumber, line, year, holidays, workdays);
      }
    }
    if (year == null || provisional == null) {
      throw error(origin, lineNumber, "缺少 “year:” 或 “status:” 行");
    }
    return new CalendarYear(year, provisional, source, origin, holidays, workdays);
  }

  private static void parseDayLine(
      String origin,
      int lineNumber,
      String line,
      int year,
      Map<LocalDate, String> holidays,
      Map<LocalDate, String> workdays) {
    String[] parts = line.split("\\s+", 3);
    if (parts.length < 3) {
      throw error(origin, lineNumber, "应为 “日期[..日期] holiday|workday 名称”，实际为 “" + line + "”");
    }
    LocalDate from;
    LocalDate to;
    try {
      String[] range = parts[0].split("\\.\\.", -1);
      if (range.length > 2) {
        throw new DateTimeException(parts[0]);
      }
      from = LocalDate.parse(range[0]);
      to = range.length == 2 ? LocalDate.parse(range[1]) : from;
    } catch (DateTimeException e) {
      throw error(
          origin, lineNumber, "无法识别的日期 “" + parts[0] + "”（格式 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD）");
    }
    if (to.isBefore(from)) {
      throw error(origin, lineNumber, "结束日期早于开始日期：" + parts[0]);
    }
    if (from.getYear() != year || to.getYear() != year) {
      throw error(origin, lineNumber, "日期 " + parts[0] + " 不属于本文件的年份 " + year);
    }
    Map<LocalDate, String> target =
        switch (parts[1]) {
          case "holiday" -> holidays;
          case "workday" -> workdays;
          default ->
              throw error(origin, lineNumber, "类型必须是 holiday 或 workday，实际为 “" + parts[1] + "”");
        };
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (holidays.containsKey(day) || workdays.containsKey(day)) {
        throw error(origin, lineNumber, "日期 " + day + " 重复出现");
      }
      target.put(day, parts[2].strip());
    }
  }

  private static int parseYear(String origin, int lineNumber, String value) {
    try {
      int year = Integer.parseInt(value);
      if (year < 2000 || year > 2100) {
        throw error(origin, lineNumber, "年份超出范围：" + value);
      }
      return year;
    } catch (NumberFormatException e) {
      throw error(origin, lineNumber, "无法识别的年份 “" + value + "”");
    }
  }

  private static boolean parseStatus(String origin, int lineNumber, String value) {
    return switch (value) {
      case "official" -> false;
      case "provisional" -> true;
      default ->
          throw error(origin, lineNumber, "status 必须是 official 或 provisional，实际为 “" + value + "”");
    };
  }

  static IllegalStateException error(String origin, int lineNumber, String message) {
    return new IllegalStateException("工作日日历文件 " + origin + " 第 " + lineNumber + " 行有误：" + message);
  }
}
