package org.rectify.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Bare Camunda and Rectify side by side on one database: both are built, warmed up, then measured in alternating
 * order (bare first on even iterations, Rectify first on odd ones) so that the machine's noise hits both alike.
 * Figure: completed user tasks per second; ratio = Rectify / bare, per iteration and of the means.
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
    Report.line("== %s: bare vs rectify [%s] — %s", database, variant.name(), variant.description());
    List<String> properties = new ArrayList<>(database.springProperties(database.create(rectifyDb)));
    properties.addAll(variant.properties());
    try (Workload bare = new BareEngine(database.label(), database.create(bareDb), database.user(),
            database.password());
        Workload rectify = new RectifyApp(variant.name(), properties)) {
      for (int i = 0; i < warmup; i++) {
        bare.run(instances);
        rectify.run(instances);
      }
      Figures bareFigures = new Figures();
      Figures rectifyFigures = new Figures();
      Figures ratios = new Figures();
      for (int i = 0; i < iterations; i++) {
        double b;
        double r;
        if (i % 2 == 0) {
          b = tasksPerSecond(bare);
          r = tasksPerSecond(rectify);
        } else {
          r = tasksPerSecond(rectify);
          b = tasksPerSecond(bare);
        }
        bareFigures.add(b);
        rectifyFigures.add(r);
        ratios.add(r / b);
        Report.line("  iteration %d: bare %.1f tasks/s, rectify %.1f tasks/s, ratio %.3f", i + 1, b, r, r / b);
      }
      double ratio = rectifyFigures.mean() / bareFigures.mean();
      Report.line("  bare    %s", bareFigures.describe("tasks/s"));
      Report.line("  rectify %s", rectifyFigures.describe("tasks/s"));
      Report.line("  ratio   %.3f x (per-iteration %s)", ratio, ratios.describe("x"));
      Report.bench(prefix + ".bare_tasks_per_s", bareFigures.mean(), "tasks/s");
      Report.bench(prefix + ".rectify_tasks_per_s", rectifyFigures.mean(), "tasks/s");
      Report.bench(prefix + ".ratio_rectify_vs_bare", ratio, "x");
      Report.bench(prefix + ".ratio_min", ratios.min(), "x");
      Report.bench(prefix + ".ratio_max", ratios.max(), "x");
      return ratio;
    } finally {
      database.drop(bareDb);
      database.drop(rectifyDb);
    }
  }

  private double tasksPerSecond(Workload workload) {
    long start = System.nanoTime();
    workload.run(instances);
    double seconds = (System.nanoTime() - start) / 1e9;
    return instances * HappyPath.userTasks() / seconds;
  }
}
