package org.rectify.platform;

import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What counts as an ordinary refusal on the engine's side and how it is told to the user. A refusal
 * is Rectify's own {@link FormFieldValidationException} (thrown by a task or execution listener or
 * a delegate with a Chinese message, e.g. {@code MeasureFormException}, the four-eyes rule) or the
 * engine's {@link AuthorizationException} — wherever it sits in the cause chain the engine wraps it
 * in ({@code ENGINE-03051 There was an exception while invoking the TaskListener…}). The user reads
 * the Chinese sentence alone; the log gets one WARN line; a real error is none of these and keeps
 * its ERROR and stack trace.
 */
final class Refusals {

  static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

  private Refusals() {}

  /** Rectify's refusal of the submitted data somewhere in the cause chain, or null. */
  static FormFieldValidationException validationOf(Throwable exception) {
    for (Throwable cause = exception;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FormFieldValidationException validation) {
        return validation;
      }
    }
    return null;
  }

  /** The engine's refusal for missing permissions somewhere in the cause chain, or null. */
  static AuthorizationException authorizationOf(Throwable exception) {
    for (Throwable cause = exception;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof AuthorizationException authorization) {
        return authorization;
      }
    }
    return null;
  }

  static boolean isRefusal(Throwable exception) {
    return validationOf(exception) != null || authorizationOf(exception) != null;
  }

  /**
   * The innermost message of the cause chain written in Chinese — Rectify's own sentence without
   * the engine's wrappers ({@code ENGINE-03051 … Message: '…'}) — or null when there is none.
   */
  static String chineseMessageOf(Throwable exception) {
    String found = null;
    for (Throwable cause = exception;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause.getMessage() != null && HAN.matcher(cause.getMessage()).find()) {
        found = cause.getMessage();
      }
    }
    return found;
  }

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /**
   * A REST caller's message that no process waits for ({@code POST /message} with an unknown name
   * or business key): the caller's mistake, answered 400 by the engine's message resource. Only the
   * exception as thrown, not wrapped: a correlation that fails inside a listener is a real error.
   */
  static boolean isUnmatchedMessage(Throwable exception) {
    return exception instanceof MismatchingMessageCorrelationException;
  }

  /**
   * The sentence a user reads for a missing permission: what he may not do, not which permission on
   * which resource id.
   */
  static String messageOf(AuthorizationException exception) {
    List<MissingAuthorization> missing = exception.getMissingAuthorizations();
    MissingAuthorization first = missing == null || missing.isEmpty() ? null : missing.get(0);
    String resource = first == null ? exception.getResourceType() : first.getResourceType();
    String permission =
        first == null ? exception.getViolatedPermissionName() : first.getViolatedPermissionName();
    boolean reading = permission != null && permission.startsWith("READ");
    if (resource == null) {
      return "您没有执行此操作的权限";
    }
    return switch (resource) {
      case "Task" -> reading ? "您无权查看该任务" : "您无权办理该任务：它属于其他科室或其他办理人";
      case "ProcessDefinition" -> reading ? "您无权查看该流程" : "您无权发起或办理该流程";
      case "ProcessInstance" -> reading ? "您无权查看该流程实例" : "您无权操作该流程实例";
      case "Deployment" -> reading ? "您无权查看该部署" : "您无权部署或删除流程";
      case "User", "Group", "Group membership", "Tenant", "Authorization" -> "只有系统管理员可以修改用户、组和权限";
      default -> reading ? "您无权查看该内容" : "您没有执行此操作的权限";
    };
  }

  /** One WARN line, no stack trace: the user's input or permissions, not a fault of the system. */
  static void logRefused(String user, String message, Throwable exception) {
    LOG.warn(
        "Refused on the engine's REST API{}: {} ({})",
        user == null ? "" : " for " + user,
        message,
        exception.getClass().getSimpleName());
  }
}
