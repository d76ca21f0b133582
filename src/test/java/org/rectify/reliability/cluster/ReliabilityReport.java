package org.rectify.reliability.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures of each scenario, as one comparable line ({@code RELIABILITY <scenario> sent=…
 * expected=… duplicates=… lost=… seconds=…}), logged and appended to {@code
 * target/reliability/summary.txt} (CI prints it).
 */
final class ReliabilityReport {

  private static final Logger LOG = LoggerFactory.getLogger("RELIABILITY");

  private final Path summary;

  ReliabilityReport(Path summary) {
    this.summary = summary;
  }

  /** The figures of one mail scenario. */
  record Figures(
      String scenario,
      int sent,
      int expected,
      int duplicates,
      int lost,
      double seconds,
      String extra) {
    String line() {
      return String.format(
          Locale.ROOT,
          "RELIABILITY %s sent=%d expected=%d duplicates=%d lost=%d seconds=%.1f%s",
          scenario,
          sent,
          expected,
          duplicates,
          lost,
          seconds,
          extra.isEmpty() ? "" : " " + extra);
    }
  }

  void print(Figures figures) {
    write(figures.line());
  }

  void write(String line) {
    LOG.info(line);
    try {
      Files.writeString(
          summary,
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + summary, e);
    }
  }
}
