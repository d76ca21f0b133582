package org.rectify.spotcheck;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.rectify.organization.OrganizationGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Confidentiality of spot checks on the definitions, applied idempotently at start-up. The
 * organisation's baseline lets the leaders, the rectification office and the leading group read
 * every process in Cockpit; findings name people, so for {@code spot-check}, {@code
 * spot-check-rectification} and {@code spot-check-schedule} those groups are revoked, while
 * supervision and the Party secretary get explicit grants (a group grant on the definition outranks
 * the revoke, so the Party secretary, also a leader, keeps reading). Of the leaders only the
 * concerned ones read (issue 6): the leader in charge of supervision through a user grant on the
 * definitions (history included), the leaders of the departments named in findings through user
 * grants per instance and task ({@link SpotCheckConfidentialityPlugin}). Supervision and leaders
 * may start checks.
 */
@Component
class SpotCheckAccessBaseline {

  private static final Logger LOG = LoggerFactory.getLogger(SpotCheckAccessBaseline.class);

  /** The schedule too: its timer reveals when the next plan appears. */
  static final List<String> DEFINITIONS =
      List.of(
          SpotCheckProcess.PROCESS_KEY,
          SpotCheckProcess.RECTIFICATION_PROCESS_KEY,
          SpotCheckProcess.SCHEDULE_PROCESS_KEY);

  static final List<String> REVOKED =
      List.of(
          OrganizationGroups.RECT_OFFICE,
          OrganizationGroups.LEADING_GROUP,
          OrganizationGroups.LEADERS);
  static final List<String> READERS =
      List.of(OrganizationGroups.SUPERVISION, OrganizationGroups.PARTY_SECRETARY);
  private static final Permission[] READ_ALL = {
    Permissions.READ,
    ProcessDefinitionPermissions.READ_INSTANCE,
    ProcessDefinitionPermissions.READ_HISTORY,
    ProcessDefinitionPermissions.READ_TASK
  };

  private final AuthorizationService authorizations;
  private final SpotCheckConcernedLeaders concernedLeaders;

  SpotCheckAccessBaseline(
      AuthorizationService authorizations, SpotCheckConcernedLeaders concernedLeaders) {
    this.authorizations = authorizations;
    this.concernedLeaders = concernedLeaders;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ensure() {
    for (String definition : DEFINITIONS) {
      for (String group : REVOKED) {
        save(
            AUTH_TYPE_REVOKE,
            group,
            Resources.PROCESS_DEFINITION,
            definition,
            ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK,
            ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
            ProcessDefinitionPermissions.READ_TASK_VARIABLE);
      }
      for (String group : READERS) {
        save(AUTH_TYPE_GRANT, group, Resources.PROCESS_DEFINITION, definition, READ_ALL);
      }
      withdrawLeadersGroupGrant(definition);
    }
    SpotCheckGrants.syncSupervisionLeader(
        authorizations, concernedLeaders.supervisionLeader().orElse(null));
    for (String group : List.of(OrganizationGroups.SUPERVISION, OrganizationGroups.LEADERS)) {
      save(
          AUTH_TYPE_GRANT,
          group,
          Resources.PROCESS_DEFINITION,
          SpotCheckProcess.PROCESS_KEY,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      save(
          AUTH_TYPE_GRANT,
          group,
          Resources.PROCESS_INSTANCE,
          Authorization.ANY,
          Permissions.CREATE);
    }
    LOG.info(
        "Spot-check confidentiality: {} revoked, {} and the concerned leaders granted",
        REVOKED,
        READERS);
  }

  /**
   * Before issue 6 the whole leaders group read spot checks; a grant left from then would outrank
   * the revoke.
   */
  private void withdrawLeadersGroupGrant(String definition) {
    authorizations
        .createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(OrganizationGroups.LEADERS)
        .resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(definition)
        .list()
        .stream()
        .filter(
            a ->
                a.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)
                    || a.isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY)
                    || a.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK))
        .forEach(
            grant -> {
              for (Permission permission : READ_ALL) {
                if (permission != Permissions.READ) {
                  grant.removePermission(permission);
                }
              }
              authorizations.saveAuthorization(grant);
            });
  }

  private void save(
      int type, String group, Resources resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(type)
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .list()
            .stream()
            .findFirst()
            .orElse(null);
    boolean changed = authorization == null;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(type);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      boolean present =
          type == AUTH_TYPE_REVOKE
              ? authorization.isPermissionRevoked(permission)
              : authorization.isPermissionGranted(permission);
      if (!present) {
        if (type == AUTH_TYPE_REVOKE) {
          authorization.removePermission(permission);
        } else {
          authorization.addPermission(permission);
        }
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
