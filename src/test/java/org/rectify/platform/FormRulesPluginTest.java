package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * The plugin attaches a form's rules to every user task using that form, before the model's own
 * complete listeners: a refused submit leaves the task open and the model's listener unrun.
 */
class FormRulesPluginTest {

  static final List<String> MODEL_LISTENER_RUNS = new ArrayList<>();
  static ProcessEngine engine;

  /** A rule of a capability: the window of "test-window" must not end before it starts. */
  static class WindowRule implements FormRule {
    @Override
    public Set<String> forms() {
      return Set.of("test-window");
    }

    @Override
    public void check(String form, VariableScope submitted) {
      FormChecks.window(submitted, "from", "开始日期", "to", "结束日期");
    }
  }

  @BeforeAll
  static void engineWithPlugin() {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("windowRule", new WindowRule());
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("form-rules-plugin-test");
    configuration.setJdbcUrl("jdbc:h2:mem:form-rules-plugin-test;DB_CLOSE_DELAY=1000");
    configuration.setJobExecutorActivate(false);
    configuration
        .getProcessEnginePlugins()
        .add(new FormRulesPlugin(beans.getBeanProvider(FormRule.class)));
    engine = configuration.buildProcessEngine();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("form-rules")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("UserTask_Window")
            .camundaFormRef("test-window")
            .camundaFormRefBinding("latest")
            .camundaTaskListenerClass("complete", ModelListener.class)
            .userTask("UserTask_Other")
            .camundaFormRef("other-form")
            .camundaFormRefBinding("latest")
            .endEvent()
            .done();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("form-rules.bpmn", model)
        .deploy();
  }

  /** Stands for the model's own complete listener (e.g. one that stores the submit). */
  public static class ModelListener implements org.camunda.bpm.engine.delegate.TaskListener {
    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
      MODEL_LISTENER_RUNS.add(task.getTaskDefinitionKey());
    }
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void refusedSubmitLeavesTheTaskOpenBeforeTheModelsListenerRuns() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("form-rules");
    TaskService tasks = engine.getTaskService();
    String taskId =
        tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    MODEL_LISTENER_RUNS.clear();

    assertThatThrownBy(
            () -> tasks.complete(taskId, Map.of("from", "2026-12-10", "to", "2026-12-01")))
        .hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasRootCauseMessage("“结束日期”（2026-12-01）不能早于“开始日期”（2026-12-10）");
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
    assertThat(MODEL_LISTENER_RUNS).isEmpty();
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("to");

    tasks.complete(taskId, Map.of("from", "2026-12-01", "to", "2026-12-10"));
    assertThat(MODEL_LISTENER_RUNS).containsExactly("UserTask_Window");
    // a form without rules completes as before
    String other =
        tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    tasks.complete(other, Map.of("from", "2026-12-10", "to", "2026-12-01"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }
}
