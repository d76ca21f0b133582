package org.rectify.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Bare Camunda and Rectify side by side on one database: both are built, warmed up, then measured
 * in alternating order (bare first on even iterations, Rectify first on odd ones) so that the
 * machine's noise hits both alike. Figure: completed user tasks per second; ratio = Rectify / bare,
 * per iteration and of the means.
 */
final class ThroughputBenchmark {

  private final int warmup;
  private final int iterations;
  private final int instances;

  ThroughputBenchmark(int warmup, int iterations, int instances) {
    this.warmup = warmup;
    this.iterations = iterations;
    this.instances = instances;
  }

  /** Returns the ratio of the means. */
  double run(Database database, Variant variant) {
    String prefix = database.label() + "." + variant.name();
    String bareDb = "rectify_bench_bare";
    String rectifyDb = "rectify_bench_" + variant.name().replace('-', '_');
    Report.line(
        "== %s: bare vs rectify [%s] — %s", database, variant.name(), variant.description());
    try (Workload bare =
            Retry.on(
                "bare engine start",
                () ->
                    new BareEngine(
                        database.label(),
                        database.create(bareDb),
                        database.user(),
                        database.password()));
        Workload rectify =
            Retry.on(
                "rectify start",
                () ->
                    new RectifyApp(
                        variant.name(),
                        concat(
                            database.springProperties(
                                database.create(rectifyDb), variant.h2Options()),
                            variant.springProperties())))) {
      for (int i = 0; i < warmup; i++) {
        Retry.on(
            "warm-up",
            () -> {
              bare.run(instances);
              rectify.run(instances);
              return null;
            });
      }
      Figures bareFigures = new Figures();
      Figures rectifyFigures = new Figures();
      Figures ratios = new Figures();
      for (int i = 0; i < iterations; i++) {
        double[] figures = Retry.on("iteration " + (i + 1), () -> iteration(bare, rectify));
        bareFigures.add(figures[0]);
        rectifyFigures.add(figures[1]);
        ratios.add(figures[1] / figures[0]);
        Report.line(
            "  iteration %d: bare %.1f tasks/s, rectify %.1f tasks/s, ratio %.3f",
            i + 1, figures[0], figures[1], figures[1] / figures[0]);
      }
      double ratio = rectifyFigures.mean() / bareFigures.mean();
      Report.line("  bare    %s", bareFigures.describe("tasks/s"));
      Report.line("  rectify %s", rectifyFigures.describe("tasks/s"));
      Report.line("  ratio   %.3f x of the means; per iteration %s", ratio, ratios.describe("x"));
      Report.bench(prefix + ".bare_tasks_per_s", bareFigures.mean(), "tasks/s");
      Report.bench(prefix + ".rectify_tasks_per_s", rectifyFigures.mean(), "tasks/s");
      Report.bench(prefix + ".ratio_rectify_vs_bare", ratio, "x");
      Report.bench(prefix + ".ratio_median", ratios.median(), "x");
      Report.bench(prefix + ".ratio_min", ratios.min(), "x");
      Report.bench(prefix + ".ratio_max", ratios.max(), "x");
      return ratio;
    } finally {
      Retry.on(
          "drop",
          () -> {
            database.drop(bareDb);
            database.drop(rectifyDb);
            return null;
          });
    }
  }

  /**
   * One measured iteration: {@code instances} rounds of one bare and one Rectify happy path, the
   * order alternating each round, so that a burst of load from elsewhere on the machine hits both
   * sides alike.
   */
  private double[] iteration(Workload bare, Workload rectify) {
    long bareNanos = 0;
    long rectifyNanos = 0;
    for (int round = 0; round < instances; round++) {
      if (round % 2 == 0) {
        bareNanos += timed(bare);
        rectifyNanos += timed(rectify);
      } else {
        rectifyNanos += timed(rectify);
        bareNanos += timed(bare);
      }
    }
    double tasks = instances * HappyPath.userTasks();
    return new double[] {tasks / (bareNanos / 1e9), tasks / (rectifyNanos / 1e9)};
  }

  private static long timed(Workload workload) {
    long start = System.nanoTime();
    workload.run(1);
    return System.nanoTime() - start;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
