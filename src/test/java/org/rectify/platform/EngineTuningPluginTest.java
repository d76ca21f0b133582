package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code rectify.engine.lookup-grants-of-new-tasks=false} skips a query, not a grant: the same work
 * done on an engine with the engine's own grant provider and on one with Rectify's leaves exactly
 * the same task authorizations (who, which task, which permissions) — for candidate groups and
 * users given when the task is created, an assignee set by the model, a candidate group added again
 * later and a claim.
 */
class EngineTuningPluginTest {

  private static final BpmnModelInstance MODEL =
      Bpmn.createExecutableProcess("tuning-test")
          .camundaHistoryTimeToLive(1)
          .startEvent()
          .userTask("UserTask_First")
          .camundaCandidateGroups("greening,office")
          .camundaCandidateUsers("clerk1")
          .userTask("UserTask_Second")
          .camundaAssignee("${assignee}")
          .camundaCandidateGroups("greening")
          .endEvent()
          .done();

  private static ProcessEngine engineDefault;
  private static ProcessEngine rectify;

  @BeforeAll
  static void startEngines() {
    engineDefault = engine("tuning-test-default", null);
    rectify = engine("tuning-test-rectify", new EngineTuningPlugin(true, true, false));
  }

  @AfterAll
  static void closeEngines() {
    engineDefault.close();
    rectify.close();
  }

  @Test
  void rectifyGrantsTheSameAsTheEngineDefault() {
    Map<String, Integer> expected = work(engineDefault);
    Map<String, Integer> actual = work(rectify);

    assertThat(actual).isEqualTo(expected);
    assertThat(expected)
        .containsEntry(
            "group greening UserTask_First",
            Permissions.READ.getValue() | Permissions.TASK_WORK.getValue());
    assertThat(expected)
        .containsKeys(
            "group office UserTask_First",
            "user clerk1 UserTask_First",
            "user clerk2 UserTask_First",
            "user head1 UserTask_Second",
            "group greening UserTask_Second");
  }

  @Test
  void theProviderIsInstalledOnlyWhenTheLookupIsSwitchedOff() {
    assertThat(
            ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                    rectify.getProcessEngineConfiguration())
                .getResourceAuthorizationProvider())
        .isInstanceOf(EngineTuningPlugin.NewTaskGrantsProvider.class);
    assertThat(
            ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                    engineDefault.getProcessEngineConfiguration())
                .getResourceAuthorizationProvider()
                .getClass())
        .isEqualTo(DefaultAuthorizationProvider.class);
  }

  /**
   * Starts, re-adds a candidate group, claims and completes; returns "kind who task-key" →
   * permissions of the task grants while each task is open (the engine deletes a task's grants when
   * it completes).
   */
  private static Map<String, Integer> work(ProcessEngine engine) {
    String instanceId =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("tuning-test", Map.of("assignee", "head1"))
            .getId();
    Task first =
        engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    engine.getTaskService().addCandidateGroup(first.getId(), "greening");
    engine.getTaskService().claim(first.getId(), "clerk2");
    Map<String, Integer> grants = new TreeMap<>(taskGrants(engine, first));
    engine.getTaskService().complete(first.getId());
    Task second =
        engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    grants.putAll(taskGrants(engine, second));
    return grants;
  }

  private static Map<String, Integer> taskGrants(ProcessEngine engine, Task task) {
    List<Authorization> grants =
        engine
            .getAuthorizationService()
            .createAuthorizationQuery()
            .resourceType(Resources.TASK)
            .resourceId(task.getId())
            .list();
    return grants.stream()
        .collect(
            Collectors.toMap(
                grant ->
                    (grant.getGroupId() != null
                            ? "group " + grant.getGroupId()
                            : "user " + grant.getUserId())
                        + " "
                        + task.getTaskDefinitionKey(),
                grant -> ((AuthorizationEntity) grant).getPermissions(),
                (a, b) -> {
                  throw new AssertionError("two grants for the same person and task");
                }));
  }

  private static ProcessEngine engine(String name, EngineTuningPlugin plugin) {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setHistoryTimeToLive("P1D");
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    if (plugin != null) {
      configuration.getProcessEnginePlugins().add(plugin);
    }
    ProcessEngine engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("tuning-test.bpmn", MODEL)
        .deploy();
    return engine;
  }
}
