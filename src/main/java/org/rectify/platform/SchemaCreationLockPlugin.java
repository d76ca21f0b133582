package org.rectify.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets several nodes start together on an empty PostgreSQL database. Camunda creates its schema
 * when the engine is built and takes no lock for it (its lock rows live in the tables being
 * created), so two nodes starting at once both run the create scripts and one dies on "duplicate
 * key … pg_type_typname_nsp_index" — found by the fault-injection suite. A PostgreSQL session
 * advisory lock, held from the end of the engine's configuration until the engine is built, makes
 * the second node wait and then find the schema in place. Flyway, before it, takes its own advisory
 * lock; deployments after it are serialised by Camunda's deployment lock. Other databases: no-op.
 */
@Component
class SchemaCreationLockPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaCreationLockPlugin.class);

  /** "RECTIFY1" as a number: the advisory lock key of engine schema operations. */
  static final long LOCK_KEY = 0x5245435449465931L;

  private Connection lockConnection;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    try {
      lockConnection = configuration.getDataSource().getConnection();
      lockConnection.setAutoCommit(true);
      try (Statement statement = lockConnection.createStatement()) {
        statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
      }
      LOG.info(
          "Engine schema lock acquired (other nodes starting now wait for this one's schema check)");
    } catch (SQLException e) {
      release();
      throw new ProcessEngineException("无法获取数据库结构锁（PostgreSQL advisory lock）：" + e.getMessage(), e);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    release();
  }

  private void release() {
    if (lockConnection == null) {
      return;
    }
    try (Connection connection = lockConnection;
        Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
    } catch (SQLException e) {
      LOG.warn(
          "Engine schema lock release failed (it ends with the connection): {}", e.getMessage());
    } finally {
      lockConnection = null;
    }
  }
}
