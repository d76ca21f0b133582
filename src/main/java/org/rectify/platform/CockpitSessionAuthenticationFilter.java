package org.rectify.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Cockpit dashboard plugin ({@code app/rectify/cockpit-progress.js}) read the read-only
 * statistics with the Cockpit login instead of HTTP Basic. Accepted only for {@code GET} without an
 * {@code Authorization} header, only from a webapp session of a user who still exists and may still
 * use Cockpit (checked against the engine, not the session's cached app list); the user then
 * becomes the engine's current authentication exactly as with Basic. Anything else falls through to
 * {@link BasicAuthenticationFilter}, which answers 401. Registered on the statistics path only.
 */
class CockpitSessionAuthenticationFilter extends OncePerRequestFilter {

  /**
   * Request attribute (clients cannot set it) telling the Basic filter the user is already
   * authenticated.
   */
  static final String AUTHENTICATED_USER =
      CockpitSessionAuthenticationFilter.class.getName() + ".user";

  static final String COCKPIT = "cockpit";

  private final ProcessEngine engine;

  CockpitSessionAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId =
        "GET".equals(request.getMethod()) && request.getHeader("Authorization") == null
            ? sessionUser(request)
            : null;
    List<String> groups =
        userId == null
            ? List.of()
            : EngineAuthentication.groupsOf(engine.getIdentityService(), userId);
    if (userId == null
        || !engine
            .getAuthorizationService()
            .isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, COCKPIT)) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(AUTHENTICATED_USER, userId);
    EngineAuthentication.as(
        engine.getIdentityService(), userId, groups, () -> chain.doFilter(request, response));
  }

  private String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication =
        authentications == null
            ? null
            : authentications.getAuthenticationForProcessEngine(engine.getName());
    if (authentication == null || authentication.getIdentityId() == null) {
      return null;
    }
    String userId = authentication.getIdentityId();
    return engine.getIdentityService().createUserQuery().userId(userId).count() == 1
        ? userId
        : null;
  }
}
