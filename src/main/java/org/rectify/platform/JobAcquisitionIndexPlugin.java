package org.rectify.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The job executor acquires due jobs oldest due date first ({@code
 * job-executor-acquire-by-due-date} and {@code ensure-job-due-date-not-null} in application.yaml)
 * through an index on the due date, which Camunda's schema does not have. Without both, every
 * acquisition read {@code ACT_RU_JOB} from its start until it found enough due, unlocked jobs; when
 * thousands of reminder timers fall due together that scan grows with every job already done, and
 * it was over half of PostgreSQL's work in a 10,000-reminder flush (docs/benchmarks.md).
 *
 * <p>After the engine has created or checked its schema, and before the job executor starts: the
 * index is created if missing ({@code RECTIFY_IDX_JOB_DUE}, PostgreSQL and H2), and jobs written
 * before due dates were ensured (an upgraded database) get "now", which for the engine means the
 * same as none — due at once — but is what the acquisition without a null check finds. Several
 * nodes may do this at the same time; both steps are idempotent, and a failed index creation is
 * only logged (acquisition works without it, more slowly).
 */
@Component
class JobAcquisitionIndexPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndexPlugin.class);
  static final String INDEX = "RECTIFY_IDX_JOB_DUE";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!configuration.isJobExecutorAcquireByDueDate()) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    try (Connection connection = configuration.getDataSource().getConnection()) {
      connection.setAutoCommit(true);
      createIndex(connection, table);
      if (configuration.isEnsureJobDueDateNotNull()) {
        dateUndatedJobs(connection, table);
      }
    } catch (SQLException e) {
      LOG.warn("作业获取索引 {} 未能检查或创建（作业照常执行，但大量作业同时到期时较慢）：{}", INDEX, e.getMessage());
    }
  }

  private static void createIndex(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("create index if not exists " + INDEX + " on " + table + " (DUEDATE_)");
    } catch (SQLException e) {
      // another node created it at the same moment: PostgreSQL reports the name clash instead of
      // "exists"
      LOG.info(
          "Index {} not created here ({}); another node may have created it",
          INDEX,
          e.getMessage());
    }
  }

  private static void dateUndatedJobs(Connection connection, String table) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update " + table + " set DUEDATE_ = ? where DUEDATE_ is null")) {
      update.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
      int dated = update.executeUpdate();
      if (dated > 0) {
        LOG.info(
            "{} jobs without a due date (written before due dates were ensured) are now due at once",
            dated);
      }
    }
  }
}
