package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rectify.RectifyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hostile-clerk suite ({@link HostileClerkSuite}) under the production profile {@code
 * postgres}, against the real PostgreSQL server (127.0.0.1:5432) in a fresh database of its own: no
 * demo people or data, Camunda's password policy on, secure cookies switched off for plain HTTP.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileClerkPostgresTest {

  private final String database =
      "rectify_hostile_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private ConfigurableApplicationContext app;

  @BeforeAll
  void start() throws SQLException {
    execute("create database " + database);
    app =
        new SpringApplicationBuilder(RectifyApplication.class)
            .profiles("postgres")
            .run(
                "--server.port=0",
                "--RECTIFY_DB_URL=" + PostgresProfileTest.SERVER + database,
                "--RECTIFY_DB_USER=postgres",
                "--RECTIFY_ADMIN_PASSWORD=" + PostgresProfileTest.ADMIN_PASSWORD,
                "--RECTIFY_SECURE_COOKIES=false",
                "--management.health.mail.enabled=false",
                "--camunda.bpm.job-execution.enabled=false");
  }

  @AfterAll
  void stop() throws SQLException {
    if (app != null) {
      app.close();
    }
    execute("drop database if exists " + database + " with (force)");
  }

  @Test
  void aHostileClerkGetsNothingHisRoleDoesNotAllowOnPostgres() throws Exception {
    // Camunda's REST API looks the engine up by name; this node's engine is the one to probe
    ProcessEngines.registerProcessEngine(app.getBean(ProcessEngine.class));
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    assertThat(new HostileClerkSuite(app, port).run()).endsWith("leaked=0 executed=0 rerouted=0");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(PostgresProfileTest.SERVER + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
