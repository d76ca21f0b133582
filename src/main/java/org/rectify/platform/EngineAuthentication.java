package org.rectify.platform;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

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
