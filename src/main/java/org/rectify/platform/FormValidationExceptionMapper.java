package org.rectify.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The engine wraps every exception thrown by a task listener, and its REST resources wrap that
 * again ({@code Cannot complete task …: ENGINE-03051 …}), so a listener's refusal of incomplete
 * form data ({@link FormFieldValidationException}, e.g. a measure submitted without deliverables)
 * would reach {@code /engine-rest/task/{id}/complete} and {@code submit-form} clients as HTTP 500
 * with English around the Chinese. This mapper answers such a refusal with 400 and the Chinese
 * message alone (a missing permission deeper down with 403, see {@link Refusals}); every other
 * error keeps Camunda's own mapping. The task stays open either way (the transaction is rolled
 * back). The engine's refusal of a Java-serialized variable and a message no process waits for are
 * bad input too and answer 400 in Chinese as well. Each is one WARN line.
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
    return Refusals.isRefusal(exception)
        || prohibitedSerialization(exception)
        || unmatchedMessage(exception)
        || chineseServerError(exception);
  }

  @Override
  public Response toResponse(RestException exception) {
    FormFieldValidationException validation = Refusals.validationOf(exception);
    if (validation != null) {
      return EngineRefusalMappers.refusal(validation);
    }
    AuthorizationException authorization = Refusals.authorizationOf(exception);
    if (authorization != null) {
      return EngineRefusalMappers.forbidden(authorization);
    }
    if (chineseServerError(exception)) {
      return EngineRefusalMappers.serverError(exception);
    }
    String message =
        unmatchedMessage(exception) ? "没有流程在等待该消息（名称或业务编号不符），未处理" : "变量不能使用 Java 序列化格式，请以 JSON 提交";
    Refusals.logRefused(null, message, exception);
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException", "code", 0, "message", message))
        .build();
  }

  /** A server error whose cause Rectify described in Chinese: that sentence, not the wrappers. */
  static boolean chineseServerError(RestException exception) {
    return exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
        && !prohibitedSerialization(exception)
        && Refusals.chineseMessageOf(exception.getCause()) != null;
  }

  /** The engine's message resource answers an unmatched message with 400: the caller's mistake. */
  static boolean unmatchedMessage(RestException exception) {
    return exception.getStatus() == Response.Status.BAD_REQUEST
        && Refusals.isUnmatchedMessage(exception.getCause());
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
}
