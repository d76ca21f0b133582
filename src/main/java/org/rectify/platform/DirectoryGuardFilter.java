package org.rectify.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Directory entries change only through the administrator. Camunda grants every user all rights on
 * his own user entry, so through the engine's REST API a clerk could delete his own account or
 * change his own name and e-mail — the address the bureau's reminders and escalations go to. For
 * anyone outside {@code camunda-admin} deleting a user and changing a profile are refused; changing
 * one's own password (which needs the current one) stays open.
 */
class DirectoryGuardFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryGuardFilter.class);
  private static final Pattern USER_ENTRY =
      Pattern.compile(
          "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/user/[^/]+(/profile)?/?$");

  private final ProcessEngine engine;

  DirectoryGuardFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean change =
        ("DELETE".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
            && USER_ENTRY.matcher(path).matches()
            && (!"PUT".equals(request.getMethod())
                || path.replaceAll("/$", "").endsWith("/profile"));
    if (change && !EngineAuthentication.isAdministrator(engine, request)) {
      LOG.warn(
          "Refused {} {} from {}: directory entries change only through the administrator",
          request.getMethod(),
          path,
          EngineAuthentication.userOf(engine, request));
      ApiError.of("账号和个人信息（姓名、邮箱）只能由系统管理员修改", List.of())
          .write(response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
