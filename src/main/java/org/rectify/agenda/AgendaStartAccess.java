package org.rectify.agenda;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.rectify.organization.AccessBaseline;
import org.rectify.organization.OrganizationGroups;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every department may submit a topic from Tasklist ("发起流程" → 上会议题预审 with its start form): grants
 * {@code CREATE_INSTANCE} on {@code agenda-prereview} and {@code CREATE} on process instances,
 * idempotently at start-up. Which department a clerk may submit for is checked by the start form's
 * registration, not here.
 */
@Component
class AgendaStartAccess {

  private final AccessBaseline access;

  AgendaStartAccess(AccessBaseline access) {
    this.access = access;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ensure() {
    for (OrganizationGroups.GroupDefinition group : OrganizationGroups.ALL) {
      if (group.isDepartment()) {
        access.grant(
            group.id(),
            Resources.PROCESS_DEFINITION,
            AgendaPrereviewProcess.KEY,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        access.grant(group.id(), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      }
    }
  }
}
