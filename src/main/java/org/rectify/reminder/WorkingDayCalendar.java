package org.rectify.reminder;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The statutory working-day calendar (法定工作日): Monday to Friday, minus the State Council's public
 * holidays, plus its make-up working days (调休上班). Offsets are counted in whole working days, never
 * in 24-hour blocks. Years without a file fall back to weekends only, with one warning per year, so
 * a missing file degrades but never stops reminders. A malformed file stops start-up with the line
 * named.
 *
 * <p>The shipped files are the defaults; a year the rectification office loaded from the State
 * Council's notice ({@link CalendarStore}, in the database) overrides the file of that year. Every
 * node checks the store's revision at most once per {@code rectify.calendar.refresh-interval} and
 * re-reads the loaded years when it changed, so a year loaded on one node counts on all of them.
 */
@Component("workingDays")
public class WorkingDayCalendar {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final Map<Integer, CalendarYear> fileYears;
  private final CalendarStore store;
  private final long refreshNanos;
  private volatile Map<Integer, CalendarYear> years;
  private volatile long checkedAt;
  private volatile boolean checked;
  private volatile long revision;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  @Autowired
  WorkingDayCalendar(CalendarProperties properties, CalendarStore store) {
    this(load(properties), store, properties.getRefreshInterval());
  }

  WorkingDayCalendar(CalendarProperties properties) {
    this(load(properties));
  }

  WorkingDayCalendar(Map<Integer, CalendarYear> years) {
    this(years, null, java.time.Duration.ZERO);
  }

  WorkingDayCalendar(
      Map<Integer, CalendarYear> years, CalendarStore store, java.time.Duration refresh) {
    this.fileYears = Map.copyOf(years);
    this.years = this.fileYears;
    this.store = store;
    this.refreshNanos = refresh.toNanos();
    this.years.values().stream()
        .filter(CalendarYear::provisional)
        .forEach(
            year ->
                LOG.warn(
                    "{} 年的工作日日历为暂行版本（{}）：只含法定假日，未含国务院公布的调休安排，请在通知发布后更新该文件",
                    year.year(),
                    year.origin()));
    LOG.info("工作日日历已加载年份：{}", new TreeMap<>(this.years).keySet());
  }

  public boolean isWorkingDay(LocalDate day) {
    Optional<CalendarYear> year = yearOf(day);
    if (year.isPresent()) {
      if (year.get().workdays().containsKey(day)) {
        return true;
      }
      if (year.get().holidays().containsKey(day)) {
        return false;
      }
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The name of the holiday or make-up working day on this date, if any (for mails and pages). */
  public Optional<String> specialDayName(LocalDate day) {
    return yearOf(day)
        .flatMap(
            year ->
                Optional.ofNullable(year.holidays().get(day))
                    .or(() -> Optional.ofNullable(year.workdays().get(day))));
  }

  /** The {@code count}-th working day after {@code day} ({@code day} itself for 0). */
  public LocalDate plusWorkingDays(LocalDate day, int count) {
    return step(day, count, 1);
  }

  /** The {@code count}-th working day before {@code day} ({@code day} itself for 0). */
  public LocalDate minusWorkingDays(LocalDate day, int count) {
    return step(day, count, -1);
  }

  /** The first working day after {@code day}. */
  public LocalDate nextWorkingDay(LocalDate day) {
    return plusWorkingDays(day, 1);
  }

  /**
   * Working days in the half-open range ({@code from}, {@code to}]; negative when {@code to} is
   * before.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  public boolean knowsYear(int year) {
    return currentYears().containsKey(year);
  }

  /** Whether the year is known only from a provisional file (no 调休 yet). */
  public boolean isProvisional(int year) {
    CalendarYear known = currentYears().get(year);
    return known != null && known.provisional();
  }

  /** Every year known now: the shipped files, overridden by the years loaded into the database. */
  Map<Integer, CalendarYear> years() {
    return currentYears();
  }

  /** The shipped file of a year, if any (what a loaded year replaced). */
  Optional<CalendarYear> fileYear(int year) {
    return Optional.ofNullable(fileYears.get(year));
  }

  /**
   * Re-reads the years loaded into the database now (after a load on this node; other nodes follow
   * within the refresh interval).
   */
  public void refresh() {
    if (store == null) {
      return;
    }
    long current = store.revision();
    Map<Integer, CalendarYear> merged = new TreeMap<>(fileYears);
    store.years().forEach(year -> merged.put(year.year(), year));
    years = Map.copyOf(merged);
    revision = current;
    checkedAt = System.nanoTime();
    checked = true;
    warnedYears.clear();
    LOG.info("工作日日历已刷新，年份：{}（数据库版本 {}）", new TreeMap<>(merged).keySet(), current);
  }

  private Map<Integer, CalendarYear> currentYears() {
    if (store != null && (!checked || System.nanoTime() - checkedAt >= refreshNanos)) {
      checkedAt = System.nanoTime();
      try {
        if (!checked || store.revision() != revision) {
          refresh();
        }
      } catch (org.springframework.dao.DataAccessException e) {
        // the database is away (or not yet migrated): keep counting with what is known
        LOG.warn("工作日日历无法从数据库刷新，继续使用已加载的年份：{}", e.getMessage());
      }
    }
    return years;
  }

  private LocalDate step(LocalDate day, int count, int direction) {
    if (count < 0) {
      throw new IllegalArgumentException("工作日数不能为负数：" + count);
    }
    LocalDate current = day;
    int remaining = count;
    while (remaining > 0) {
      current = current.plusDays(direction);
      if (isWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }

  private Optional<CalendarYear> yearOf(LocalDate day) {
    CalendarYear year = currentYears().get(day.getYear());
    if (year == null && warnedYears.add(day.getYear())) {
      LOG.warn(
          "工作日日历中没有 {} 年的文件：该年只按周六、周日休息计算，法定节假日和调休未计入。"
              + "请在 rectify.calendar.locations 指定的位置添加 cn-{}.txt",
          day.getYear(),
          day.getYear());
    }
    return Optional.ofNullable(year);
  }

  private static Map<Integer, CalendarYear> load(CalendarProperties properties) {
    ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<Integer, CalendarYear> loaded = new TreeMap<>();
    for (String location : properties.getLocations()) {
      try {
        for (Resource resource : resolver.getResources(location)) {
          CalendarYear year = parse(resource);
          CalendarYear replaced = loaded.put(year.year(), year);
          if (replaced != null) {
            LOG.info("{} 年工作日日历：{} 取代 {}", year.year(), year.origin(), replaced.origin());
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(
            "无法读取工作日日历 " + location + "（rectify.calendar.locations）", e);
      }
    }
    return loaded;
  }

  private static CalendarYear parse(Resource resource) throws IOException {
    String origin = resource.getFilename();
    try (InputStreamReader reader =
        new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      return CalendarFileParser.parse(origin, reader);
    }
  }
}
