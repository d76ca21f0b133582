package org.rectify.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Mitigation of CVE-2026-77226 (7.24.0 CE): the Admin webapp's first-run setup endpoint ({@code
 * /camunda/api/admin/setup/{engine}/user/create}) can create an administrator whenever the {@code
 * camunda-admin} group happens to be empty. Rectify always creates its administrator from
 * configuration ({@code camunda.bpm.admin-user}, required in production), so the endpoint is never
 * needed and is closed for good.
 */
class AdminSetupGuardFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AdminSetupGuardFilter.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    LOG.warn(
        "Refused {} {} from {} (admin setup is disabled, CVE-2026-77226)",
        request.getMethod(),
        request.getRequestURI(),
        request.getRemoteAddr());
    ApiError.of("初始化管理员功能已禁用：管理员由系统配置创建", List.of())
        .write(response, HttpServletResponse.SC_FORBIDDEN);
  }
}
