package org.rectify.spotcheck;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The timer plan of spot checks ({@code spot-check-schedule}): {@code StartEvent_ScheduleWindow}
 * opens a window every {@code cycle} (ISO 8601, default fortnightly — the seed's 6 visits in about
 * three months); {@code Timer_RandomMoment} then waits for a random working-hours moment inside the
 * window, so no department can predict when a plan appears. (A separate model: Camunda allows no
 * timer start beside the none start that Tasklist and the API use.) Properties: {@code
 * rectify.spot-check.schedule.cycle}, {@code rectify.spot-check.schedule.window-days}.
 */
@Component("spotCheckSchedule")
public class SpotCheckSchedule {

  private static final LocalTime EARLIEST = LocalTime.of(8, 30);
  private static final int WORKING_MINUTES = 8 * 60 + 30;

  private final String cycle;
  private final int windowDays;
  private final RandomGenerator random;

  @Autowired
  SpotCheckSchedule(
      @Value("${rectify.spot-check.schedule.cycle:R/P14D}") String cycle,
      @Value("${rectify.spot-check.schedule.window-days:10}") int windowDays) {
    this(cycle, windowDays, new Random());
  }

  SpotCheckSchedule(String cycle, int windowDays, RandomGenerator random) {
    if (windowDays < 1) {
      throw new IllegalArgumentException(
          "rectify.spot-check.schedule.window-days must be at least 1");
    }
    this.cycle = cycle;
    this.windowDays = windowDays;
    this.random = random;
  }

  /** Timer cycle of {@code StartEvent_Scheduled}. */
  public String cycle() {
    return cycle;
  }

  /**
   * A random moment between 08:30 and 17:00 on one of the window's days, never on Saturday or
   * Sunday.
   */
  public Date randomMoment() {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(SpotCheckVariables.ZONE);
    ZonedDateTime moment;
    do {
      moment =
          now.toLocalDate()
              .plusDays(random.nextInt(windowDays))
              .atTime(EARLIEST.plusMinutes(random.nextInt(WORKING_MINUTES)))
              .atZone(SpotCheckVariables.ZONE);
    } while (moment.getDayOfWeek().getValue() > 5 && windowDays > 2
        || moment.isBefore(now) && windowDays > 1);
    return Date.from(moment.toInstant());
  }
}
