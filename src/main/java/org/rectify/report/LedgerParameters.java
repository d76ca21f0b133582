package org.rectify.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.rectify.platform.ApiException;

/**
 * Validates the query parameters of the ledgers: unknown parameters, malformed numbers, dates and
 * enumerations are refused with 400 naming the parameter, so a typo never silently returns the
 * whole ledger.
 */
final class LedgerParameters {

  private static final String INVALID = "查询参数无效";
  private final Map<String, String> values;

  LedgerParameters(Map<String, String> values, Set<String> allowed) {
    this.values = values;
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badRequest(INVALID, name + "：不支持的参数，可用参数：" + String.join("、", allowed));
      }
    }
  }

  String text(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  Integer integer(String name, int min, int max) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        throw ApiException.badRequest(INVALID, name + "：应在 " + min + " 至 " + max + " 之间");
      }
      return number;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(INVALID, name + "：应为整数");
    }
  }

  LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(INVALID, name + "：日期格式应为 yyyy-MM-dd");
    }
  }

  Boolean bool(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    if (!value.equals("true") && !value.equals("false")) {
      throw ApiException.badRequest(INVALID, name + "：应为 true 或 false");
    }
    return Boolean.valueOf(value);
  }

  /** One of {@code allowed} (case-sensitive, as the API documents them). */
  String oneOf(String name, Set<String> allowed) {
    String value = text(name);
    if (value != null && !allowed.contains(value)) {
      throw ApiException.badRequest(
          INVALID, name + "：取值“" + value + "”无效，可选：" + String.join("、", allowed));
    }
    return value;
  }

  boolean descending() {
    String order = oneOf("order", Set.of("asc", "desc"));
    return "desc".equals(order);
  }
}
