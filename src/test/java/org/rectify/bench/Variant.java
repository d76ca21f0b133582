package org.rectify.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A configuration of the Rectify side: the product as configured ({@code product}) or the product
 * with one setting put back to its earlier value, so each tuning step is measured before/after in
 * the same run against the same bare engine. Properties are Spring properties given on the command
 * line (highest precedence).
 */
record Variant(String name, String description, List<String> properties) {

  /** Options of the H2 URL this variant changes ("h2.NAME=value" among its properties). */
  List<String> h2Options() {
    return properties.stream()
        .filter(p -> p.startsWith(H2_OPTION))
        .map(p -> p.substring(H2_OPTION.length()))
        .toList();
  }

  /** The variant's Spring properties (without its H2 URL options). */
  List<String> springProperties() {
    return properties.stream().filter(p -> !p.startsWith(H2_OPTION)).toList();
  }

  private static final String H2_OPTION = "h2.";

  private static final String REWRITE =
      "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=false";
  private static final String REVOKES =
      "camunda.bpm.authorization.authorization-check-revokes=auto";
  private static final String GROUPS = "rectify.engine.prefilter-authorized-groups=true";
  private static final String DETAILS = "rectify.engine.history-variable-details=true";
  private static final List<String> EVENTING =
      List.of(
          "camunda.bpm.eventing.execution=true",
          "camunda.bpm.eventing.task=true",
          "camunda.bpm.eventing.history=true");
  private static final String STRONG_UUID = "camunda.bpm.id-generator=strong";
  private static final String DB_IDS = "camunda.bpm.id-generator=simple";
  private static final String QUERY_CACHE = "h2.QUERY_CACHE_SIZE=8";
  private static final String NEW_TASK_GRANTS = "rectify.engine.lookup-grants-of-new-tasks=true";

  static final Map<String, Variant> ALL =
      Stream.of(
              new Variant("product", "Rectify as configured in application*.yaml", List.of()),
              new Variant(
                  "before-all",
                  "every tuning step below reverted (configuration before issue 11)",
                  concat(
                      List.of(REWRITE, REVOKES, GROUPS, DETAILS, QUERY_CACHE, NEW_TASK_GRANTS),
                      EVENTING)),
              new Variant(
                  "no-rewrite",
                  "without reWriteBatchedInserts (PostgreSQL driver)",
                  List.of(REWRITE)),
              new Variant(
                  "revokes-auto",
                  "authorization-check-revokes=auto (engine default)",
                  List.of(REVOKES)),
              new Variant(
                  "group-prefilter",
                  "engine's authorized-group pre-filter query back on",
                  List.of(GROUPS)),
              new Variant(
                  "variable-details",
                  "ACT_HI_DETAIL rows for every variable change back on",
                  List.of(DETAILS)),
              new Variant(
                  "h2-query-cache-8",
                  "H2's default query cache of 8 statements per connection",
                  List.of(QUERY_CACHE)),
              new Variant(
                  "new-task-grant-lookup",
                  "engine looks up grants of tasks created in the same command",
                  List.of(NEW_TASK_GRANTS)),
              new Variant(
                  "eventing-on", "Spring Boot starter's engine event publishing back on", EVENTING),
              new Variant(
                  "db-ids",
                  "DbIdGenerator (blocks of 100 from ACT_GE_PROPERTY) instead of StrongUuid",
                  List.of(DB_IDS)),
              new Variant(
                  "strong-ids", "StrongUuidGenerator (starter default)", List.of(STRONG_UUID)),
              new Variant(
                  "jobs-wide",
                  "job executor: 10 jobs per acquisition, queue 10, 1 s idle wait",
                  List.of(
                      "camunda.bpm.job-execution.max-jobs-per-acquisition=10",
                      "camunda.bpm.job-execution.queue-capacity=10",
                      "camunda.bpm.job-execution.wait-time-in-millis=1000",
                      "camunda.bpm.job-execution.max-wait=1000")))
          .collect(Collectors.toMap(Variant::name, v -> v, (a, b) -> a, LinkedHashMap::new));

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  static Variant named(String name) {
    Variant variant = ALL.get(name);
    if (variant == null) {
      throw new IllegalArgumentException("Unknown variant " + name + ", known: " + ALL.keySet());
    }
    return variant;
  }
}
