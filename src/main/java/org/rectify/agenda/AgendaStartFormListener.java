package org.rectify.agenda;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * that registered the topic) pass through unchanged.
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
      return;
    }
    Map<String, Object> variables;
    try {
      variables = registration.registerForStartedInstance(request(execution));
    } catch (ApiException refused) {
      String details = String.join("；", refused.details());
      throw new FormFieldValidationException(
          refused.details().isEmpty() ? "topic" : field(refused.details().get(0)),
          refused.getMessage() + (details.isEmpty() ? "" : "：" + details));
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
      throw new FormFieldValidationException("topic", "议题信息格式有误，未提交：" + e.getMessage());
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
        if (value != null && !Boolean.FALSE.equals(value) && !value.toString().isBlank()) {
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

  private static String field(String detail) {
    int colon = detail.indexOf('：');
    return colon > 0 ? detail.substring(0, colon) : "topic";
  }
}
