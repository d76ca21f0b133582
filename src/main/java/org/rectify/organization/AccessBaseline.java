package org.rectify.organization;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The security baseline of the organisation, applied idempotently at every start:
 *
 * <ul>
 *   <li>every group may use Tasklist and read process diagrams; which tasks a user sees is decided
 *       by the engine's task authorizations (candidate group / assignee get {@code TASK_WORK}), so
 *       a department sees only its own work;
 *   <li>leaders, the rectification office, the leading group and the Party secretary read
 *       everything in Cockpit;
 *   <li>the directory (users, groups) is readable by every logged-in user, so names show in
 *       Tasklist;
 *   <li>Admin stays with {@code camunda-admin} (granted by the engine to that group only).
 * </ul>
 */
@Component
public class AccessBaseline {

  private static final String ANY = Authorization.ANY;

  private final AuthorizationService authorizationService;

  AccessBaseline(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void ensure() {
    globalRead(Resources.USER);
    globalRead(Resources.GROUP);
    for (OrganizationGroups.GroupDefinition group : OrganizationGroups.ALL) {
      grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    for (String group : OrganizationGroups.COCKPIT_READERS) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          ANY,
          Permissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grant(group, Resources.TASK, ANY, Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
      grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }
  }

  /**
   * Grants the permissions to the group on the resource, adding to an existing grant if there is
   * one (idempotent; features call it from their start-up set-up).
   */
  public void grant(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .list()
            .stream()
            .findFirst()
            .orElse(null);
    save(
        authorization == null ? newGrant(resource, resourceId, groupId) : authorization,
        permissions);
  }

  private void globalRead(Resource resource) {
    List<Authorization> existing =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GLOBAL)
            .resourceType(resource)
            .resourceId(ANY)
            .list();
    Authorization authorization = existing.isEmpty() ? null : existing.get(0);
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setUserId(ANY);
      authorization.setResource(resource);
      authorization.setResourceId(ANY);
    }
    save(authorization, Permissions.READ);
  }

  private Authorization newGrant(Resource resource, String resourceId, String groupId) {
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }

  private void save(Authorization authorization, Permission... permissions) {
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
