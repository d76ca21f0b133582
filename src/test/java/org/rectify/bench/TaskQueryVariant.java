package org.rectify.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One side of the task query comparison, switched on and off between the rounds of one run so that
 * before and after are measured interleaved on the same database: {@code product}; {@code
 * revokes-auto} (the engine's default revoke check); {@code pg-default-cost} (PostgreSQL's default
 * {@code random_page_cost = 4} instead of the product's 1.1); {@code jit-on} / {@code jit-off}
 * (PostgreSQL's query compilation, off in the product); {@code definition-grants} (no per-task
 * grants, definition-level {@code READ_TASK}/{@code TASK_WORK} for the department groups instead:
 * {@link DefinitionGrants}); {@code candidate} (the statements of {@code bench.taskquery.indexes}
 * created, dropped afterwards).
 */
final class TaskQueryVariant {

  private static final Pattern INDEX_NAME =
      Pattern.compile("(?i)create\\s+index\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

  private final String name;
  private final Runnable apply;
  private final Runnable revert;
  private final Supplier<String> summary;

  private TaskQueryVariant(String name, Runnable apply, Runnable revert) {
    this(name, apply, revert, () -> "");
  }

  private TaskQueryVariant(String name, Runnable apply, Runnable revert, Supplier<String> summary) {
    this.name = name;
    this.apply = apply;
    this.revert = revert;
    this.summary = summary;
  }

  /** What the variant changed in its last round, for the report (empty if nothing to say). */
  String summary() {
    return summary.get();
  }

  String name() {
    return name;
  }

  void apply() {
    apply.run();
  }

  void revert() {
    revert.run();
  }

  static TaskQueryVariant named(
      String name,
      ProcessEngineConfigurationImpl configuration,
      JdbcClient jdbc,
      HikariDataSource pool) {
    String configured = configuration.getAuthorizationCheckRevokes();
    return switch (name) {
      case "product" -> new TaskQueryVariant(name, () -> {}, () -> {});
      case "pg-default-cost" ->
          new TaskQueryVariant(
              name,
              () -> everyConnection(pool, "set random_page_cost = 4"),
              () -> everyConnection(pool, "reset random_page_cost"));
      case "jit-off" ->
          new TaskQueryVariant(
              name,
              () -> everyConnection(pool, "set jit = off"),
              () -> everyConnection(pool, "reset jit"));
      case "jit-on" ->
          new TaskQueryVariant(
              name,
              () -> everyConnection(pool, "set jit = on"),
              () -> everyConnection(pool, "reset jit"));
      case "revokes-auto" ->
          new TaskQueryVariant(
              name,
              () -> configuration.setAuthorizationCheckRevokes("auto"),
              () -> configuration.setAuthorizationCheckRevokes(configured));
      case "definition-grants" -> {
        DefinitionGrants model = new DefinitionGrants(jdbc);
        yield new TaskQueryVariant(
            name,
            model::apply,
            model::revert,
            () ->
                String.format(
                    Locale.ROOT,
                    "per-task grant rows moved aside: %d, definition-level grants written: %d",
                    model.movedTaskGrants(),
                    model.definitionGrants()));
      }
      case "candidate" -> {
        List<String> creates = statements(System.getProperty("bench.taskquery.indexes", ""));
        yield new TaskQueryVariant(name, () -> create(jdbc, creates), () -> drop(jdbc, creates));
      }
      default ->
          throw new IllegalArgumentException(
              "Unknown task query variant "
                  + name
                  + ", known: product, pg-default-cost, jit-off, jit-on, revokes-auto,"
                  + " definition-grants, candidate");
    };
  }

  /**
   * A session setting on every connection of the pool (the benchmark is the pool's only user, one
   * request at a time): all connections are taken at once so that none is missed; RESET returns to
   * the product's value.
   */
  private static void everyConnection(HikariDataSource pool, String sql) {
    List<Connection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
        Connection connection = pool.getConnection();
        connections.add(connection);
        try (Statement statement = connection.createStatement()) {
          statement.execute(sql);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    } finally {
      for (Connection connection : connections) {
        try {
          connection.close();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private static void create(JdbcClient jdbc, List<String> creates) {
    creates.forEach(sql -> jdbc.sql(sql).update());
    jdbc.sql("analyze act_ru_task").update();
    jdbc.sql("analyze act_ru_identitylink").update();
    jdbc.sql("analyze act_ru_authorization").update();
  }

  private static void drop(JdbcClient jdbc, List<String> creates) {
    for (String sql : creates) {
      Matcher matcher = INDEX_NAME.matcher(sql);
      if (matcher.find()) {
        jdbc.sql("drop index if exists " + matcher.group(1)).update();
      }
    }
  }

  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    for (String statement : script.replaceAll("(?m)--.*$", "").split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.trim());
      }
    }
    return statements;
  }
}
