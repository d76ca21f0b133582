package org.rectify.spotcheck;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * The authorizations that keep findings confidential, written without authorization checks from
 * inside engine commands (instance start, task creation) and at start-up. Group revokes shut the
 * organisation's broad readers out of one instance or task; user grants let the concerned leaders
 * back in (a user grant outranks any group revoke).
 */
final class SpotCheckGrants {

  /**
   * Permissions of the leader in charge of supervision on the definitions: history needs them
   * there.
   */
  static final Set<ProcessDefinitionPermissions> SUPERVISION_LEADER_PERMISSIONS =
      EnumSet.of(
          ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK);

  private SpotCheckGrants() {}

  /**
   * REVOKE READ for the groups shut out, GRANT READ for the Party secretary, on one instance or
   * task.
   */
  static void shutOut(Resource resource, String resourceId) {
    AuthorizationService authorizations = authorizations();
    for (String group : SpotCheckAccessBaseline.REVOKED) {
      revokeGroupRead(resource, resourceId, group);
    }
    for (String group : SpotCheckConfidentialityPlugin.OVERRIDING_READERS) {
      Authorization grant =
          create(authorizations, Authorization.AUTH_TYPE_GRANT, null, group, resource, resourceId);
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    }
  }

  static void revokeGroupRead(Resource resource, String resourceId, String group) {
    AuthorizationService authorizations = authorizations();
    Authorization revoke =
        create(authorizations, Authorization.AUTH_TYPE_REVOKE, null, group, resource, resourceId);
    revoke.removePermission(Permissions.READ);
    authorizations.saveAuthorization(revoke);
  }

  /**
   * GRANT READ to one user on one instance or task, once (also within the command that created it).
   */
  static void ensureUserRead(Resource resource, String resourceId, String userId) {
    AuthorizationService authorizations = authorizations();
    boolean granted =
        !authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .userIdIn(userId)
                .resourceType(resource)
                .resourceId(resourceId)
                .list()
                .isEmpty()
            || Context.getCommandContext()
                .getDbEntityManager()
                .getCachedEntitiesByType(AuthorizationEntity.class)
                .stream()
                .anyMatch(
                    a ->
                        a.getResourceType() == resource.resourceType()
                            && resourceId.equals(a.getResourceId())
                            && userId.equals(a.getUserId()));
    if (granted) {
      return;
    }
    Authorization grant =
        create(authorizations, Authorization.AUTH_TYPE_GRANT, userId, null, resource, resourceId);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  /**
   * The leader in charge of supervision reads every check, history included. History queries decide
   * on the definition alone, so this is a user grant there; grants of a former leader (exactly
   * these permissions) go.
   */
  static void syncSupervisionLeader(AuthorizationService authorizations, String leader) {
    for (String definition : SpotCheckAccessBaseline.DEFINITIONS) {
      List<Authorization> userGrants =
          authorizations
              .createAuthorizationQuery()
              .authorizationType(Authorization.AUTH_TYPE_GRANT)
              .resourceType(Resources.PROCESS_DEFINITION)
              .resourceId(definition)
              .list()
              .stream()
              .filter(a -> a.getUserId() != null)
              .toList();
      boolean present = false;
      for (Authorization grant : userGrants) {
        boolean ours = ((AuthorizationEntity) grant).getPermissions() == supervisionLeaderMask();
        if (ours && Objects.equals(grant.getUserId(), leader)) {
          present = true;
        } else if (ours) {
          authorizations.deleteAuthorization(grant.getId());
        }
      }
      if (!present && leader != null) {
        Authorization grant =
            create(
                authorizations,
                Authorization.AUTH_TYPE_GRANT,
                leader,
                null,
                Resources.PROCESS_DEFINITION,
                definition);
        SUPERVISION_LEADER_PERMISSIONS.forEach(grant::addPermission);
        authorizations.saveAuthorization(grant);
      }
    }
  }

  private static Authorization create(
      AuthorizationService authorizations,
      int type,
      String userId,
      String groupId,
      Resource resource,
      String resourceId) {
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setUserId(userId);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }

  private static int supervisionLeaderMask() {
    return SUPERVISION_LEADER_PERMISSIONS.stream()
        .mapToInt(ProcessDefinitionPermissions::getValue)
        .sum();
  }

  private static AuthorizationService authorizations() {
    return Context.getProcessEngineConfiguration().getAuthorizationService();
  }
}
