package org.rectify.reminder;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reminder offsets and timing ({@code rectify.reminder.*}). Validated at start-up: an invalid value
 * stops the application with the property named, rather than producing timers at absurd dates
 * months later.
 */
@Validated
@ConfigurationProperties("rectify.reminder")
public class ReminderProperties {

  /** Working days before the due date on which the 即将到期 reminder is sent. */
  @Min(0)
  @Max(20)
  private int beforeDueWorkingDays = 2;

  /**
   * The reminder ladder before a measure's deadline ({@code measure-lifecycle}, 落实整改措施): one 即将到期
   * mail on each of these working days before the deadline, furthest first (default T−14, T−7,
   * T−1). Rungs already past when the work starts or restarts are not sent.
   */
  @NotEmpty
  private List<@NotNull @Min(1) @Max(60) Integer> measureLadderWorkingDays = List.of(14, 7, 1);

  /**
   * Working days after the due date for each escalation level (level 1 = index 0): 督办单, then 党组书记.
   */
  @NotEmpty private List<@NotNull @Min(1) @Max(60) Integer> escalationWorkingDays = List.of(7, 14);

  /** Local time (Asia/Shanghai) at which reminder timers fire on a working day. */
  @NotNull private LocalTime sendTime = LocalTime.of(9, 0);

  /** A task is yellow (临近) when its due date is at most this many working days away. */
  @Min(0)
  @Max(20)
  private int yellowWithinWorkingDays = 3;

  /** Minimum time between two urges (催办) of the same task. */
  @NotNull private Duration urgeInterval = Duration.ofHours(4);

  @NotNull private ZoneId zone = ZoneId.of("Asia/Shanghai");

  /**
   * Overrides the retry cycle of every {@code reminderMail} task (ISO 8601, e.g. {@code R5/PT5M} or
   * {@code PT1M,PT5M,PT10M}); unset: the models' own {@code R5/PT5M}. Meant for tests and special
   * operations.
   */
  private String retryCycle;

  /** Escalation levels must grow strictly, otherwise level 2 would fire before level 1. */
  @AssertTrue(message = "rectify.reminder.escalation-working-days 必须严格递增（例如 7, 14）")
  public boolean isEscalationWorkingDaysIncreasing() {
    if (escalationWorkingDays == null) {
      return true;
    }
    for (int i = 1; i < escalationWorkingDays.size(); i++) {
      Integer previous = escalationWorkingDays.get(i - 1);
      Integer current = escalationWorkingDays.get(i);
      if (previous != null && current != null && current <= previous) {
        return false;
      }
    }
    return true;
  }

  /** The ladder counts down to the deadline: each rung nearer to it than the one before. */
  @AssertTrue(message = "rectify.reminder.measure-ladder-working-days 必须严格递减（例如 14, 7, 1）")
  public boolean isMeasureLadderWorkingDaysDecreasing() {
    if (measureLadderWorkingDays == null) {
      return true;
    }
    for (int i = 1; i < measureLadderWorkingDays.size(); i++) {
      Integer previous = measureLadderWorkingDays.get(i - 1);
      Integer current = measureLadderWorkingDays.get(i);
      if (previous != null && current != null && current >= previous) {
        return false;
      }
    }
    return true;
  }

  @AssertTrue(message = "rectify.reminder.urge-interval 必须在 1 分钟到 7 天之间")
  public boolean isUrgeIntervalReasonable() {
    return urgeInterval == null
        || (urgeInterval.compareTo(Duration.ofMinutes(1)) >= 0
            && urgeInterval.compareTo(Duration.ofDays(7)) <= 0);
  }

  public int getBeforeDueWorkingDays() {
    return beforeDueWorkingDays;
  }

  public void setBeforeDueWorkingDays(int beforeDueWorkingDays) {
    this.beforeDueWorkingDays = beforeDueWorkingDays;
  }

  public List<Integer> getMeasureLadderWorkingDays() {
    return measureLadderWorkingDays;
  }

  public void setMeasureLadderWorkingDays(List<Integer> measureLadderWorkingDays) {
    this.measureLadderWorkingDays = measureLadderWorkingDays;
  }

  public List<Integer> getEscalationWorkingDays() {
    return escalationWorkingDays;
  }

  public void setEscalationWorkingDays(List<Integer> escalationWorkingDays) {
    this.escalationWorkingDays = escalationWorkingDays;
  }

  public LocalTime getSendTime() {
    return sendTime;
  }

  public void setSendTime(LocalTime sendTime) {
    this.sendTime = sendTime;
  }

  public int getYellowWithinWorkingDays() {
    return yellowWithinWorkingDays;
  }

  public void setYellowWithinWorkingDays(int yellowWithinWorkingDays) {
    this.yellowWithinWorkingDays = yellowWithinWorkingDays;
  }

  public Duration getUrgeInterval() {
    return urgeInterval;
  }

  public void setUrgeInterval(Duration urgeInterval) {
    this.urgeInterval = urgeInterval;
  }

  public String getRetryCycle() {
    return retryCycle;
  }

  public void setRetryCycle(String retryCycle) {
    this.retryCycle = retryCycle;
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }
}
