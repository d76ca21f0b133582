package org.rectify.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds request bodies: a valid body with some fields replaced (any type, {@code null} included).
 */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A string of about 1 MB. */
  static final String HUGE = "整".repeat(350_000);

  private Json() {}

  static String of(Map<String, ?> base, Object... replacements) {
    Map<String, Object> body = new LinkedHashMap<>(base);
    for (int i = 0; i < replacements.length; i += 2) {
      body.put((String) replacements[i], replacements[i + 1]);
    }
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Engine REST variables: {@code name, value, type, name, value, type…}. */
  static String variables(Object... triples) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      Map<String, Object> variable = new LinkedHashMap<>();
      variable.put("value", triples[i + 1]);
      if (triples[i + 2] != null) {
        variable.put("type", triples[i + 2]);
      }
      variables.put((String) triples[i], variable);
    }
    return of(variables);
  }
}
