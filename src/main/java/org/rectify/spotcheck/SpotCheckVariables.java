package org.rectify.spotcheck;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Typed reading of the spot-check variables. Forms deliver dates as {@code yyyy-MM-dd} text, the
 * API as text or {@link Date}; delegates and listeners read them only through here, with Chinese
 * messages when a value is wrong: a missing or malformed entry is a refusal of the submitted form
 * ({@link FormFieldValidationException}, shown in Tasklist as the Chinese message alone).
 */
final class SpotCheckVariables {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private SpotCheckVariables() {}

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  static String requiredText(VariableScope scope, String name, String label) {
    String text = text(scope, name);
    if (text == null) {
      throw new FormFieldValidationException(name, "请填写“" + label + "”");
    }
    return text;
  }

  static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZONE).toLocalDate();
    }
    String text = text(scope, name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new FormFieldValidationException(name, "日期格式不正确：" + text);
    }
  }

  static LocalDate requiredDate(VariableScope scope, String name, String label) {
    LocalDate date = date(scope, name);
    if (date == null) {
      throw new FormFieldValidationException(name, "请填写“" + label + "”");
    }
    return date;
  }

  static long longValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      return number.longValue();
    }
    throw new ProcessEngineException("缺少流程变量：" + name);
  }

  static Date startOfDay(LocalDate date) {
    return Date.from(date.atStartOfDay(ZONE).toInstant());
  }

  /** Today in Beijing time, following the engine clock (tests move it). */
  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }
}
