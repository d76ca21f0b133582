package org.rectify.organization;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the organisation into the engine at start-up, idempotently and in order: the bureau's
 * groups (every profile), the demo people (embedded default only), the access baseline, the
 * Tasklist filters. Safe to run on every start and on several nodes.
 */
@Component
class OrganizationSetup {

  private static final Logger LOG = LoggerFactory.getLogger(OrganizationSetup.class);

  private final IdentityService identityService;
  private final Optional<DemoOrganization> demoOrganization;
  private final AccessBaseline accessBaseline;
  private final TasklistFilters tasklistFilters;

  OrganizationSetup(
      IdentityService identityService,
      Optional<DemoOrganization> demoOrganization,
      AccessBaseline accessBaseline,
      TasklistFilters tasklistFilters) {
    this.identityService = identityService;
    this.demoOrganization = demoOrganization;
    this.accessBaseline = accessBaseline;
    this.tasklistFilters = tasklistFilters;
  }

  /**
   * Runs first among the start-up listeners: processes started by later ones need the organisation.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void setUp() {
    ensureGroups();
    demoOrganization.ifPresent(DemoOrganization::ensure);
    accessBaseline.ensure();
    tasklistFilters.ensure();
    LOG.info(
        "Organisation ready: {} groups, demo people {}",
        OrganizationGroups.ALL.size(),
        demoOrganization.isPresent() ? "loaded" : "off");
  }

  private void ensureGroups() {
    for (OrganizationGroups.GroupDefinition definition : OrganizationGroups.ALL) {
      Group group = identityService.createGroupQuery().groupId(definition.id()).singleResult();
      if (group == null) {
        group = identityService.newGroup(definition.id());
      } else if (definition.name().equals(group.getName())
          && definition.type().equals(group.getType())) {
        continue;
      }
      group.setName(definition.name());
      group.setType(definition.type());
      identityService.saveGroup(group);
    }
  }
}
