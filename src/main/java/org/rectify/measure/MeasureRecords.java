package org.rectify.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what departments type into the completion form: deliverables one per line, metrics one per
 * line as {@code 名称：数值 单位} (e.g. {@code 重点岗位谈话：6 人次}), so the notice generator gets structured
 * figures.
 */
final class MeasureRecords {

  /** One figure of a measure's result. */
  record Metric(String name, String value, String unit) {}

  private static final Pattern METRIC =
      Pattern.compile("^(.+?)\\s*[:：=]\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*(.*)$");

  private MeasureRecords() {}

  static List<String> lines(Object text) {
    List<String> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    for (String line : text.toString().split("\\R")) {
      String trimmed = line.strip().replaceFirst("^[-•·*]\\s*", "");
      if (!trimmed.isEmpty()) {
        lines.add(trimmed.length() > 500 ? trimmed.substring(0, 500) : trimmed);
      }
    }
    return lines;
  }

  /** Lines that are not "name: number unit" are kept whole as a name with value "—". */
  static List<Metric> metrics(Object text) {
    List<Metric> metrics = new ArrayList<>();
    for (String line : lines(text)) {
      Matcher matcher = METRIC.matcher(line);
      if (matcher.matches()) {
        String unit = matcher.group(3).strip();
        metrics.add(
            new Metric(
                cut(matcher.group(1), 200),
                matcher.group(2),
                unit.isEmpty() ? null : cut(unit, 20)));
      } else {
        metrics.add(new Metric(cut(line, 200), "—", null));
      }
    }
    return metrics;
  }

  private static String cut(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }
}
