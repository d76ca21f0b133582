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

  public List<String> getLocations() {
    return locations;
  }

  public void setLocations(List<String> locations) {
    this.locations = locations;
  }
}
