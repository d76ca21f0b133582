package org.rectify.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The department filter (本科室待办) at scale on PostgreSQL: {@code bench.tasks} open progress tasks
 * spread over 16 departments, then the request Tasklist makes for the filter's first page (HAL list
 * with the filter's shown variables embedded) and its count, as a department member: over the
 * Tasklist session, over {@code /engine-rest} with Basic and inside the engine ({@link
 * TaskQueryProbes}); variants ({@link TaskQueryVariant}) interleaved. With the {@code
 * definition-grants} variant also the write side of the two visibility models ({@link
 * TaskGrantWriteCost}).
 */
final class TaskQueryBenchmark {

  static final int DEPARTMENTS = 16;
  private static final String PASSWORD = "Bench-User-2026";

  private final int tasks;
  private final int samples;

  TaskQueryBenchmark(int tasks, int samples) {
    this.tasks = tasks;
    this.samples = samples;
  }

  void run(Variant variant) {
    // own database per run (parallel runs must not drop each other's); kept for psql with
    // bench.taskquery.keep,
    // reused (no second 100k preparation) when bench.taskquery.db names a kept one
    String db =
        System.getProperty(
            "bench.taskquery.db", "rectify_bench_taskquery_" + ProcessHandle.current().pid());
    boolean keep = Boolean.getBoolean("bench.taskquery.keep");
    Database database = Database.PG;
    boolean reuse = PostgresDatabases.exists(db);
    List<String> properties =
        new ArrayList<>(
            database.springProperties(reuse ? PostgresDatabases.url(db, "") : database.create(db)));
    properties.addAll(variant.properties());
    try (RectifyApp app = new RectifyApp("taskquery", properties)) {
      JdbcClient jdbc = app.context().getBean(JdbcClient.class);
      ProcessEngine engine = app.engine();
      long start = System.nanoTime();
      OpenTaskCloner cloner = new OpenTaskCloner(jdbc);
      List<String> departments;
      if (reuse) {
        departments =
            jdbc.sql("select id from org_department order by sort_order")
                .query(String.class)
                .list();
        Report.line("== reusing the prepared database %s", db);
      } else {
        departments = departments(jdbc, engine.getIdentityService());
        int perDepartment = tasks / departments.size();
        for (String department : departments) {
          String instanceId = app.startAtProgress(department);
          cloner.clone(
              instanceId, department.substring(0, 3) + department.length(), perDepartment - 1);
        }
      }
      if (!reuse) {
        cloner.spreadCreationTimes();
      }
      // autovacuum's analyze would come minutes after such a bulk copy; the benchmark runs at once
      cloner.analyze();
      long open = engine.getTaskService().createTaskQuery().count();
      Report.line(
          "== task query at scale: %d open tasks in %d departments (prepared in %.0f s)",
          open, departments.size(), (System.nanoTime() - start) / 1e9);
      String filterId =
          engine.getFilterService().createFilterQuery().filterName("本科室待办").singleResult().getId();
      // a business department's member (no spot-check revokes apply to them)
      String department =
          departments.contains(HappyPath.DEPARTMENT) ? HappyPath.DEPARTMENT : departments.get(0);
      String user = "bench" + department;
      int port = Integer.parseInt(app.context().getEnvironment().getProperty("local.server.port"));
      TaskQueryProbes probes =
          new TaskQueryProbes(
              engine, new TasklistSession(port, user, PASSWORD), filterId, user, department);
      var configuration =
          (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
              engine.getProcessEngineConfiguration();
      List<TaskQueryVariant> variants =
          RectifyBenchmark.list("bench.taskquery.variants", "product,pg-default-cost").stream()
              .map(
                  name ->
                      TaskQueryVariant.named(
                          name, configuration, jdbc, app.context().getBean(HikariDataSource.class)))
              .toList();
      probes.compare(variants, samples, Integer.getInteger("bench.taskquery.round", 5));
      variants.forEach(
          v -> {
            if (!v.summary().isEmpty()) {
              Report.line("  %s: %s", v.name(), v.summary());
            }
          });
      hostile(jdbc, probes, department, open);
      grantRows(jdbc, open);
      if (variants.stream().anyMatch(v -> v.name().equals("definition-grants"))) {
        new TaskGrantWriteCost(app, jdbc, department)
            .measure(
                Integer.getInteger("bench.taskquery.writes", 40),
                Integer.getInteger("bench.taskquery.round", 5));
      }
      explain(jdbc);
    } finally {
      if (keep) {
        Report.line("== database %s kept (drop database %s with (force))", db, db);
      } else {
        database.drop(db);
      }
    }
  }

  /** The bureau's twelve departments plus four more, each with a member who logs into Tasklist. */
  private static List<String> departments(JdbcClient jdbc, IdentityService identity) {
    for (int i = 13; i <= DEPARTMENTS; i++) {
      jdbc.sql(
              "insert into org_department (id, name, kind, head_user_id, leader_user_id, sort_order)"
                  + " values (:id, :name, 'BUSINESS', :head, :leader, :order)")
          .param("id", "benchDept" + i)
          .param("name", "基准科室" + i)
          .param("head", "benchDept" + i + "Head")
          .param("leader", HappyPath.LEADER)
          .param("order", 1000 + i)
          .update();
      var group = identity.newGroup("benchDept" + i);
      group.setName("基准科室" + i);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    List<String> departments =
        jdbc.sql("select id from org_department order by sort_order").query(String.class).list();
    for (String department : departments) {
      User user = identity.newUser("bench" + department);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(user.getId(), department);
    }
    return departments;
  }

  /**
   * What the unfiltered query of a hostile clerk returned per variant: how many tasks, and how many
   * of the 15 on its first page belong to other departments (candidate group not his).
   */
  private static void hostile(
      JdbcClient jdbc, TaskQueryProbes probes, String department, long open) {
    probes
        .hostileResults()
        .forEach(
            (key, result) -> {
              String variant = key.substring(0, key.indexOf(' '));
              if (key.endsWith("hostile_rest_count")) {
                Report.line(
                    "  %-17s unfiltered GET /engine-rest/task/count as the clerk: %s of %d open"
                        + " tasks",
                    variant, result, open);
                Report.bench(
                    "taskquery." + variant + ".hostile_visible_tasks",
                    Double.parseDouble(result),
                    "tasks");
              } else {
                List<String> ids =
                    result.isEmpty() || result.equals("[]")
                        ? List.of()
                        : List.of(result.substring(1, result.length() - 1).split(", "));
                int foreign =
                    ids.isEmpty()
                        ? 0
                        : jdbc.sql(
                                "select count(distinct task_id_) from act_ru_identitylink where"
                                    + " task_id_ in (:ids) and type_ = 'candidate' and group_id_ <> :d")
                            .param("ids", ids)
                            .param("d", department)
                            .query(Integer.class)
                            .single();
                Report.line(
                    "  %-17s unfiltered first page (15, newest first): %d of %d tasks of other"
                        + " departments",
                    variant, foreign, ids.size());
                Report.bench(
                    "taskquery." + variant + ".hostile_first_page_foreign_tasks", foreign, "tasks");
              }
            });
  }

  /** Per-task and per-instance grant rows of the prepared open work, product model. */
  private static void grantRows(JdbcClient jdbc, long open) {
    int taskGrants =
        jdbc.sql(
                "select count(*) from act_ru_authorization where resource_type_ = 7 and resource_id_"
                    + " <> '*'")
            .query(Integer.class)
            .single();
    int instanceGrants =
        jdbc.sql(
                "select count(*) from act_ru_authorization where resource_type_ = 8 and resource_id_"
                    + " <> '*'")
            .query(Integer.class)
            .single();
    int all = jdbc.sql("select count(*) from act_ru_authorization").query(Integer.class).single();
    Report.line(
        "  product: act_ru_authorization %d rows, of them %d per-task grants (%.2f per open task)"
            + " and %d per-instance READ grants",
        all, taskGrants, taskGrants / (double) open, instanceGrants);
    Report.bench(
        "taskquery.product.task_grant_rows_per_open_task", taskGrants / (double) open, "rows");
  }

  private static void explain(JdbcClient jdbc) {
    Report.line(
        "  indexes on act_ru_authorization/act_ru_identitylink/act_ru_task: %s",
        jdbc.sql(
                "select string_agg(indexname, ', ') from pg_indexes where tablename in"
                    + " ('act_ru_authorization', 'act_ru_identitylink', 'act_ru_task', 'act_ru_variable')")
            .query(String.class)
            .single());
  }
}
