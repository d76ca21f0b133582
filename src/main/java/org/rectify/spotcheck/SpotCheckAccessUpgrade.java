package org.rectify.spotcheck;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rectify.organization.OrganizationGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Spot checks started before issue 6's "leaders concerned" carry a group grant for the whole {@code
 * leaders} group on their instance and tasks. At start-up such instances get the current scheme:
 * that grant goes, the leaders' group revoke and the concerned leaders' user grants come ({@link
 * SpotCheckConfidentialityPlugin}). Instances without the old grant are left alone, so the work is
 * done once.
 */
@Component
class SpotCheckAccessUpgrade {

  private static final Logger LOG = LoggerFactory.getLogger(SpotCheckAccessUpgrade.class);

  private final ProcessEngine engine;
  private final SpotCheckConcernedLeaders concernedLeaders;

  SpotCheckAccessUpgrade(ProcessEngine engine, SpotCheckConcernedLeaders concernedLeaders) {
    this.engine = engine;
    this.concernedLeaders = concernedLeaders;
  }

  @EventListener(ApplicationReadyEvent.class)
  void upgradeRunningChecks() {
    int upgraded = 0;
    for (String key : SpotCheckAccessBaseline.DEFINITIONS) {
      for (ProcessInstance instance :
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processDefinitionKey(key)
              .list()) {
        if (!leadersGroupGrants(Resources.PROCESS_INSTANCE, instance.getId()).isEmpty()) {
          upgrade(key, instance.getId());
          upgraded++;
        }
      }
    }
    if (upgraded > 0) {
      LOG.info(
          "Spot-check confidentiality: {} running instances now readable by the leaders concerned only",
          upgraded);
    }
  }

  private void upgrade(String key, String instanceId) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              List<String> tasks =
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .processInstanceId(instanceId)
                      .list()
                      .stream()
                      .map(Task::getId)
                      .toList();
              replaceLeadersGrant(Resources.PROCESS_INSTANCE, instanceId);
              tasks.forEach(task -> replaceLeadersGrant(Resources.TASK, task));
              ExecutionEntity instance =
                  context.getExecutionManager().findExecutionById(instanceId);
              for (String leader : concernedLeaders.of(key, instance)) {
                SpotCheckGrants.ensureUserRead(Resources.PROCESS_INSTANCE, instanceId, leader);
                tasks.forEach(task -> SpotCheckGrants.ensureUserRead(Resources.TASK, task, leader));
              }
              return null;
            });
  }

  private void replaceLeadersGrant(Resource resource, String resourceId) {
    leadersGroupGrants(resource, resourceId)
        .forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
    SpotCheckGrants.revokeGroupRead(resource, resourceId, OrganizationGroups.LEADERS);
  }

  private List<Authorization> leadersGroupGrants(Resource resource, String resourceId) {
    return engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(OrganizationGroups.LEADERS)
        .resourceType(resource)
        .resourceId(resourceId)
        .list();
  }
}
