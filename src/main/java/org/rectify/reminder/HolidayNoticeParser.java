package org.rectify.reminder;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the State Council's yearly notice on public holidays (国务院办公厅关于 2027 年部分节假日安排的通知) as pasted
 * from gov.cn: items {@code 一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。1月4日（周一）上班。}. A sentence with 放假 gives
 * days off (ranges with 至), one with 上班 make-up working days; months and years carry over within an
 * item. Text in the calendar file format ({@code year:} …) is read by {@link CalendarFileParser}
 * instead. Nothing is guessed: whatever cannot be read is a problem in Chinese naming the item, and
 * the office sees every day before it is stored.
 */
final class HolidayNoticeParser {

  /** What the text says, and what is wrong or odd about it. */
  record Parsed(
      Integer year,
      String source,
      boolean provisional,
      Map<LocalDate, String> holidays,
      Map<LocalDate, String> workdays,
      List<String> problems,
      List<String> warnings) {

    CalendarYear toYear(String origin) {
      return new CalendarYear(year, provisional, source, origin, holidays, workdays);
    }
  }

  static final List<String> FESTIVALS = List.of("元旦", "春节", "清明", "劳动节", "端午", "中秋", "国庆");
  private static final Pattern ITEM =
      Pattern.compile("(?:^|[\\n。])\\s*([一二三四五六七八九十]{1,3})、([^：:\\n。]{1,20})[：:]");
  private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日");
  private static final Pattern YEAR =
      Pattern.compile("(\\d{4})年(?:部分)?节假日|现将(\\d{4})年|(\\d{4})年元旦");
  private static final Pattern RANGE = Pattern.compile("^\\s*(?:至|到|—|-|－|~|～)\\s*$");

  private HolidayNoticeParser() {}

  /** {@code expectedYear}: the year chosen on the screen (null: read it from the text). */
  static Parsed parse(String raw, Integer expectedYear) {
    String text = normalise(raw == null ? "" : raw);
    List<String> problems = new ArrayList<>();
    if (text.isBlank()) {
      problems.add("请粘贴通知正文或上传通知文件");
      return new Parsed(expectedYear, "", false, Map.of(), Map.of(), problems, List.of());
    }
    if (text.lines().anyMatch(l -> l.strip().startsWith("year:"))) {
      return calendarFile(text, expectedYear);
    }
    Integer year = year(text, expectedYear, problems);
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    Map<LocalDate, String> workdays = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    Matcher items = ITEM.matcher(text);
    List<int[]> bounds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (items.find()) {
      bounds.add(new int[] {items.start(1), items.end()});
      names.add(items.group(2).strip());
    }
    if (bounds.isEmpty()) {
      problems.add("未识别出“一、元旦：1月1日至3日放假调休……”这样的条目，请粘贴国务院办公厅通知的正文（含各节日条目）");
    }
    for (int i = 0; i < bounds.size(); i++) {
      int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : text.length();
      String body = text.substring(bounds.get(i)[1], end);
      if (year != null) {
        item(names.get(i), body, year, holidays, workdays, problems, warnings);
      }
    }
    if (year != null && !bounds.isEmpty() && holidays.isEmpty() && problems.isEmpty()) {
      problems.add("没有识别出任何放假日期，请核对粘贴的内容");
    }
    for (String festival : FESTIVALS) {
      if (!bounds.isEmpty() && names.stream().noneMatch(n -> n.contains(festival))) {
        warnings.add("通知中没有找到“" + festival + "”条目，请核对是否粘贴完整");
      }
    }
    return new Parsed(year, source(raw), false, holidays, workdays, problems, warnings);
  }

  private static void item(
      String name,
      String body,
      int year,
      Map<LocalDate, String> holidays,
      Map<LocalDate, String> workdays,
      List<String> problems,
      List<String> warnings) {
    int month = 0;
    int itemYear = year;
    for (String sentence : body.split("[。；;\\n]")) {
      boolean work = sentence.contains("上班");
      boolean off = sentence.contains("放假") || sentence.contains("休息");
      if (!work && !off) {
        // the closing paragraph and the signature (国务院办公厅 2025年11月4日) say neither
        Matcher date = DATE.matcher(sentence);
        if (date.find() && (date.group(1) == null || date.group(1).equals(String.valueOf(year)))) {
          warnings.add("“" + name + "”：“" + sentence.strip() + "”既未说放假也未说上班，未计入");
        }
        continue;
      }
      Matcher m = DATE.matcher(sentence);
      List<LocalDate> dates = new ArrayList<>();
      List<Boolean> rangeFromPrevious = new ArrayList<>();
      int previousEnd = -1;
      while (m.find()) {
        if (m.group(1) != null) {
          itemYear = Integer.parseInt(m.group(1));
        }
        if (m.group(2) != null) {
          month = Integer.parseInt(m.group(2));
        }
        if (month == 0) {
          problems.add("“" + name + "”：日期“" + m.group() + "”缺少月份");
          return;
        }
        try {
          dates.add(LocalDate.of(itemYear, month, Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
          problems.add("“" + name + "”：日期“" + m.group() + "”不存在");
          return;
        }
        rangeFromPrevious.add(
            previousEnd >= 0
                && RANGE.matcher(sentence.substring(previousEnd, m.start())).matches());
        previousEnd = m.end();
      }
      if (dates.isEmpty()) {
        continue;
      }
      if (work && off) {
        problems.add("“" + name + "”：无法判断“" + sentence.strip() + "”是放假还是上班");
        continue;
      }
      for (int d = 0; d < dates.size(); d++) {
        LocalDate from = dates.get(d);
        LocalDate to = from;
        if (d + 1 < dates.size() && rangeFromPrevious.get(d + 1)) {
          to = dates.get(++d);
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 15) {
          problems.add("“" + name + "”：放假起止日期 " + from + " 至 " + to + " 不合理");
          continue;
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
          add(name, day, year, work, holidays, workdays, problems, warnings);
        }
      }
    }
  }

  private static void add(
      String name,
      LocalDate day,
      int year,
      boolean work,
      Map<LocalDate, String> holidays,
      Map<LocalDate, String> workdays,
      List<String> problems,
      List<String> warnings) {
    if (day.getYear() != year) {
      problems.add(
          "“" + name + "”：日期 " + day + " 不属于 " + year + " 年，请在 " + day.getYear() + " 年的日历中登记");
    } else if (holidays.containsKey(day) || workdays.containsKey(day)) {
      problems.add("“" + name + "”：日期 " + day + " 重复出现");
    } else if (work) {
      workdays.put(day, name + "调休上班");
      if (!isWeekend(day)) {
        warnings.add("“" + name + "”：调休上班日 " + day + " 本来就是工作日（" + weekday(day) + "），请核对");
      }
    } else {
      holidays.put(day, name);
    }
  }

  private static Parsed calendarFile(String text, Integer expectedYear) {
    List<String> problems = new ArrayList<>();
    try {
      CalendarYear year = CalendarFileParser.parse("粘贴的日历", new StringReader(text));
      if (expectedYear != null && year.year() != expectedYear) {
        problems.add("日历是 " + year.year() + " 年的，与所选年份 " + expectedYear + " 不符");
      }
      return new Parsed(
          year.year(),
          year.source().isEmpty() ? "日历文件" : abbreviate(year.source()),
          year.provisional(),
          new java.util.TreeMap<>(year.holidays()),
          new java.util.TreeMap<>(year.workdays()),
          problems,
          List.of());
    } catch (IllegalStateException | IOException e) {
      problems.add(e.getMessage());
      return new Parsed(expectedYear, "", false, Map.of(), Map.of(), problems, List.of());
    }
  }

  private static Integer year(String text, Integer expected, List<String> problems) {
    Matcher m = YEAR.matcher(text);
    Integer found = null;
    if (m.find()) {
      String group = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      found = Integer.valueOf(group);
    }
    if (expected != null && found != null && !expected.equals(found)) {
      problems.add("通知是 " + found + " 年的，与所选年份 " + expected + " 不符");
      return null;
    }
    Integer year = expected != null ? expected : found;
    if (year == null) {
      problems.add("无法从通知中读出年份，请选择年份");
    } else if (year < 2000 || year > 2100) {
      problems.add("年份超出范围：" + year);
      return null;
    }
    return year;
  }

  /** The notice's title line (e.g. 国务院办公厅关于2027年部分节假日安排的通知), for the record. */
  private static String source(String raw) {
    return raw.lines()
        .map(String::strip)
        .filter(l -> l.contains("通知") && l.length() <= 80)
        .findFirst()
        .map(HolidayNoticeParser::abbreviate)
        .orElse("国务院办公厅节假日安排通知（粘贴文本）");
  }

  private static String abbreviate(String value) {
    return value.length() > 200 ? value.substring(0, 200) : value;
  }

  /** Full-width digits and punctuation to ASCII, without the parenthesised weekdays. */
  static String normalise(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (char c : raw.toCharArray()) {
      if (c >= '０' && c <= '９') {
        out.append((char) ('0' + (c - '０')));
      } else if (c == '\r' || c == '\u00a0' || c == '\u3000') {
        out.append(c == '\r' ? '\n' : ' ');
      } else {
        out.append(c);
      }
    }
    return out.toString()
        .replaceAll("（[^（）]*）|\\([^()]*\\)", "")
        .replaceAll("(?<=\\d) +(?=[年月日])|(?<=[年月]) +(?=\\d)", "");
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  static String weekday(LocalDate day) {
    return "星期" + "一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1);
  }
}
