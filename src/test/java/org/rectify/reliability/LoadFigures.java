package org.rectify.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requests, errors and latencies of one load run, collected per clerk (no shared lock while
 * measuring) and merged at the end into the line the README and CI quote.
 */
final class LoadFigures {

  private final List<Long> latenciesNanos = new ArrayList<>();
  private int errors;
  private final List<String> errorSamples = new ArrayList<>();

  void record(long nanos, boolean ok, String what) {
    latenciesNanos.add(nanos);
    if (!ok) {
      errors++;
      if (errorSamples.size() < 5) {
        errorSamples.add(what);
      }
    }
  }

  void add(LoadFigures other) {
    latenciesNanos.addAll(other.latenciesNanos);
    errors += other.errors;
    other.errorSamples.stream().limit(5 - errorSamples.size()).forEach(errorSamples::add);
  }

  int requests() {
    return latenciesNanos.size();
  }

  int errors() {
    return errors;
  }

  List<String> errorSamples() {
    return errorSamples;
  }

  /**
   * {@code LOAD requests= errors= error_rate= p50_ms= p95_ms= p99_ms=} (plus the throughput of the
   * run).
   */
  String summary(double seconds) {
    List<Long> sorted = new ArrayList<>(latenciesNanos);
    sorted.sort(null);
    double rate = sorted.isEmpty() ? 0 : (double) errors / sorted.size();
    return String.format(
        Locale.ROOT,
        "LOAD requests=%d errors=%d error_rate=%.4f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f throughput_rps=%.1f",
        sorted.size(),
        errors,
        rate,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.size() / seconds);
  }

  private static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
  }
}
