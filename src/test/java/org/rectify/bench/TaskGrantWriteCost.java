package org.rectify.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The write side of the two task visibility models: what creating work costs with the engine's
 * per-task grants (product) and without them (definition-level grants, which are written once per
 * group and definition, not per task). One unit of work is a measure registered and claimed ({@link
 * RectifyApp#startAtProgress}): two user tasks created (the claim task, then the progress task),
 * the first completed. Per side: the grant rows left on the open progress task, the statements
 * executed (MyBatis executions, batched ones counted one by one, and Spring JDBC statements) and
 * the time, interleaved in rounds on the 100k database.
 */
final class TaskGrantWriteCost {

  private static final String[] LOGGERS = {
    "org.camunda.bpm.engine.impl.persistence.entity",
    "org.camunda.bpm.engine.impl.history.event",
    "org.springframework.jdbc.core.JdbcTemplate"
  };

  private final RectifyApp app;
  private final ProcessEngine engine;
  private final JdbcClient jdbc;
  private final String department;

  TaskGrantWriteCost(RectifyApp app, JdbcClient jdbc, String department) {
    this.app = app;
    this.engine = app.engine();
    this.jdbc = jdbc;
    this.department = department;
  }

  void measure(int creations, int round) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ResourceAuthorizationProvider configured = configuration.getResourceAuthorizationProvider();
    Map<String, ResourceAuthorizationProvider> sides = new LinkedHashMap<>();
    sides.put("product", configured);
    sides.put("definition-grants", new WithoutTaskGrants());
    Report.line(
        "== write side: a measure registered and claimed (2 user tasks created), %d per side in"
            + " rounds of %d, alternating, department %s",
        creations, round, department);
    Map<String, Figures> times = new LinkedHashMap<>();
    List<String> created = new ArrayList<>();
    try {
      for (var side : sides.entrySet()) {
        configuration.setResourceAuthorizationProvider(side.getValue());
        created.add(app.startAtProgress(department)); // warm-up
        created.add(statements(side.getKey()));
        times.put(side.getKey(), new Figures());
      }
      for (int done = 0; done < creations; done += round) {
        for (var side : sides.entrySet()) {
          configuration.setResourceAuthorizationProvider(side.getValue());
          for (int i = 0; i < round; i++) {
            long start = System.nanoTime();
            created.add(app.startAtProgress(department));
            times.get(side.getKey()).add((System.nanoTime() - start) / 1e6);
          }
        }
      }
    } finally {
      configuration.setResourceAuthorizationProvider(configured);
      // a kept database must show the prepared tasks only (those created without task grants
      // would be visible in one model and not in the other)
      engine
          .getRuntimeService()
          .deleteProcessInstances(created, "benchmark write side", true, true);
    }
    times.forEach(
        (side, f) -> {
          List<Double> sorted = f.values().stream().sorted().toList();
          double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
          Report.line(
              "  %-17s registered and claimed: median %.1f ms (p25 %.1f, p75 %.1f, p95 %.1f, n=%d)",
              side,
              f.median(),
              sorted.get(sorted.size() / 4),
              sorted.get(sorted.size() * 3 / 4),
              p95,
              sorted.size());
          Report.bench("taskquery.write." + side + ".registered_and_claimed_ms", f.median(), "ms");
          Report.bench("taskquery.write." + side + ".registered_and_claimed_p95_ms", p95, "ms");
        });
  }

  /**
   * Counts the statements of one more unit of work on the current side and the grant rows its open
   * task and instance have; returns the unit's process instance.
   */
  private String statements(String side) {
    Map<String, AtomicInteger> counts = new TreeMap<>();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    AppenderBase<ILoggingEvent> appender =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent event) {
            String message = event.getFormattedMessage();
            String key = null;
            if (message.startsWith("==> Parameters")) {
              // one execution of a mapped statement (also when the JDBC batch collects it)
              key =
                  event
                      .getLoggerName()
                      .replace("org.camunda.bpm.engine.impl.persistence.entity.", "")
                      .replace("org.camunda.bpm.engine.impl.", "");
            } else if (message.startsWith("Executing prepared SQL statement")
                || message.startsWith("Executing SQL")) {
              key = "spring-jdbc";
            }
            if (key != null) {
              counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
          }
        };
    appender.setContext(context);
    appender.start();
    Map<String, Level> levels = new LinkedHashMap<>();
    for (String name : LOGGERS) {
      Logger logger = context.getLogger(name);
      levels.put(name, logger.getLevel());
      logger.setLevel(Level.DEBUG);
      logger.addAppender(appender);
      logger.setAdditive(false);
    }
    String instanceId;
    try {
      instanceId = app.startAtProgress(department);
    } finally {
      for (String name : LOGGERS) {
        Logger logger = context.getLogger(name);
        logger.detachAppender(appender);
        logger.setLevel(levels.get(name));
        logger.setAdditive(true);
      }
    }
    int total = counts.values().stream().mapToInt(AtomicInteger::get).sum();
    int authorizations =
        counts.entrySet().stream()
            .filter(e -> e.getKey().startsWith("AuthorizationEntity"))
            .mapToInt(e -> e.getValue().get())
            .sum();
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    int taskGrants = grants(Resources.TASK.resourceType(), task.getId());
    int instanceGrants = grants(Resources.PROCESS_INSTANCE.resourceType(), instanceId);
    Report.line(
        "  %-17s statements of one unit: %d, of them on act_ru_authorization: %d %s;"
            + " grant rows on the open task: %d, on its instance: %d",
        side,
        total,
        authorizations,
        counts.entrySet().stream()
            .filter(e -> e.getKey().startsWith("AuthorizationEntity"))
            .map(e -> e.getKey().replace("AuthorizationEntity.", "") + "=" + e.getValue())
            .toList(),
        taskGrants,
        instanceGrants);
    Report.bench("taskquery.write." + side + ".statements_per_unit", total, "statements");
    Report.bench(
        "taskquery.write." + side + ".authorization_statements_per_unit",
        authorizations,
        "statements");
    Report.bench("taskquery.write." + side + ".task_grant_rows_per_task", taskGrants, "rows");
    return instanceId;
  }

  private int grants(int resourceType, String resourceId) {
    return jdbc.sql(
            "select count(*) from act_ru_authorization where resource_type_ = :t and resource_id_ = :id")
        .param("t", resourceType)
        .param("id", resourceId)
        .query(Integer.class)
        .single();
  }

  /**
   * The engine's default grants for everything but tasks: the definition-grant model writes no
   * per-task grants (who works on a task follows from the definition-level grant of the group).
   */
  static final class WithoutTaskGrants extends DefaultAuthorizationProvider {
    @Override
    public AuthorizationEntity[] newTask(Task task) {
      return null;
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(
        Task task, String oldAssignee, String newAssignee) {
      return null;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
      return null;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      return null;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      return null;
    }
  }
}
