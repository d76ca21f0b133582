package org.rectify.reliability.cluster;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's PostgreSQL 15 cluster, restarted for scenario 4 the way an administrator would
 * ({@code pg_ctlcluster --skip-systemctl-redirect 15 main restart}) and always left running
 * afterwards.
 */
final class PostgresControl {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresControl.class);
  private static final List<String> CTL =
      List.of("pg_ctlcluster", "--skip-systemctl-redirect", "15", "main");

  private PostgresControl() {}

  /** Restarts PostgreSQL; returns the seconds it took until it accepted connections again. */
  static double restart() throws IOException, InterruptedException {
    long started = System.nanoTime();
    LOG.info("restarting PostgreSQL under load");
    run(concat("restart"));
    awaitReady();
    return (System.nanoTime() - started) / 1e9;
  }

  /**
   * Starts PostgreSQL if it is not accepting connections (after a failed run), so nothing is left
   * down.
   */
  static void ensureRunning() throws IOException, InterruptedException {
    if (!isReady()) {
      LOG.warn("PostgreSQL is down after the suite: starting it again");
      run(concat("start"));
      awaitReady();
    }
  }

  private static void awaitReady() throws IOException, InterruptedException {
    for (int i = 0; i < 60 && !isReady(); i++) {
      Thread.sleep(500);
    }
    if (!isReady()) {
      throw new IllegalStateException("PostgreSQL does not accept connections after 30 s");
    }
  }

  private static boolean isReady() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q").inheritIO().start();
    return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  private static List<String> concat(String action) {
    List<String> command = new java.util.ArrayList<>(CTL);
    command.add(action);
    return command;
  }
}
