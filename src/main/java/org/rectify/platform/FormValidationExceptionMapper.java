package org.rectify.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The engine wraps every exception thrown by a task listener, so a listener's refusal of incomplete
 * form data ({@link FormFieldValidationException}, e.g. a measure submitted without deliverables)
 * would reach {@code /engine-rest/task/{id}/complete} and {@code submit-form} clients as HTTP 500.
 * This mapper answers such a refusal with 400 and the Chinese message; every other error keeps
 * Camunda's own mapping. The task stays open either way (the transaction is rolled back). The
 * engine's refusal of a Java-serialized variable is bad input too and answers 400 as well.
 */
@Provider
@Priority(1)
class FormValidationExceptionMapper implements ExtendedExceptionMapper<RestException> {

  /**
   * The engine's refusal of a Java-serialized variable (ENGINE-17007): bad input, not a server
   * error.
   */
  static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

  @Override
  public boolean isMappable(RestException exception) {
    return validationCause(exception) != null || prohibitedSerialization(exception);
  }

  @Override
  public Response toResponse(RestException exception) {
    if (validationCause(exception) == null) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              Map.of(
                  "type",
                  "InvalidRequestException",
                  "code",
                  0,
                  "message",
                  "变量不能使用 Java 序列化格式，请以 JSON 提交"))
          .build();
    }
    FormFieldValidationException cause = validationCause(exception);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FormFieldValidationException");
    body.put("message", cause == null ? exception.getMessage() : cause.getMessage());
    body.put("code", 0);
    if (cause != null && cause.getDetail() != null) {
      body.put("field", String.valueOf((Object) cause.getDetail()));
    }
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }

  static boolean prohibitedSerialization(Throwable exception) {
    for (Throwable cause = exception;
        cause != null && cause.getCause() != cause;
        cause = cause.getCause()) {
      if (cause.getMessage() != null
          && cause.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED)) {
        return true;
      }
    }
    return false;
  }

  static FormFieldValidationException validationCause(Throwable exception) {
    for (Throwable cause = exception;
        cause != null && cause.getCause() != cause;
        cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException validation) {
        return validation;
      }
    }
    return null;
  }
}
