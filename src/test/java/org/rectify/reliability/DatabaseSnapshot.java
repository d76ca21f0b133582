package org.rectify.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused request must leave untouched: the row count of every business table (all tables
 * not starting with {@code ACT_}) and of the engine tables that hold running state, identities and
 * authorizations, plus a fingerprint of their content (so a changed assignee or variable counts as
 * a change too).
 */
record DatabaseSnapshot(Map<String, String> tables) {

  private static final Set<String> ENGINE_TABLES =
      Set.of(
          "ACT_RU_EXECUTION",
          "ACT_RU_TASK",
          "ACT_RU_VARIABLE",
          "ACT_HI_PROCINST",
          "ACT_RU_JOB",
          "ACT_RU_AUTHORIZATION",
          "ACT_RU_IDENTITYLINK",
          "ACT_RU_FILTER",
          "ACT_RE_DEPLOYMENT");

  /** Failed logins update the attempt counter of a user row: counted, not fingerprinted. */
  private static final Set<String> COUNT_ONLY = Set.of("ACT_ID_USER");

  static DatabaseSnapshot take(JdbcTemplate jdbc) {
    Map<String, String> tables = new TreeMap<>();
    for (String table : watchedTables(jdbc)) {
      Integer count = jdbc.queryForObject("select count(*) from " + table, Integer.class);
      String content =
          COUNT_ONLY.contains(table.replace("\"", "")) ? "" : " #" + fingerprint(jdbc, table);
      tables.put(table, count + content);
    }
    return new DatabaseSnapshot(tables);
  }

  static List<String> watchedTables(JdbcTemplate jdbc) {
    return jdbc
        .queryForList(
            "select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
            String.class)
        .stream()
        .filter(
            name -> {
              String upper = name.toUpperCase(Locale.ROOT);
              return !upper.startsWith("ACT_")
                  || upper.startsWith("ACT_ID_")
                  || ENGINE_TABLES.contains(upper);
            })
        .map(name -> "\"" + name + "\"")
        .sorted()
        .toList();
  }

  /** Tables whose count or content differ from {@code before}, with both values. */
  List<String> differencesFrom(DatabaseSnapshot before) {
    List<String> differences = new ArrayList<>();
    tables.forEach(
        (table, value) -> {
          String old = before.tables().get(table);
          if (!value.equals(old)) {
            differences.add(table + ": " + old + " -> " + value);
          }
        });
    return differences;
  }

  private static int fingerprint(JdbcTemplate jdbc, String table) {
    List<String> rows = new ArrayList<>();
    for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
      StringBuilder line = new StringBuilder();
      row.forEach(
          (column, value) ->
              line.append(column)
                  .append('=')
                  .append(
                      value instanceof byte[] bytes
                          ? Arrays.hashCode(bytes)
                          : String.valueOf(value))
                  .append(';'));
      rows.add(line.toString());
    }
    rows.sort(null);
    return rows.hashCode();
  }
}
