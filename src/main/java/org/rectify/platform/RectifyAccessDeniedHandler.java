package org.rectify.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Refusals of the access rules in Chinese, one WARN line each: a missing or stale CSRF token (the
 * page should be reloaded), or a role that may not use the endpoint.
 */
class RectifyAccessDeniedHandler implements AccessDeniedHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RectifyAccessDeniedHandler.class);

  private final List<Map.Entry<RequestMatcher, String>> refusals;

  RectifyAccessDeniedHandler(EndpointAccess.Rules access) {
    this.refusals =
        access.endpoints().stream()
            .map(
                e ->
                    Map.entry(
                        (RequestMatcher)
                            PathPatternRequestMatcher.withDefaults()
                                .matcher(e.method(), e.pattern()),
                        e.refusal()))
            .toList();
  }

  /**
   * The refusal of the first rule that matches, as Spring Security matched them; empty for an
   * address no rule names (refused by default, answered as not found).
   */
  private Optional<String> refusal(HttpServletRequest request) {
    return refusals.stream()
        .filter(r -> r.getKey().matches(request))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    boolean csrf = denied instanceof CsrfException;
    Optional<String> refusal = csrf ? Optional.empty() : refusal(request);
    if (!csrf && refusal.isEmpty()) {
      notFound(request, response);
      return;
    }
    String message = csrf ? "页面的安全令牌缺失或已过期，请刷新页面后重试" : "没有权限：" + refusal.get();
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

  private static void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String message = "请求的地址不存在";
    if (RectifyPages.isPage(request)) {
      RectifyPages.write(response, HttpServletResponse.SC_NOT_FOUND, "页面不存在", message);
      return;
    }
    ApiError.of(message, List.of()).write(response, HttpServletResponse.SC_NOT_FOUND);
  }
}
