package org.rectify.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the start-up set-up of the features (groups, access baseline, Tasklist filters — the {@code
 * ApplicationReadyEvent} listeners) on one node at a time. Each is idempotent ("create if
 * missing"), but two nodes starting together both find a group missing and the second insert fails
 * on a unique key, which stopped the second node in the fault-injection suite. A PostgreSQL session
 * advisory lock is taken when the context has started (before the ready listeners) and released
 * when the node accepts traffic (after them). Other databases (the embedded H2 default is
 * single-node): no-op.
 */
@Component
class StartupSetupLock {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSetupLock.class);

  /** "RECTIFY2" as a number: the advisory lock key of the start-up set-up. */
  static final long LOCK_KEY = 0x5245435449465932L;

  private final DataSource dataSource;
  private Connection lockConnection;

  StartupSetupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationStartedEvent.class)
  synchronized void acquire() throws SQLException {
    Connection connection = dataSource.getConnection();
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      connection.close();
      return;
    }
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    lockConnection = connection;
    LOG.info("Start-up set-up lock acquired (nodes starting together set up one after the other)");
  }

  @EventListener
  synchronized void release(AvailabilityChangeEvent<ReadinessState> event) {
    if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || lockConnection == null) {
      return;
    }
    try (Connection connection = lockConnection;
        Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
      LOG.info("Start-up set-up lock released");
    } catch (SQLException e) {
      LOG.warn(
          "Start-up set-up lock release failed (it ends with the connection): {}", e.getMessage());
    } finally {
      lockConnection = null;
    }
  }
}
