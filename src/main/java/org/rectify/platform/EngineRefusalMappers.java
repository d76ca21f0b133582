package org.rectify.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Refusals that leave the engine's REST resources unwrapped — a claim refused by the four-eyes
 * listener on assignment, a claim or completion of another department's task ({@link
 * AuthorizationException}) — in Chinese, the way Tasklist shows them: the message alone, no ENGINE
 * code, no permission or resource names (a real error described in Chinese likewise, as 500). Exact
 * exception types with priority 1, ahead of Camunda's {@code ProcessEngineExceptionHandler} and
 * {@code AuthorizationExceptionHandler}; registered in every Jersey application by {@link
 * FormValidationAutoDiscoverable}. Each refusal is one WARN line.
 */
final class EngineRefusalMappers {

  private EngineRefusalMappers() {}

  /** A listener's or delegate's refusal, however deep the engine wrapped it. */
  @Provider
  @Priority(1)
  static class Wrapped implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return Refusals.isRefusal(exception)
          || (exception.getClass() == ProcessEngineException.class
              && Refusals.chineseMessageOf(exception) != null);
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      FormFieldValidationException validation = Refusals.validationOf(exception);
      if (validation != null) {
        return refusal(validation);
      }
      AuthorizationException authorization = Refusals.authorizationOf(exception);
      return authorization != null ? forbidden(authorization) : serverError(exception);
    }
  }

  /**
   * A real error that Rectify described in Chinese (a department without a head, a mail server
   * missing): 500 with that sentence alone, instead of the engine's wrappers around it; logged as
   * ERROR with its stack trace, as Camunda's handler would have.
   */
  static Response serverError(Throwable exception) {
    String message = Refusals.chineseMessageOf(exception);
    Refusals.LOG.error("Error on the engine's REST API: {}", message, exception);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "ProcessEngineException");
    body.put("message", message + "（系统错误，已记录，请联系管理员）");
    body.put("code", 0);
    return json(Response.Status.INTERNAL_SERVER_ERROR, body);
  }

  /** Another department's task, a process a clerk may not start, …: 403 with one sentence. */
  @Provider
  @Priority(1)
  static class Forbidden implements ExceptionMapper<AuthorizationException> {
    @Override
    public Response toResponse(AuthorizationException exception) {
      return forbidden(exception);
    }
  }

  static Response refusal(FormFieldValidationException validation) {
    Refusals.logRefused(currentUser(), validation.getMessage(), validation);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FormFieldValidationException");
    body.put("message", validation.getMessage());
    body.put("code", 0);
    if (validation.getDetail() != null) {
      body.put("field", String.valueOf((Object) validation.getDetail()));
    }
    return json(Response.Status.BAD_REQUEST, body);
  }

  static Response forbidden(AuthorizationException authorization) {
    String message = Refusals.messageOf(authorization);
    Refusals.logRefused(authorization.getUserId(), message, authorization);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "AuthorizationException");
    body.put("message", message);
    body.put("code", 0);
    if (authorization.getUserId() != null) {
      body.put("userId", authorization.getUserId());
    }
    return json(Response.Status.FORBIDDEN, body);
  }

  private static Response json(Response.Status status, Map<String, Object> body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** The user the engine's REST filter authenticated for this request, for the log line. */
  private static String currentUser() {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    Authentication authentication =
        engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
