package org.rectify.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals of the access rules in Chinese, one WARN line each: a missing or stale CSRF token (the
 * page should be reloaded), or a role that may not use the endpoint.
 */
class RectifyAccessDeniedHandler implements AccessDeniedHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RectifyAccessDeniedHandler.class);

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    boolean csrf = denied instanceof CsrfException;
    String message =
        csrf ? "页面的安全令牌缺失或已过期，请刷新页面后重试" : "没有权限：" + RectifyPages.forbiddenReason(request);
    LOG.warn(
        "Refused {} {} from {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
        message);
    if (RectifyPages.isPage(request)) {
      RectifyPages.write(response, HttpServletResponse.SC_FORBIDDEN, "没有权限", message);
      return;
    }
    ApiError.of(message, List.of()).write(response, HttpServletResponse.SC_FORBIDDEN);
  }
}
