package org.rectify.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The checks a form's schema cannot state, shared by every capability: a date that records what
 * happened is not in the future, a deadline is not in the past, a window does not end before it
 * starts, and a justification says something. Each refusal is a {@link
 * FormFieldValidationException} naming the field with a Chinese message (HTTP 400 on the REST API,
 * shown at the field in Tasklist); the task stays open and nothing is stored. Days are Beijing days
 * following the engine clock, so tests move them with {@code ClockUtil}.
 */
public final class FormChecks {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The fewest letters or digits a justification (理由、说明) must have. */
  public static final int JUSTIFICATION_MIN = 5;

  private FormChecks() {}

  /** Today in Beijing, by the engine clock. */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  /** A date field ("2026-12-03", a form-js date-time, or a {@link Date}); null when unset. */
  public static LocalDate day(VariableScope submitted, String field, String label) {
    Object value = submitted.getVariable(field);
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZONE).toLocalDate();
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new FormFieldValidationException(field, "“" + label + "”不是有效日期（格式 2026-12-03）");
    }
  }

  /**
   * A date of something that has happened (a visit, a signature, a meeting held): not after today.
   */
  public static LocalDate notAfterToday(VariableScope submitted, String field, String label) {
    LocalDate day = day(submitted, field, label);
    if (day != null && day.isAfter(today())) {
      throw new FormFieldValidationException(
          field, "“" + label + "”（" + day + "）不能晚于今天（" + today() + "）：请填写实际发生的日期");
    }
    return day;
  }

  /** A deadline set now: not before today. */
  public static LocalDate notBeforeToday(VariableScope submitted, String field, String label) {
    LocalDate day = day(submitted, field, label);
    if (day != null && day.isBefore(today())) {
      throw new FormFieldValidationException(
          field, "“" + label + "”（" + day + "）不能早于今天（" + today() + "）");
    }
    return day;
  }

  /** A window: when both ends are given, the end is not before the start (refused at the end). */
  public static void window(
      VariableScope submitted, String fromField, String fromLabel, String toField, String toLabel) {
    LocalDate from = day(submitted, fromField, fromLabel);
    LocalDate to = day(submitted, toField, toLabel);
    if (from != null && to != null && to.isBefore(from)) {
      throw new FormFieldValidationException(
          toField, "“" + toLabel + "”（" + to + "）不能早于“" + fromLabel + "”（" + from + "）");
    }
  }

  /**
   * A justification, when given, names its reason: at least {@link #JUSTIFICATION_MIN} letters or
   * digits (punctuation and spaces do not count). Whether it is required is the caller's rule.
   */
  public static void justification(VariableScope submitted, String field, String label) {
    justification(submitted, field, label, JUSTIFICATION_MIN);
  }

  /** As {@link #justification(VariableScope, String, String)} with its own minimum. */
  public static void justification(
      VariableScope submitted, String field, String label, int minimum) {
    Object value = submitted.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      return;
    }
    if (meaningfulCharacters(value.toString()) < minimum) {
      throw new FormFieldValidationException(
          field, "“" + label + "”过于简单：请至少用 " + minimum + " 个字写明具体理由");
    }
  }

  /** A justification that must be there. */
  public static void requiredJustification(
      VariableScope submitted, String field, String label, int minimum) {
    Object value = submitted.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw new FormFieldValidationException(field, "请填写“" + label + "”");
    }
    justification(submitted, field, label, minimum);
  }

  static int meaningfulCharacters(String text) {
    return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
  }
}
