package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin's grants follow the work: READ on the instance for the candidate group when the task
 * is created and for the assignee when it is claimed; and they do not pile up — the engine removes
 * an instance's authorizations when the instance ends (reliability: growth of {@code
 * ACT_RU_AUTHORIZATION}).
 */
class InstanceReadGrantPluginTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("instance-read-grant-test");
    configuration.setJdbcUrl("jdbc:h2:mem:instance-read-grant-test;DB_CLOSE_DELAY=-1");
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setHistoryTimeToLive("P1D");
    configuration.getProcessEnginePlugins().add(new InstanceReadGrantPlugin());
    engine = configuration.buildProcessEngine();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("grant-test")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("UserTask_Work")
            .camundaCandidateGroups("greening")
            .endEvent()
            .done();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("grant-test.bpmn", model)
        .deploy();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @Test
  void candidateGroupAndAssigneeReadTheInstanceUntilItEnds() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("grant-test");
    assertThat(readGrants(instance))
        .extracting(Authorization::getGroupId)
        .containsExactly("greening");

    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    engine.getTaskService().claim(task.getId(), "greening1");
    assertThat(readGrants(instance))
        .extracting(a -> a.getGroupId() + "/" + a.getUserId())
        .containsExactlyInAnyOrder("greening/null", "null/greening1");
    assertThat(readGrants(instance)).allMatch(a -> a.isPermissionGranted(Permissions.READ));

    engine.getTaskService().complete(task.getId());
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .count())
        .isZero();
    assertThat(readGrants(instance)).isEmpty();
  }

  private static List<Authorization> readGrants(ProcessInstance instance) {
    return engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(instance.getId())
        .list();
  }
}
