package org.rectify.spotcheck;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.camunda.bpm.engine.task.Task;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.ParseListeners;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The organisation's baseline grants the leaders, the rectification office and the leading group
 * READ on every process instance and task ({@code *}); a revoke on the definition alone does not
 * hide those. So every spot-check instance and task gets its own REVOKE for these groups when it is
 * created (removed by the engine with the instance or task) and a grant for the Party secretary;
 * the <em>concerned</em> leaders ({@link SpotCheckConcernedLeaders}) get user grants on the
 * instance and on all its open tasks, re-evaluated at every new task, so the leader of a department
 * named in a finding reads the check from the next step on. Added by one parse listener, only to
 * the spot-check models.
 */
@Component
class SpotCheckConfidentialityPlugin extends AbstractProcessEnginePlugin {

  /**
   * The Party secretary also sits in the leaders and the leading group; Camunda decides a
   * disjunctive query by the instance or task check first, and a group grant on the same resource
   * outranks a group revoke. Supervision is not revoked and reads through the definition.
   */
  static final List<String> OVERRIDING_READERS = List.of(OrganizationGroups.PARTY_SECRETARY);

  /** Lazy: the directory and the register need the engine this plugin configures. */
  private final ObjectProvider<SpotCheckConcernedLeaders> concernedLeaders;

  SpotCheckConfidentialityPlugin(ObjectProvider<SpotCheckConcernedLeaders> concernedLeaders) {
    this.concernedLeaders = concernedLeaders;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterEngines(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseProcess(Element element, ProcessDefinitionEntity definition) {
            String key = definition.getKey();
            if (isSpotCheck(key)) {
              definition.addBuiltInListener(
                  ExecutionListener.EVENTNAME_START,
                  (ExecutionListener) execution -> onInstanceStart(key, execution));
            }
          }

          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String key = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
            if (isSpotCheck(key)) {
              ((UserTaskActivityBehavior) activity.getActivityBehavior())
                  .getTaskDefinition()
                  .addBuiltInTaskListener(
                      TaskListener.EVENTNAME_CREATE, task -> onTaskCreate(key, task));
            }
          }
        });
  }

  static boolean isSpotCheck(String key) {
    return SpotCheckAccessBaseline.DEFINITIONS.contains(key);
  }

  void onInstanceStart(String key, DelegateExecution execution) {
    String instanceId = execution.getProcessInstanceId();
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              SpotCheckGrants.shutOut(Resources.PROCESS_INSTANCE, instanceId);
              SpotCheckConcernedLeaders concerned = concernedLeaders.getObject();
              concerned
                  .of(key, execution)
                  .forEach(
                      leader ->
                          SpotCheckGrants.ensureUserRead(
                              Resources.PROCESS_INSTANCE, instanceId, leader));
              SpotCheckGrants.syncSupervisionLeader(
                  execution.getProcessEngineServices().getAuthorizationService(),
                  concerned.supervisionLeader().orElse(null));
              return null;
            });
  }

  void onTaskCreate(String key, DelegateTask task) {
    String instanceId = task.getProcessInstanceId();
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              SpotCheckGrants.shutOut(Resources.TASK, task.getId());
              Set<String> taskIds = new LinkedHashSet<>();
              taskIds.add(task.getId());
              task
                  .getProcessEngineServices()
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceId(instanceId)
                  .list()
                  .stream()
                  .map(Task::getId)
                  .forEach(taskIds::add);
              for (String leader : concernedLeaders.getObject().of(key, task.getExecution())) {
                SpotCheckGrants.ensureUserRead(Resources.PROCESS_INSTANCE, instanceId, leader);
                taskIds.forEach(id -> SpotCheckGrants.ensureUserRead(Resources.TASK, id, leader));
              }
              return null;
            });
  }
}
