package org.rectify.bench;

import java.util.function.Supplier;

/**
 * Repeats a benchmark step that failed because the database went away (the shared PostgreSQL is
 * restarted by other suites on this machine): the failed attempt is reported and discarded, never
 * counted.
 */
final class Retry {

  private static final int ATTEMPTS = 5;

  private Retry() {}

  static <T> T on(String step, Supplier<T> action) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return action.get();
      } catch (RuntimeException e) {
        last = e;
        Report.line(
            "  %s failed (attempt %d of %d, discarded): %s",
            step, attempt, ATTEMPTS, rootMessage(e));
        pause();
      }
    }
    throw last;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void pause() {
    try {
      Thread.sleep(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
