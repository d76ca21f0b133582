package org.rectify.spotcheck;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
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
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.rectify.organization.OrganizationGroups;
import org.springframework.stereotype.Component;

/**
 * The organisation's baseline grants the rectification office and the leading group READ on every process instance
 * and task ({@code *}); a revoke on the definition alone does not hide those. So every spot-check instance and
 * every spot-check task gets its own REVOKE for these groups when it is created (removed by the engine with the
 * instance or task), and the leaders' and Party secretary's own grant. Added by one parse listener, only to the
 * two spot-check models.
 */
@Component
class SpotCheckConfidentialityPlugin extends AbstractProcessEnginePlugin {

  /**
   * Leaders and the Party secretary also sit in the leading group; a revoke on the instance is decided before the
   * grant on the definition is looked at, so they get their own grant on the instance and task (a group grant on the
   * same resource outranks a group revoke). Supervision is not revoked and reads through the definition.
   */
  static final List<String> OVERRIDING_READERS = List.of(OrganizationGroups.LEADERS,
      OrganizationGroups.PARTY_SECRETARY);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        if (isSpotCheck(definition.getKey())) {
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
              (ExecutionListener) SpotCheckConfidentialityPlugin::revokeInstance);
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (isSpotCheck(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, SpotCheckConfidentialityPlugin::revokeTask);
        }
      }
    });
  }

  static boolean isSpotCheck(String key) {
    return SpotCheckAccessBaseline.DEFINITIONS.contains(key);
  }

  static void revokeInstance(DelegateExecution execution) {
    revoke(Resources.PROCESS_INSTANCE, execution.getProcessInstanceId());
  }

  static void revokeTask(DelegateTask task) {
    revoke(Resources.TASK, task.getId());
  }

  private static void revoke(Resource resource, String resourceId) {
    AuthorizationService authorizations = Context.getProcessEngineConfiguration().getAuthorizationService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String group : SpotCheckAccessBaseline.REVOKED) {
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setGroupId(group);
        revoke.setResource(resource);
        revoke.setResourceId(resourceId);
        revoke.removePermission(Permissions.READ);
        authorizations.saveAuthorization(revoke);
      }
      for (String group : OVERRIDING_READERS) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
      }
      return null;
    });
  }
}
