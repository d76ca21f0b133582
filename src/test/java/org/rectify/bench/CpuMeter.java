package org.rectify.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU seconds spent during a flush by this JVM (the in-process node and the GreenMail sink), the
 * second node's JVM and the PostgreSQL backends of the bench database (from {@code /proc}, Linux):
 * a figure that a loaded, shared machine distorts far less than the elapsed time.
 */
final class CpuMeter {

  private static final double TICKS_PER_SECOND = 100.0;

  private final JdbcClient jdbc;
  private final long secondPid;
  private final double[] start;
  private final Map<Long, Long> backendsAtStart;

  CpuMeter(JdbcClient jdbc, long secondPid) {
    this.jdbc = jdbc;
    this.secondPid = secondPid;
    this.start = read();
    this.backendsAtStart = backends();
  }

  /**
   * CPU seconds since construction: this JVM, the second node, PostgreSQL (backends alive at the
   * end).
   */
  double[] seconds() {
    double[] now = read();
    long pgTicks = 0;
    for (Map.Entry<Long, Long> backend : backends().entrySet()) {
      pgTicks += backend.getValue() - backendsAtStart.getOrDefault(backend.getKey(), 0L);
    }
    return new double[] {now[0] - start[0], now[1] - start[1], pgTicks / TICKS_PER_SECOND};
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }

  private double[] read() {
    double jvm =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            / 1e9;
    double node = secondPid > 0 ? ticks(secondPid) / TICKS_PER_SECOND : 0;
    return new double[] {jvm, node};
  }

  /**
   * The backends of the bench database with their CPU ticks (pooled: they live across the flush).
   */
  private Map<Long, Long> backends() {
    Map<Long, Long> ticks = new HashMap<>();
    for (Long pid :
        jdbc.sql("select pid from pg_stat_activity where datname = current_database()")
            .query(Long.class)
            .list()) {
      ticks.put(pid, ticks(pid));
    }
    return ticks;
  }

  /** utime + stime of a process (and its finished children are not counted), 0 when it is gone. */
  private static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
