package org.rectify.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of Rectify's own API against the engine's users (the same logins as
 * Tasklist). Passwords are checked by the engine, so its login throttling applies. While the
 * request runs the user is the engine's current authentication, so every engine call made for it is
 * checked against the user's authorizations. Optionally restricted to the members of one group
 * (e.g. metrics for {@code camunda-admin}).
 */
class BasicAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final String requiredGroup;

  BasicAuthenticationFilter(IdentityService identityService, String requiredGroup) {
    this.identityService = identityService;
    this.requiredGroup = requiredGroup;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getAttribute(CockpitSessionAuthenticationFilter.AUTHENTICATED_USER) != null) {
      chain.doFilter(request, response);
      return;
    }
    BasicCredentials credentials =
        BasicCredentials.parse(request.getHeader("Authorization")).orElse(null);
    if (credentials == null
        || !identityService.checkPassword(credentials.userId(), credentials.password())) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Rectify\", charset=\"UTF-8\"");
      ApiError.of("需要登录：用户名或密码不正确", List.of()).write(response, HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    String userId = credentials.userId();
    List<String> groups = EngineAuthentication.groupsOf(identityService, userId);
    if (requiredGroup != null && !groups.contains(requiredGroup)) {
      ApiError.of("没有权限访问此资源", List.of()).write(response, HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    EngineAuthentication.as(
        identityService, userId, groups, () -> chain.doFilter(request, response));
  }
}
