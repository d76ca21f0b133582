package org.rectify.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * Where the statements go: runs one happy path on each side with the engine's MyBatis statement log
 * and Spring's JDBC log switched on and counts the statements per mapped statement, so a tuning
 * step can aim at what is executed most. Counts, not times: valid on a noisy machine.
 */
final class SqlProfile {

  private static final String[] LOGGERS = {
    "org.camunda.bpm.engine.impl.persistence.entity",
    "org.camunda.bpm.engine.impl.history.event",
    "org.camunda.bpm.engine.impl.batch",
    "org.springframework.jdbc.core.JdbcTemplate"
  };

  private SqlProfile() {}

  static void run(Database database, Variant variant) {
    String bareDb = "rectify_bench_bare";
    String rectifyDb = "rectify_bench_profile";
    var properties =
        new java.util.ArrayList<>(
            database.springProperties(database.create(rectifyDb), variant.h2Options()));
    properties.addAll(variant.springProperties());
    try (Workload bare =
            new BareEngine(
                database.label(), database.create(bareDb), database.user(), database.password());
        Workload rectify = new RectifyApp(variant.name(), properties)) {
      bare.run(3);
      rectify.run(3);
      count(bare);
      count(rectify);
    } finally {
      database.drop(bareDb);
      database.drop(rectifyDb);
    }
  }

  private static void count(Workload workload) {
    Map<String, AtomicInteger> counts = new TreeMap<>();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    AppenderBase<ILoggingEvent> appender =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent event) {
            String message = event.getFormattedMessage();
            if (message.startsWith("==>  Preparing")
                || message.startsWith("Executing prepared SQL statement")) {
              String key =
                  message.startsWith("Executing")
                      ? "spring-jdbc " + firstWords(message)
                      : event
                          .getLoggerName()
                          .replace("org.camunda.bpm.engine.impl.persistence.entity.", "")
                          .replace("org.camunda.bpm.engine.impl.", "");
              counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
          }
        };
    appender.setContext(context);
    appender.start();
    for (String name : LOGGERS) {
      Logger logger = context.getLogger(name);
      logger.setLevel(Level.DEBUG);
      logger.addAppender(appender);
      logger.setAdditive(false);
    }
    workload.run(1);
    for (String name : LOGGERS) {
      Logger logger = context.getLogger(name);
      logger.detachAppender(appender);
      logger.setLevel(Level.WARN);
    }
    int total = counts.values().stream().mapToInt(AtomicInteger::get).sum();
    Report.line("== statements of one happy path, %s: %d", workload.name(), total);
    counts.forEach((k, v) -> Report.line("  %4d %s", v.get(), k));
    Report.bench(
        "sql."
            + (workload instanceof BareEngine ? "bare" : "rectify." + workload.name())
            + ".statements_per_happy_path",
        total,
        "statements");
  }

  private static String firstWords(String message) {
    String sql = message.substring(message.indexOf('[') + 1).replaceAll("\\s+", " ");
    return sql.length() > 60 ? sql.substring(0, 60) : sql;
  }
}
