package org.rectify.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login of the Camunda webapps counts on Rectify's own endpoints: a request without an {@code
 * Authorization} header whose session holds a Tasklist/Cockpit/Admin login is the request of that
 * user, provided the user still exists. The groups are read from the engine for every request, so
 * an administrator's change takes effect at once, not at the next login. Such requests are marked,
 * since a state change made with a session needs the CSRF token ({@link
 * CamundaCsrfTokenRepository}).
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;

  WebappSessionAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = request.getHeader("Authorization") == null ? sessionUser(request) : null;
    if (userId != null) {
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(
              userId,
              null,
              EngineUserAuthenticationProvider.authorities(engine.getIdentityService(), userId)));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  private String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications =
        session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null
            ? null
            : authentications.getAuthenticationForProcessEngine(engine.getName());
    String userId = authentication == null ? null : authentication.getIdentityId();
    return userId != null
            && engine.getIdentityService().createUserQuery().userId(userId).count() == 1
        ? userId
        : null;
  }
}
