package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * A database upgraded to acquisition by due date: an asynchronous job written before (no due date)
 * is dated at the next start and acquired, the due-date index exists, new asynchronous jobs get a
 * due date, and a second start (another node, a restart) changes nothing and fails nothing.
 */
class JobAcquisitionIndexPluginTest {

  private static final String URL = "jdbc:h2:mem:job-acquisition;DB_CLOSE_DELAY=-1";

  @Test
  void anUpgradedDatabaseGetsTheIndexAndItsUndatedJobsAreAcquired() throws SQLException {
    ProcessEngine before = engine("job-acquisition-before", false);
    before
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "async.bpmn",
            Bpmn.createExecutableProcess("async-example")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("ServiceTask_Async")
                .camundaAsyncBefore()
                .camundaExpression("${true}")
                .endEvent()
                .done())
        .deploy();
    before.getRuntimeService().startProcessInstanceByKey("async-example");
    Job undated = before.getManagementService().createJobQuery().singleResult();
    assertThat(undated.getDuedate()).as("the engine's default").isNull();
    before.close();

    ProcessEngine after = engine("job-acquisition-after", true);
    try {
      assertThat(
              after
                  .getManagementService()
                  .createJobQuery()
                  .jobId(undated.getId())
                  .singleResult()
                  .getDuedate())
          .isNotNull();
      assertThat(acquire(after)).containsExactly(undated.getId());
      assertThat(indexedColumns(after)).containsExactly("DUEDATE_");

      after.getRuntimeService().startProcessInstanceByKey("async-example");
      assertThat(after.getManagementService().createJobQuery().list())
          .allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
    } finally {
      after.close();
    }
    ProcessEngine restarted = engine("job-acquisition-restarted", true);
    assertThat(indexedColumns(restarted)).containsExactly("DUEDATE_");
    restarted.close();
  }

  private static List<String> acquire(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    AcquiredJobs acquired =
        configuration
            .getCommandExecutorTxRequired()
            .execute(new AcquireJobsCmd(configuration.getJobExecutor(), 10));
    return acquired.getJobIdBatches().stream().flatMap(List::stream).toList();
  }

  private static List<String> indexedColumns(ProcessEngine engine) throws SQLException {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection();
        ResultSet index =
            connection.getMetaData().getIndexInfo(null, null, "ACT_RU_JOB", false, false)) {
      List<String> columns = new ArrayList<>();
      while (index.next()) {
        if (JobAcquisitionIndexPlugin.INDEX.equalsIgnoreCase(index.getString("INDEX_NAME"))) {
          columns.add(index.getString("COLUMN_NAME"));
        }
      }
      return columns;
    }
  }

  private static ProcessEngine engine(String name, boolean byDueDate) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(URL);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setHistoryTimeToLive("P1D");
    configuration.setJobExecutorAcquireByDueDate(byDueDate);
    configuration.setEnsureJobDueDateNotNull(byDueDate);
    configuration.getProcessEnginePlugins().add(new JobAcquisitionIndexPlugin());
    return configuration.buildProcessEngine();
  }
}
