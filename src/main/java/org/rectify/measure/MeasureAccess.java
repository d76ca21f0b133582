package org.rectify.measure;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.rectify.organization.OrganizationGroups;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The rectification office registers plans ({@code POST /api/plans}) and adds measures ({@code POST
 * /api/measures}), which start {@code rectification-plan} and {@code measure-lifecycle} instances
 * as that user: it needs the engine's permission to create such instances. Granted idempotently at
 * every start.
 */
@Component
class MeasureAccess {

  private final AuthorizationService authorizationService;

  MeasureAccess(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(50)
  void ensure() {
    grant(
        OrganizationGroups.RECT_OFFICE,
        Resources.PROCESS_DEFINITION,
        MeasureLifecycle.PROCESS_KEY,
        Permissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(
        OrganizationGroups.RECT_OFFICE,
        Resources.PROCESS_DEFINITION,
        RectificationPlan.PROCESS_KEY,
        Permissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(
        OrganizationGroups.RECT_OFFICE,
        Resources.PROCESS_INSTANCE,
        Authorization.ANY,
        Permissions.CREATE);
  }

  private void grant(
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
            .orElseGet(
                () -> {
                  Authorization created =
                      authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                  created.setGroupId(groupId);
                  created.setResource(resource);
                  created.setResourceId(resourceId);
                  return created;
                });
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
