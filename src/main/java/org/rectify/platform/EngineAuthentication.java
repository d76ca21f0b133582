package org.rectify.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * The user of an {@code /api} request as the engine's current authentication (groups and tenants
 * looked up once), for the rest of the filter chain — shared by the HTTP Basic and the
 * Cockpit-session filters.
 */
final class EngineAuthentication {

  /** The rest of the filter chain. */
  interface Chain {
    void proceed() throws IOException, ServletException;
  }

  private EngineAuthentication() {}

  /** Whether the caller of an engine request is a member of {@code camunda-admin}. */
  static boolean isAdministrator(ProcessEngine engine, HttpServletRequest request) {
    String userId = userOf(engine, request);
    return userId != null
        && engine
                .getIdentityService()
                .createUserQuery()
                .userId(userId)
                .memberOfGroup(WebSecurityConfiguration.ADMIN_GROUP)
                .count()
            == 1;
  }

  /**
   * The caller of an engine request: on {@code /engine-rest} the engine's current authentication
   * (set by its Basic filter), on the webapps' engine API the user of the webapp session; null when
   * not known.
   */
  static String userOf(ProcessEngine engine, HttpServletRequest request) {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    HttpSession session = request.getSession(false);
    Authentications authentications =
        session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    org.camunda.bpm.webapp.impl.security.auth.Authentication webapp =
        authentications == null
            ? null
            : authentications.getAuthenticationForProcessEngine(engine.getName());
    return webapp == null ? null : webapp.getIdentityId();
  }

  static List<String> groupsOf(IdentityService identity, String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  static void as(IdentityService identity, String userId, List<String> groups, Chain chain)
      throws IOException, ServletException {
    List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    try {
      identity.setAuthentication(userId, groups, tenants);
      chain.proceed();
    } finally {
      identity.clearAuthentication();
    }
  }
}
