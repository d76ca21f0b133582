package org.rectify.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The benchmark's output: human-readable lines and {@code BENCH <name> <value> <unit>} lines for
 * scripts. Standard output is this command's contract (the figures are what it is run for), so it
 * prints there directly.
 */
final class Report {

  private static final PrintStream OUT = System.out;

  private Report() {}

  static void line(String format, Object... args) {
    OUT.println(String.format(Locale.ROOT, format, args));
    OUT.flush();
  }

  static void bench(String name, double value, String unit) {
    line("BENCH %s %.3f %s", name, value, unit);
  }
}
