package org.rectify.bench;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.rectify.measure.MeasureLifecycle;

/**
 * The reference: a Camunda 7.24 engine exactly as {@link StandaloneProcessEngineConfiguration}
 * comes (its own pooled data source, DbIdGenerator, history FULL, no authorization, no plugins),
 * only pointed at a database with schema creation on. Its process is generated: the happy path's
 * six user tasks in a row with the same assignees and candidate groups, no listeners, no timers.
 */
final class BareEngine implements Workload {

  static final String PROCESS_KEY = "bench-bare-six-tasks";

  private final ProcessEngine engine;
  private final String name;
  private int sequence;

  BareEngine(String name, String jdbcUrl, String user, String password) {
    this.name = name;
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bench-" + name);
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setJdbcDriver(
        jdbcUrl.startsWith("jdbc:postgresql") ? "org.postgresql.Driver" : "org.h2.Driver");
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .name(PROCESS_KEY)
        .addModelInstance(PROCESS_KEY + ".bpmn", model())
        .deploy();
  }

  /**
   * The happy path's user tasks in a row, assigned like the real ones (fixed people instead of
   * expressions).
   */
  static BpmnModelInstance model() {
    AbstractFlowNodeBuilder<?, ?> builder =
        Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(180).startEvent("start");
    for (HappyPath step : HappyPath.steps()) {
      var task = builder.userTask(step.taskKey()).name(step.taskKey());
      builder =
          step.claimFirst()
              ? task.camundaCandidateGroups(step.groups().get(0))
              : task.camundaAssignee(step.user());
    }
    return builder.endEvent("end").done();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void run(int instances) {
    IdentityService identity = engine.getIdentityService();
    for (int i = 0; i < instances; i++) {
      String code = "B" + (++sequence);
      identity.setAuthentication("rectOffice1", List.of("rectOffice"));
      String instanceId =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey(
                  PROCESS_KEY,
                  code,
                  MeasureLifecycle.startVariables(
                      code,
                      "基准测试措施",
                      HappyPath.DEPARTMENT,
                      "执法科",
                      java.time.LocalDate.now().plusDays(30),
                      new java.util.Date()))
              .getId();
      for (HappyPath step : HappyPath.steps()) {
        step.perform(engine, instanceId);
      }
      identity.clearAuthentication();
    }
  }

  ManagementService management() {
    return engine.getManagementService();
  }

  @Override
  public void close() {
    engine.close();
  }
}
