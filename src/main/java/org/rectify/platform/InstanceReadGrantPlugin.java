package org.rectify.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Lets people read the process instances they work on, and only those: when a user task is created
 * or assigned, its candidate groups and its assignee get READ on the task's process instance
 * (Tasklist then shows the diagram with the current step) and READ on its history (with the
 * engine's historic instance permissions on: Tasklist's 历史 tab and comments, which the engine looks
 * up in the history, and the instances one has worked on after they ended). Added to every user
 * task of every model by one parse listener, not in the models.
 */
@Component
class InstanceReadGrantPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterEngines(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseProcess(Element element, ProcessDefinitionEntity definition) {
            definition.addBuiltInListener(
                ExecutionListener.EVENTNAME_START,
                (ExecutionListener) InstanceReadGrantPlugin::grantStarter);
          }

          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition definition =
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            definition.addBuiltInTaskListener(
                TaskListener.EVENTNAME_CREATE, InstanceReadGrantPlugin::grant);
            definition.addBuiltInTaskListener(
                TaskListener.EVENTNAME_ASSIGNMENT, InstanceReadGrantPlugin::grant);
          }
        });
  }

  /**
   * Whoever starts an instance (a clerk submitting a topic from 发起流程) reads it and its history:
   * Tasklist's 我发起的 lists it until it ends and after.
   */
  static void grantStarter(DelegateExecution execution) {
    String userId = Context.getCommandContext().getAuthenticatedUserId();
    String instanceId = execution.getProcessInstanceId();
    if (userId == null || instanceId == null || !instanceId.equals(execution.getId())) {
      return;
    }
    AuthorizationService authorizations =
        Context.getProcessEngineConfiguration().getAuthorizationService();
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              // a new instance has no grant in the database yet: no query on every start
              ensureReads(authorizations, cachedGrants(instanceId), userId, null, instanceId);
              return null;
            });
  }

  static void grant(DelegateTask task) {
    String instanceId = task.getProcessInstanceId();
    if (instanceId == null) {
      return;
    }
    AuthorizationService authorizations =
        Context.getProcessEngineConfiguration().getAuthorizationService();
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              List<Authorization> existing = null;
              for (IdentityLink link : task.getCandidates()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && link.getGroupId() != null) {
                  existing = existing == null ? readGrants(authorizations, instanceId) : existing;
                  ensureReads(authorizations, existing, null, link.getGroupId(), instanceId);
                }
              }
              if (task.getAssignee() != null) {
                existing = existing == null ? readGrants(authorizations, instanceId) : existing;
                ensureReads(authorizations, existing, task.getAssignee(), null, instanceId);
              }
              return null;
            });
  }

  /**
   * The instance's READ grants (runtime and history), in one query for all candidates and the
   * assignee (a task has a few), plus those inserted earlier in this command: they are not flushed
   * yet, so the query cannot see them.
   */
  private static List<Authorization> readGrants(
      AuthorizationService authorizations, String instanceId) {
    List<Authorization> grants =
        new ArrayList<>(
            authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceId(instanceId)
                .list());
    grants.addAll(cachedGrants(instanceId));
    return grants;
  }

  /**
   * The instance's grants inserted earlier in this command (not flushed, so no query sees them).
   */
  private static List<Authorization> cachedGrants(String instanceId) {
    return new ArrayList<>(
        Context.getCommandContext()
            .getDbEntityManager()
            .getCachedEntitiesByType(AuthorizationEntity.class)
            .stream()
            .filter(a -> instanceId.equals(a.getResourceId()))
            .toList());
  }

  private static void ensureReads(
      AuthorizationService authorizations,
      List<Authorization> existing,
      String userId,
      String groupId,
      String instanceId) {
    ensureRead(
        authorizations,
        existing,
        userId,
        groupId,
        instanceId,
        Resources.PROCESS_INSTANCE,
        Permissions.READ);
    ensureRead(
        authorizations,
        existing,
        userId,
        groupId,
        instanceId,
        Resources.HISTORIC_PROCESS_INSTANCE,
        HistoricProcessInstancePermissions.READ);
  }

  private static void ensureRead(
      AuthorizationService authorizations,
      List<Authorization> existing,
      String userId,
      String groupId,
      String instanceId,
      Resources resource,
      Permission permission) {
    boolean granted =
        existing.stream()
            .anyMatch(
                a ->
                    a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                        && a.getResourceType() == resource.resourceType()
                        && Objects.equals(userId, a.getUserId())
                        && Objects.equals(groupId, a.getGroupId()));
    if (granted) {
      return;
    }
    Authorization authorization =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(userId);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(instanceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
    existing.add(authorization);
  }
}
