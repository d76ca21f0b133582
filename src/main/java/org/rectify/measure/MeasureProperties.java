package org.rectify.measure;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Measure settings ({@code rectify.measure.*}), validated at start-up: an invalid value stops the
 * application with the property named.
 */
@Validated
@ConfigurationProperties("rectify.measure")
public class MeasureProperties {

  /**
   * How long a department has for each 填报整改进展, by the plan's phase on the day the report period
   * starts: 1 立行立改 and 2 深化整改 every 14 days (with the leading group's fortnightly meetings), 3 回头看
   * monthly (docs/domain.md §4.1.2).
   */
  @NotNull private Map<Integer, Period> progressCadence = defaults();

  static Map<Integer, Period> defaults() {
    Map<Integer, Period> cadence = new TreeMap<>();
    cadence.put(1, Period.ofDays(14));
    cadence.put(2, Period.ofDays(14));
    cadence.put(3, Period.ofMonths(1));
    return cadence;
  }

  @AssertTrue(
      message = "rectify.measure.progress-cadence 必须为第 1、2、3 阶段各设一个 1 天到 3 个月之间的周期（例如 P14D、P1M）")
  public boolean isProgressCadenceComplete() {
    if (progressCadence == null) {
      return true;
    }
    for (int phase = 1; phase <= 3; phase++) {
      Period period = progressCadence.get(phase);
      if (period == null || period.isNegative() || period.isZero() || period.toTotalMonths() > 3) {
        return false;
      }
    }
    return progressCadence.size() == 3;
  }

  public Map<Integer, Period> getProgressCadence() {
    return progressCadence;
  }

  public void setProgressCadence(Map<Integer, Period> progressCadence) {
    this.progressCadence = progressCadence;
  }
}
