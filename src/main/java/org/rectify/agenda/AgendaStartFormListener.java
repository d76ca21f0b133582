package org.rectify.agenda;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rectify.platform.ApiException;
import org.springframework.stereotype.Component;

/**
 * Execution listener (start) of {@code StartEvent_Submitted}: a topic submitted with the Tasklist
 * start form ({@code forms/agenda-start.form}) is registered exactly as {@code POST
 * /api/agenda-topics} registers it — same checks, same number as business key, same variables. A
 * refusal rolls the whole start back (no topic, no instance) and Tasklist shows the Chinese
 * message. Instances started with a registered {@code topicNumber} (the API, or another process
 * that registered the topic) pass through unchanged. Either way the headings' {@code amountText}
 * (45,000 元) is set here.
 */
@Component("agendaStartForm")
class AgendaStartFormListener implements ExecutionListener {

  /**
   * The start form's fields, named as in the API's JSON body ({@code quotes} for callers sending a
   * JSON list).
   */
  static final List<String> FORM_FIELDS =
      List.of(
          "title",
          "type",
          "department",
          "budgetDepartment",
          "category",
          "amount",
          "fundingSource",
          "tripleOneMajor",
          "tripleOneMajorCategory",
          "linkedContract",
          "linkedMeasure",
          "deadline",
          "serviceStartsOn",
          "contractEndsOn",
          "legalOpinion",
          "performanceRecord",
          "attachments",
          "quotes");

  /**
   * The form's fixed quote rows {@code quote1Supplier} … {@code quote5Forged}: Tasklist 7.24 keeps
   * the start button disabled once a field of a form-js dynamic list was edited, so the form has
   * five rows instead of a list.
   */
  static final int QUOTE_ROWS = 5;

  static final List<String> QUOTE_FIELDS =
      List.of(
          "supplier",
          "creditCode",
          "price",
          "executionPlan",
          "expectedEffect",
          "qualification",
          "registrationCheckedOn",
          "registrationCheckResult",
          "forged");

  private final AgendaTopicRegistration registration;
  private final AgendaTopicRepository topics;
  private final ObjectMapper json;

  AgendaStartFormListener(
      AgendaTopicRegistration registration, AgendaTopicRepository topics, ObjectMapper json) {
    this.registration = registration;
    this.topics = topics;
    this.json = json;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object number = execution.getVariable(AgendaPrereviewProcess.TOPIC_NUMBER);
    if (number != null) {
      if (topics.findByNumber(number.toString()).isEmpty()) {
        throw new FormFieldValidationException(
            AgendaPrereviewProcess.TOPIC_NUMBER, "议题编号未登记：" + number);
      }
    } else {
      register(execution);
    }
    execution.setVariable(
        AmountText.VARIABLE, AmountText.of(execution.getVariable(AgendaPrereviewProcess.AMOUNT)));
  }

  private void register(DelegateExecution execution) {
    Map<String, Object> variables;
    List<Integer> rows = filledRows(execution);
    try {
      variables = registration.registerForStartedInstance(request(execution));
    } catch (ApiException refused) {
      List<String> sentences = refused.details().stream().map(d -> sentence(d, rows)).toList();
      throw new FormFieldValidationException(
          refused.details().isEmpty() ? "topic" : field(refused.details().get(0), rows),
          refused.getMessage() + (sentences.isEmpty() ? "" : "：" + String.join("；", sentences)));
    }
    FORM_FIELDS.forEach(execution::removeVariable);
    rowKeys().forEach(execution::removeVariable);
    execution.setVariables(variables);
    execution.setProcessBusinessKey((String) variables.get(AgendaPrereviewProcess.TOPIC_NUMBER));
  }

  private AgendaTopicRequest request(DelegateExecution execution) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field : FORM_FIELDS) {
      Object value = execution.getVariable(field);
      if (value instanceof String text && text.isBlank()) {
        value = null;
      }
      body.put(field, value);
    }
    try {
      body.put("quotes", body.get("quotes") == null ? rows(execution) : quotes(body.get("quotes")));
      return json.convertValue(body, AgendaTopicRequest.class);
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new FormFieldValidationException("topic", "议题信息格式有误，未提交：" + formatProblem(e));
    }
  }

  /**
   * A REST caller's quote list arrives as JSON (a Spin value or its text), or as a list from Java
   * callers.
   */
  private Object quotes(Object value) throws java.io.IOException {
    if (value == null || value instanceof List<?>) {
      return value;
    }
    return json.readValue(value.toString(), new TypeReference<List<Map<String, Object>>>() {});
  }

  /**
   * The filled quote rows of the form, in order; a row without any entry is left out (null when
   * none).
   */
  private static List<Map<String, Object>> rows(DelegateExecution execution) {
    List<Map<String, Object>> quotes = new java.util.ArrayList<>();
    for (int row = 1; row <= QUOTE_ROWS; row++) {
      Map<String, Object> quote = new LinkedHashMap<>();
      for (String field : QUOTE_FIELDS) {
        Object value = execution.getVariable(rowKey(row, field));
        if (filled(value)) {
          quote.put(field, value);
        }
      }
      if (!quote.isEmpty()) {
        quotes.add(quote);
      }
    }
    return quotes.isEmpty() ? null : quotes;
  }

  private static List<String> rowKeys() {
    List<String> keys = new java.util.ArrayList<>();
    for (int row = 1; row <= QUOTE_ROWS; row++) {
      for (String field : QUOTE_FIELDS) {
        keys.add(rowKey(row, field));
      }
    }
    return keys;
  }

  private static String rowKey(int row, String field) {
    return "quote" + row + Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  /**
   * The form field a problem of the API ({@code quotes[1].creditCode：第 2 条报价的…}) belongs to: {@code
   * quote3CreditCode} when the form's second filled row is its third.
   */
  private static String field(String detail, List<Integer> rows) {
    int colon = detail.indexOf('：');
    String path = colon > 0 ? detail.substring(0, colon) : "topic";
    Matcher quote = QUOTE_PATH.matcher(path);
    if (quote.matches()) {
      return rowKey(rowOf(Integer.parseInt(quote.group(1)), rows), quote.group(2));
    }
    return path;
  }

  /**
   * The problem as the user reads it in Tasklist: the sentence without the API's field path,
   * numbered by the form's quote rows (供应商报价 1–5), e.g. "第 3 条报价的统一社会信用代码校验位错误".
   */
  static String sentence(String detail, List<Integer> rows) {
    int colon = detail.indexOf('：');
    if (colon <= 0) {
      return detail;
    }
    Matcher quote = QUOTE_PATH.matcher(detail.substring(0, colon));
    String text = detail.substring(colon + 1);
    if (quote.matches()) {
      int index = Integer.parseInt(quote.group(1));
      text =
          text.replace(
              AgendaTopicRegistration.quoteNumber(index),
              AgendaTopicRegistration.quoteNumber(rowOf(index, rows) - 1));
    }
    return text;
  }

  private static final Pattern QUOTE_PATH = Pattern.compile("quotes\\[(\\d+)]\\.(\\w+)");

  /** The form row (1–5) of the quote at {@code index} of the submitted list. */
  private static int rowOf(int index, List<Integer> rows) {
    return index < rows.size() ? rows.get(index) : index + 1;
  }

  /** The numbers of the form's quote rows that hold an entry; empty for a JSON quote list. */
  private static List<Integer> filledRows(DelegateExecution execution) {
    List<Integer> filled = new java.util.ArrayList<>();
    for (int row = 1; row <= QUOTE_ROWS; row++) {
      for (String field : QUOTE_FIELDS) {
        if (filled(execution.getVariable(rowKey(row, field)))) {
          filled.add(row);
          break;
        }
      }
    }
    return filled;
  }

  private static boolean filled(Object value) {
    return value != null && !Boolean.FALSE.equals(value) && !value.toString().isBlank();
  }

  /** A value of the wrong kind, named by its field, without the JSON mapper's Java types. */
  private static String formatProblem(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        String name = mapping.getPath().get(0).getFieldName();
        return "“" + LABELS.getOrDefault(name, name) + "”的值格式不对";
      }
    }
    return "请检查各项的填写格式";
  }

  private static final Map<String, String> LABELS =
      Map.of(
          "amount", "金额（元）",
          "quotes", "供应商报价",
          "tripleOneMajor", "三重一大",
          "deadline", "办理时限",
          "serviceStartsOn", "服务开始日期",
          "contractEndsOn", "合同终止日期");
}
