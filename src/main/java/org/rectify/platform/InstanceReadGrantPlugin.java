package org.rectify.platform;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Lets people read the process instances they work on, and only those: when a user task is created or assigned,
 * its candidate groups and its assignee get READ on the task's process instance (Tasklist then shows the diagram
 * with the current step). Added to every user task of every model by one parse listener, not in the models.
 */
@Component
class InstanceReadGrantPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, InstanceReadGrantPlugin::grant);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, InstanceReadGrantPlugin::grant);
      }
    });
  }

  static void grant(DelegateTask task) {
    String instanceId = task.getProcessInstanceId();
    if (instanceId == null) {
      return;
    }
    AuthorizationService authorizations = Context.getProcessEngineConfiguration().getAuthorizationService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (IdentityLink link : task.getCandidates()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          ensureRead(authorizations, null, link.getGroupId(), instanceId);
        }
      }
      if (task.getAssignee() != null) {
        ensureRead(authorizations, task.getAssignee(), null, instanceId);
      }
      return null;
    });
  }

  /** A grant created earlier in the same command (e.g. on create, then on assignment) is not yet in the database. */
  private static boolean pendingInsert(String userId, String groupId, String instanceId) {
    return Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)
        .stream().anyMatch(a -> a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
            && instanceId.equals(a.getResourceId()) && java.util.Objects.equals(userId, a.getUserId())
            && java.util.Objects.equals(groupId, a.getGroupId()));
  }

  private static void ensureRead(AuthorizationService authorizations, String userId, String groupId,
      String instanceId) {
    var query = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instanceId);
    List<Authorization> existing = userId != null ? query.userIdIn(userId).list() : query.groupIdIn(groupId).list();
    if (!existing.isEmpty() || pendingInsert(userId, groupId, instanceId)) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(userId);
    authorization.setGroupId(groupId);
    authorization.setResource(Resources.PROCESS_INSTANCE);
    authorization.setResourceId(instanceId);
    authorization.addPermission(Permissions.READ);
    authorizations.saveAuthorization(authorization);
  }
}
