package org.rectify.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts of measures grouped by a key, in the notice's status classes. {@code onTimeRate} is the
 * share of measures that are not overdue (completed or long-term, or still open before their due
 * date), in percent with one decimal.
 */
final class PlanStatistics {

  record Counts(
      String key,
      String label,
      int total,
      int completed,
      int longTerm,
      int notInPlace,
      int overdue,
      BigDecimal onTimeRate) {}

  private PlanStatistics() {}

  static List<Counts> group(
      List<MeasureLedger.Row> rows,
      Function<MeasureLedger.Row, String> key,
      Function<MeasureLedger.Row, String> label) {
    Map<String, List<MeasureLedger.Row>> groups = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (MeasureLedger.Row row : rows) {
      groups.computeIfAbsent(key.apply(row), k -> new java.util.ArrayList<>()).add(row);
      labels.putIfAbsent(key.apply(row), label.apply(row));
    }
    return groups.entrySet().stream()
        .map(e -> counts(e.getKey(), labels.get(e.getKey()), e.getValue()))
        .toList();
  }

  static Counts counts(String key, String label, List<MeasureLedger.Row> rows) {
    int completed = 0;
    int longTerm = 0;
    int open = 0;
    int overdue = 0;
    for (MeasureLedger.Row row : rows) {
      switch (StatusColours.classOf(row.status())) {
        case COMPLETED -> completed++;
        case LONG_TERM -> longTerm++;
        default -> open++;
      }
      if (row.overdue()) {
        overdue++;
      }
    }
    return new Counts(
        key,
        label,
        rows.size(),
        completed,
        longTerm,
        open,
        overdue,
        rate(rows.size() - overdue, rows.size()));
  }

  static BigDecimal rate(int part, int whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
