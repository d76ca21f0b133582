package org.rectify.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The two committed lists of the journey ratchet ({@code src/test/resources/journeys/}): {@code
 * walked.txt} names, per journey, the user tasks that journey completes in the browser (each
 * journey asserts it completes exactly its lines); {@code not-yet-walked.txt} the user tasks no
 * journey completes yet. A user task is written {@code <process id> <user task id>}.
 */
final class WalkedTasks {

  static final String WALKED = "journeys/walked.txt";
  static final String NOT_YET_WALKED = "journeys/not-yet-walked.txt";

  /** One line of {@code walked.txt}. */
  record Entry(String journey, String userTask) {}

  private WalkedTasks() {}

  static List<Entry> walked() {
    return lines(WALKED).stream()
        .map(line -> line.split("\\s+", 2))
        .map(parts -> new Entry(parts[0], normalised(parts[1])))
        .toList();
  }

  /** The user tasks ({@code process task}) {@code walked.txt} declares for one journey. */
  static Set<String> declaredBy(String journey) {
    return walked().stream()
        .filter(entry -> entry.journey().equals(journey))
        .map(Entry::userTask)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static List<String> notYetWalked() {
    return lines(NOT_YET_WALKED).stream().map(WalkedTasks::normalised).toList();
  }

  static String userTask(String processId, String taskId) {
    return processId + " " + taskId;
  }

  private static String normalised(String userTask) {
    return String.join(" ", userTask.strip().split("\\s+"));
  }

  /** Non-blank lines without {@code #} comments. */
  private static List<String> lines(String resource) {
    InputStream in = WalkedTasks.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String content = line.replaceFirst("#.*", "").strip();
        if (!content.isEmpty()) {
          lines.add(content);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
