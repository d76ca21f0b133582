package org.rectify.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The fields a Camunda Form declares, read from its schema: which variables a submit of that form
 * may carry, of which kind, and the constraints the form states (required, length, range, pattern,
 * options). Display-only fields ({@code readonly}) are known so that their values, which Tasklist
 * sends back unchanged, can be dropped instead of stored.
 */
final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One keyed component of the form. */
  record Field(
      String key,
      String label,
      String type,
      boolean readonly,
      boolean conditional,
      JsonNode validate,
      Set<String> options,
      String valuesKey) {

    /**
     * What is wrong with a submitted value, in Chinese naming the field; empty when it is fine.
     * {@code variables} reads the current value of a variable (for options kept in a variable).
     */
    Optional<String> problem(JsonNode value, Function<String, Object> variables) {
      boolean empty =
          value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank());
      if (empty) {
        // a field shown only under a condition is required only then: the process's own checks
        // decide, as they know the condition's outcome
        return required() && !conditional && !"checkbox".equals(type)
            ? Optional.of("“" + label + "”为必填项")
            : Optional.empty();
      }
      return switch (type) {
        case "number" -> number(value);
        case "checkbox" ->
            value.isBoolean() ? Optional.empty() : Optional.of("“" + label + "”只能是“是”或“否”");
        case "radio", "select" -> option(value, variables);
        case "checklist", "taglist" -> Optional.empty();
        default -> text(value);
      };
    }

    /** Required and always shown: a submit must carry it. */
    boolean mustBeSubmitted() {
      return required() && !conditional && !readonly;
    }

    private boolean required() {
      return validate != null && validate.path("required").asBoolean(false);
    }

    private Optional<String> number(JsonNode value) {
      BigDecimal number;
      try {
        number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
      } catch (NumberFormatException e) {
        return Optional.of("“" + label + "”应为数字");
      }
      if (validate != null
          && validate.has("min")
          && number.compareTo(validate.get("min").decimalValue()) < 0) {
        return Optional.of("“" + label + "”不能小于 " + validate.get("min").asText());
      }
      if (validate != null
          && validate.has("max")
          && number.compareTo(validate.get("max").decimalValue()) > 0) {
        return Optional.of("“" + label + "”不能大于 " + validate.get("max").asText());
      }
      return Optional.empty();
    }

    private Optional<String> option(JsonNode value, Function<String, Object> variables) {
      if (!value.isValueNode()) {
        return Optional.of("“" + label + "”只能从列表中选择");
      }
      Set<String> allowed = options;
      if (allowed == null && valuesKey != null) {
        allowed = optionsOf(variables.apply(valuesKey));
      }
      return allowed == null || allowed.contains(value.asText())
          ? Optional.empty()
          : Optional.of("“" + label + "”的选项“" + value.asText() + "”不在可选范围内");
    }

    private Optional<String> text(JsonNode value) {
      if (!value.isValueNode()) {
        return Optional.of("“" + label + "”应为文字");
      }
      String text = value.asText();
      int length = text.codePointCount(0, text.length());
      if (validate != null
          && validate.has("minLength")
          && length < validate.get("minLength").asInt()) {
        return Optional.of("“" + label + "”至少 " + validate.get("minLength").asInt() + " 个字");
      }
      if (validate != null
          && validate.has("maxLength")
          && length > validate.get("maxLength").asInt()) {
        return Optional.of("“" + label + "”最多 " + validate.get("maxLength").asInt() + " 个字");
      }
      if (validate != null && validate.hasNonNull("pattern")) {
        try {
          if (!Pattern.compile(validate.get("pattern").asText()).matcher(text).find()) {
            return Optional.of("“" + label + "”的格式不正确");
          }
        } catch (PatternSyntaxException notJava) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
  }

  private final Map<String, Field> fields;
  private final boolean declared;

  private FormFields(Map<String, Field> fields, boolean declared) {
    this.fields = fields;
    this.declared = declared;
  }

  /** Whether there is a Camunda Form at all (else: {@link #none()}). */
  boolean declared() {
    return declared;
  }

  static FormFields parse(InputStream schema) throws IOException {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(JSON.readTree(schema).path("components"), fields);
    return new FormFields(fields, true);
  }

  /** The element has no Camunda Form: no variable is declared. */
  static FormFields none() {
    return new FormFields(Map.of(), false);
  }

  Optional<Field> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  List<Field> fields() {
    return new ArrayList<>(fields.values());
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && !key.isBlank()) {
        fields.put(
            key,
            new Field(
                key,
                component.path("label").asText(key),
                component.path("type").asText("textfield"),
                component.path("readonly").asBoolean(false)
                    || component.path("disabled").asBoolean(false),
                component.has("conditional"),
                component.get("validate"),
                staticOptions(component),
                component.path("valuesKey").asText(null)));
      }
      collect(component.path("components"), fields);
    }
  }

  private static Set<String> staticOptions(JsonNode component) {
    if (!component.has("values")) {
      return null;
    }
    Set<String> options = new LinkedHashSet<>();
    component.get("values").forEach(option -> options.add(option.path("value").asText()));
    return options;
  }

  /** Options kept in a variable: a JSON list of {@code {label, value}} (Spin JSON or text). */
  private static Set<String> optionsOf(Object variable) {
    if (variable == null) {
      return null;
    }
    try {
      JsonNode list = JSON.readTree(variable.toString());
      if (!list.isArray()) {
        return null;
      }
      Set<String> options = new LinkedHashSet<>();
      list.forEach(option -> options.add(option.path("value").asText()));
      return options;
    } catch (IOException notJson) {
      return null;
    }
  }
}
