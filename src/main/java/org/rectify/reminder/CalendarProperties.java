package org.rectify.reminder;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the statutory working-day calendar files are read from ({@code rectify.calendar.*}). A
 * later location overrides an earlier one for the same year, so an administrator can drop a
 * corrected or next year's file into a directory (e.g. {@code file:./config/calendar/*.txt})
 * without a new release.
 */
@Validated
@ConfigurationProperties("rectify.calendar")
public class CalendarProperties {

  @NotEmpty private List<String> locations = List.of("classpath*:calendar/cn-*.txt");

  /**
   * How often a node checks whether another node loaded a year into the database (the check is one
   * query; the years are re-read only when it finds a change).
   */
  @jakarta.validation.constraints.NotNull
  private java.time.Duration refreshInterval = java.time.Duration.ofMinutes(1);

  /** Weeks before 1 January from which a missing (or provisional) next year is warned about. */
  @jakarta.validation.constraints.Min(1)
  @jakarta.validation.constraints.Max(26)
  private int warnWeeksBefore = 8;

  public java.time.Duration getRefreshInterval() {
    return refreshInterval;
  }

  public void setRefreshInterval(java.time.Duration refreshInterval) {
    this.refreshInterval = refreshInterval;
  }

  public int getWarnWeeksBefore() {
    return warnWeeksBefore;
  }

  public void setWarnWeeksBefore(int warnWeeksBefore) {
    this.warnWeeksBefore = warnWeeksBefore;
  }

  public List<String> getLocations() {
    return locations;
  }

  public void setLocations(List<String> locations) {
    this.locations = locations;
  }
}
