package org.rectify.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measured values of one series (per iteration) with mean, spread and the machine-readable output
 * line.
 */
final class Figures {

  private final List<Double> values = new ArrayList<>();

  void add(double value) {
    values.add(value);
  }

  List<Double> values() {
    return values;
  }

  double mean() {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  double median() {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
  }

  double min() {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  double max() {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** Sample standard deviation relative to the mean, in percent. */
  double relativeSpread() {
    double mean = mean();
    double sum = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    return values.size() < 2 ? 0 : 100 * Math.sqrt(sum / (values.size() - 1)) / mean;
  }

  String describe(String unit) {
    return String.format(
        Locale.ROOT,
        "%.2f %s (min %.2f, max %.2f, ±%.1f%%, n=%d) %s",
        mean(),
        unit,
        min(),
        max(),
        relativeSpread(),
        values.size(),
        values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
  }
}
