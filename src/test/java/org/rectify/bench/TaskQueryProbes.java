package org.rectify.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The reads of the department filter (本科室待办) a department member causes, each timed and its result
 * kept: Tasklist's list request through the webapp session (HAL: 15 tasks, their shown variables,
 * the count), the filter's count (the number beside its name), the same two on {@code /engine-rest}
 * with HTTP Basic, the two engine calls behind them without HTTP, the engine count of the user's
 * candidate-group tasks with claimed ones included, and what a hostile clerk sends himself without
 * any filter ({@code GET /engine-rest/task} newest first and {@code /task/count}). Variants are
 * measured in alternating rounds (A, B, A, B …) and must return the same tasks and counts — a
 * difference stops the run; only the unfiltered hostile requests may differ between variants (that
 * is what a visibility model decides), not between the samples of one.
 */
final class TaskQueryProbes {

  /**
   * What Tasklist posts for a filter's first page (taskListQuery in camunda-tasklist-bootstrap.js,
   * 7.24).
   */
  static final String TASKLIST_BODY =
      "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortOrder\":\"desc\",\"sortBy\":\"created\"}],"
          + "\"active\":true}";

  private static final String[] SHOWN = {
    "businessNumber", "businessTitle", "departmentName", "dueDateText", "statusColourText"
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final TasklistSession http;
  private final String filterId;
  private final String user;
  private final String department;
  private final Map<String, Supplier<String>> probes = new LinkedHashMap<>();
  private final Map<String, String> expected = new LinkedHashMap<>();

  TaskQueryProbes(
      ProcessEngine engine, TasklistSession http, String filterId, String user, String department) {
    this.engine = engine;
    this.http = http;
    this.filterId = filterId;
    this.user = user;
    this.department = department;
    probes.put("tasklist_page", () -> page(http.sessionList(filterId, TASKLIST_BODY)));
    probes.put("tasklist_count", () -> count(http.sessionCount(filterId)));
    probes.put("rest_basic_page", () -> page(http.basicList(filterId, TASKLIST_BODY)));
    probes.put("rest_basic_count", () -> count(http.basicCount(filterId)));
    probes.put("engine_page", this::enginePage);
    probes.put("engine_count", this::engineCount);
    // the query a filter of the definition-grant model stands for: the user's candidate groups,
    // claimed tasks included
    probes.put("engine_group_count", this::engineGroupCount);
    // what a hostile clerk sends himself, without any filter: only the authorizations decide
    probes.put("hostile_rest_page", () -> ids(http.basicTaskList(15)));
    probes.put("hostile_rest_count", () -> count(http.basicTaskCount()));
  }

  /**
   * Results of the hostile probes per variant ("variant probe" → result); they differ between
   * visibility models, but not between the samples of one.
   */
  Map<String, String> hostileResults() {
    Map<String, String> results = new LinkedHashMap<>();
    expected.forEach(
        (key, value) -> {
          if (key.contains(" hostile_")) {
            results.put(key, value);
          }
        });
    return results;
  }

  /**
   * {@code samples} timed calls of every probe per variant, in rounds of {@code round}, after one
   * warm-up round.
   */
  void compare(List<TaskQueryVariant> variants, int samples, int round) {
    Map<String, Map<String, Figures>> figures = new LinkedHashMap<>();
    variants.forEach(v -> figures.put(v.name(), new LinkedHashMap<>()));
    Report.line(
        "  variants %s, %d samples each in rounds of %d, alternating; load average before: %s",
        variants.stream().map(TaskQueryVariant::name).toList(), samples, round, loadAverage());
    for (int r = -1; r * round < samples; r++) {
      for (TaskQueryVariant variant : variants) {
        try {
          // inside: a variant that fails half-way is reverted too
          variant.apply();
          for (int i = 0; i < (r < 0 ? 3 : round); i++) {
            for (var probe : probes.entrySet()) {
              long start = System.nanoTime();
              String result = probe.getValue().get();
              double ms = (System.nanoTime() - start) / 1e6;
              check(variant.name(), probe.getKey(), result);
              if (r >= 0) {
                figures
                    .get(variant.name())
                    .computeIfAbsent(probe.getKey(), k -> new Figures())
                    .add(ms);
              }
            }
          }
        } finally {
          variant.revert();
        }
      }
    }
    Report.line("  load average after: %s", loadAverage());
    figures.forEach(
        (variant, byProbe) ->
            byProbe.forEach(
                (probe, f) -> {
                  List<Double> sorted = f.values().stream().sorted().toList();
                  double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
                  Report.line(
                      "  %-17s %-18s median %7.1f ms  (p25 %.1f, p75 %.1f, p95 %.1f, min %.1f, max %.1f, n=%d)",
                      variant,
                      probe,
                      f.median(),
                      sorted.get(sorted.size() / 4),
                      sorted.get(sorted.size() * 3 / 4),
                      p95,
                      f.min(),
                      f.max(),
                      sorted.size());
                  Report.bench("taskquery." + variant + "." + probe + "_ms", f.median(), "ms");
                  Report.bench("taskquery." + variant + "." + probe + "_p95_ms", p95, "ms");
                }));
    Report.line(
        "  same result in every variant and sample: true — count %s, first page %s",
        expected.get("engine_count"), expected.get("engine_page"));
  }

  /**
   * Every probe of one kind returns the same tasks and count in every variant and sample; the
   * hostile probes the same in every sample of one variant.
   */
  private void check(String variant, String probe, String result) {
    String kind =
        probe.startsWith("hostile_")
            ? variant + " " + probe
            : probe.endsWith("count") ? "count" : "page";
    String previous = expected.putIfAbsent(kind, result);
    expected.putIfAbsent(probe, result);
    if (previous != null && !previous.equals(result)) {
      throw new IllegalStateException(
          "Different result: " + variant + " " + probe + " → " + result + ", before → " + previous);
    }
  }

  private String enginePage() {
    engine.getIdentityService().setAuthentication(user, List.of(department));
    try {
      // what the REST filter list runs for Tasklist's body: the filter extended by active + newest
      // first
      TaskQuery extension =
          engine.getTaskService().createTaskQuery().active().orderByTaskCreateTime().desc();
      List<Task> tasks = engine.getFilterService().listPage(filterId, extension, 0, 15);
      List<String> scopes = new ArrayList<>();
      tasks.forEach(
          t -> {
            scopes.add(t.getExecutionId());
            scopes.add(t.getProcessInstanceId());
          });
      long variables =
          scopes.isEmpty()
              ? 0
              : engine
                  .getRuntimeService()
                  .createVariableInstanceQuery()
                  .variableNameIn(SHOWN)
                  .variableScopeIdIn(scopes.toArray(String[]::new))
                  .disableBinaryFetching()
                  .disableCustomObjectDeserialization()
                  .list()
                  .size();
      if (variables < tasks.size() * (long) SHOWN.length) {
        throw new IllegalStateException(
            "Shown variables missing: " + variables + " for " + tasks.size() + " tasks");
      }
      long count = engine.getFilterService().count(filterId, extension);
      return count + " " + tasks.stream().map(Task::getId).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String engineCount() {
    engine.getIdentityService().setAuthentication(user, List.of(department));
    try {
      return String.valueOf(engine.getFilterService().count(filterId));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String engineGroupCount() {
    engine.getIdentityService().setAuthentication(user, List.of(department));
    try {
      return String.valueOf(
          engine
              .getTaskService()
              .createTaskQuery()
              .taskCandidateGroupIn(List.of(department))
              .includeAssignedTasks()
              .active()
              .count());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The ids of a plain JSON task list, in order. */
  private static String ids(String json) {
    try {
      List<String> ids = new ArrayList<>();
      JSON.readTree(json).forEach(t -> ids.add(t.path("id").asText()));
      return ids.toString();
    } catch (IOException e) {
      throw new IllegalStateException(json, e);
    }
  }

  /**
   * "count [ids]" of a HAL task list, after checking that every task came with its shown variables.
   */
  private static String page(String hal) {
    try {
      JsonNode root = JSON.readTree(hal);
      List<String> ids = new ArrayList<>();
      root.path("_embedded")
          .path("task")
          .forEach(
              t -> {
                ids.add(t.path("id").asText());
                JsonNode variables = t.path("_embedded").path("variable");
                if (variables.size() < SHOWN.length) {
                  throw new IllegalStateException(
                      "Task " + t.path("id").asText() + " without its shown variables: " + hal);
                }
              });
      return root.path("count").asText() + " " + ids;
    } catch (IOException e) {
      throw new IllegalStateException(hal, e);
    }
  }

  private static String count(String json) {
    try {
      return Objects.requireNonNull(JSON.readTree(json).path("count").asText());
    } catch (IOException e) {
      throw new IllegalStateException(json, e);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }
}
