package org.rectify.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Multiplies one real open measure (started and claimed through the engine, waiting at its
 * department's progress task) into many, in PostgreSQL, by copying its runtime rows with suffixed
 * ids: executions, the task, its identity links, variables, authorizations, timer jobs and its
 * history (instance, tasks, variables; activity instance ids are kept, their ids would not fit a
 * suffix). Driving 100,000 instances through the engine would take hours here; the copies are
 * row-for-row what the engine wrote, so queries and jobs see the same shapes.
 */
final class OpenTaskCloner {

  private final JdbcClient jdbc;

  OpenTaskCloner(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds {@code copies} copies of the instance; ids get the suffix {@code -<tag><n>}. */
  void clone(String instanceId, String tag, int copies) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(instanceId);
    ids.addAll(
        jdbc.sql("select id_ from act_ru_execution where proc_inst_id_ = :p")
            .param("p", instanceId)
            .query(String.class)
            .list());
    ids.addAll(
        jdbc.sql("select id_ from act_ru_task where proc_inst_id_ = :p")
            .param("p", instanceId)
            .query(String.class)
            .list());
    String idList = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    copy("act_ru_execution", "proc_inst_id_ = '" + instanceId + "'", idList, tag, copies);
    copy("act_ru_task", "proc_inst_id_ = '" + instanceId + "'", idList, tag, copies);
    copy("act_ru_identitylink", "task_id_ in (" + idList + ")", idList, tag, copies);
    copy("act_ru_variable", "proc_inst_id_ = '" + instanceId + "'", idList, tag, copies);
    copy("act_ru_authorization", "resource_id_ in (" + idList + ")", idList, tag, copies);
    copy("act_ru_job", "process_instance_id_ = '" + instanceId + "'", idList, tag, copies);
    for (String table : List.of("act_hi_procinst", "act_hi_taskinst", "act_hi_varinst")) {
      copy(table, "proc_inst_id_ = '" + instanceId + "'", idList, tag, copies);
    }
  }

  /**
   * Copies keep their original's creation time, so a department's copies would all tie in
   * Tasklist's sort order (newest first) and every page would be an arbitrary pick. Real tasks
   * arrive over time: spreads the open tasks' creation times one minute apart in a pseudo-random
   * order (departments interleaved), history alike.
   */
  void spreadCreationTimes() {
    jdbc.sql(
            "update act_ru_task t set create_time_ = t.create_time_ - s.n * interval '1 minute' from"
                + " (select id_, row_number() over (order by md5(id_)) n from act_ru_task) s where s.id_ = t.id_")
        .update();
    jdbc.sql(
            "update act_hi_taskinst h set start_time_ = t.create_time_ from act_ru_task t where t.id_ = h.id_")
        .update();
  }

  void analyze() {
    for (String table :
        List.of(
            "act_ru_execution",
            "act_ru_task",
            "act_ru_identitylink",
            "act_ru_variable",
            "act_ru_authorization",
            "act_ru_job",
            "act_hi_procinst",
            "act_hi_taskinst",
            "act_hi_varinst")) {
      jdbc.sql("analyze " + table).update();
    }
  }

  private void copy(String table, String where, String idList, String tag, int copies) {
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (var column :
        jdbc.sql(
                "select column_name, data_type from information_schema.columns"
                    + " where table_name = :t order by ordinal_position")
            .param("t", table)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list()) {
      String name = column[0];
      columns.add(name);
      boolean text = column[1].contains("char") || column[1].equals("text");
      if (name.equals("id_") || name.equals("business_key_")) {
        values.add(name + " || '-" + tag + "' || g");
      } else if (text) {
        values.add(
            "case when "
                + name
                + " in ("
                + idList
                + ") then "
                + name
                + " || '-"
                + tag
                + "' || g else "
                + name
                + " end");
      } else {
        values.add(name);
      }
    }
    jdbc.sql(
            "insert into "
                + table
                + " ("
                + String.join(",", columns)
                + ") select "
                + String.join(",", values)
                + " from "
                + table
                + " cross join generate_series(1, "
                + copies
                + ") g where "
                + where)
        .update();
  }
}
