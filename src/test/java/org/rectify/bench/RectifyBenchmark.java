package org.rectify.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Entry point of {@code ./mvnw -Pbench verify} (see docs/benchmarks.md). System properties choose
 * what runs: {@code bench.suites} (throughput, taskquery, reminders, import), {@code
 * bench.databases} (pg,h2), {@code bench.variants} (product plus before-values of the tuning
 * steps), {@code bench.warmup}, {@code bench.iterations}, {@code bench.instances} (happy paths per
 * iteration and side).
 */
public final class RectifyBenchmark {

  private RectifyBenchmark() {}

  public static void main(String[] args) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
    List<String> suites = list("bench.suites", "throughput");
    Report.line(
        "Rectify benchmark: %d cores, Java %s, %s",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("os.name"));
    if (suites.contains("sqlprofile")) {
      for (String db : list("bench.databases", "pg,h2")) {
        for (String variant : list("bench.variants", "product")) {
          SqlProfile.run(Database.valueOf(db.toUpperCase()), Variant.named(variant));
        }
      }
    }
    if (suites.contains("throughput")) {
      throughput();
    }
    if (suites.contains("startup")) {
      new StartupBenchmark(
              java.nio.file.Path.of(
                  System.getProperty("bench.jar", "target/rectify-0.1.0-SNAPSHOT.jar")))
          .run();
    }
    if (suites.contains("import")) {
      for (String db : list("bench.databases", "pg,h2")) {
        new ImportBenchmark(
                Integer.getInteger("bench.measures", 1000), Integer.getInteger("bench.samples", 3))
            .run(Database.valueOf(db.toUpperCase()));
      }
    }
    if (suites.contains("reminders")) {
      new ReminderFlushBenchmark(Integer.getInteger("bench.reminders", 10_000))
          .run(list("bench.variants", "product"));
    }
    if (suites.contains("taskquery")) {
      new TaskQueryBenchmark(
              Integer.getInteger("bench.tasks", 100_000), Integer.getInteger("bench.samples", 40))
          .run(Variant.named(list("bench.variants", "product").get(0)));
    }
  }

  private static void throughput() {
    ThroughputBenchmark benchmark =
        new ThroughputBenchmark(
            Integer.getInteger("bench.warmup", 2),
            Integer.getInteger("bench.iterations", 5),
            Integer.getInteger("bench.instances", 20));
    Map<String, Double> headline = new LinkedHashMap<>();
    for (String db : list("bench.databases", "pg,h2")) {
      Database database = Database.valueOf(db.toUpperCase());
      for (String variant : list("bench.variants", "product")) {
        double ratio = benchmark.run(database, Variant.named(variant));
        if (variant.equals("product")) {
          headline.put(database.label(), ratio);
        }
      }
    }
    headline.forEach((db, ratio) -> Report.bench("ratio_rectify_vs_bare_" + db, ratio, "x"));
    if (headline.containsKey("pg")) {
      Report.bench("ratio_rectify_vs_bare", headline.get("pg"), "x");
    }
  }

  static List<String> list(String property, String defaults) {
    return Arrays.stream(System.getProperty(property, defaults).split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
