package org.rectify.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.rectify.measure.MeasureLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The department filter (本科室待办) at scale on PostgreSQL: {@code bench.tasks} open progress tasks spread over 16
 * departments, then the request Tasklist makes for the filter's first page (HAL list with the filter's shown
 * variables embedded) and its count, over HTTP as a department member. Reports median and 95th percentile.
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
    String db = "rectify_bench_taskquery";
    Database database = Database.PG;
    List<String> properties = new ArrayList<>(database.springProperties(database.create(db)));
    properties.addAll(variant.properties());
    try (RectifyApp app = new RectifyApp("taskquery", properties)) {
      JdbcClient jdbc = app.context().getBean(JdbcClient.class);
      ProcessEngine engine = app.engine();
      List<String> departments = departments(jdbc, engine.getIdentityService());
      long start = System.nanoTime();
      OpenTaskCloner cloner = new OpenTaskCloner(jdbc);
      int perDepartment = tasks / departments.size();
      for (String department : departments) {
        String instanceId = app.startAtProgress(department);
        cloner.clone(instanceId, department.substring(0, 3) + department.length(), perDepartment - 1);
      }
      cloner.analyze();
      long open = engine.getTaskService().createTaskQuery().count();
      Report.line("== task query at scale: %d open tasks in %d departments (prepared in %.0f s)", open,
          departments.size(), (System.nanoTime() - start) / 1e9);
      String filterId = engine.getFilterService().createFilterQuery().filterName("本科室待办").singleResult().getId();
      String base = "http://127.0.0.1:" + app.context().getEnvironment().getProperty("local.server.port")
          + "/engine-rest/filter/" + filterId;
      // a business department's member (no spot-check revokes apply to them)
      String department = departments.contains(HappyPath.DEPARTMENT) ? HappyPath.DEPARTMENT : departments.get(0);
      String user = "bench" + department;
      var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
          engine.getProcessEngineConfiguration();
      String configured = configuration.getAuthorizationCheckRevokes();
      List<String> modes = RectifyBenchmark.list("bench.taskquery.revokes",
          configured + "," + ("auto".equals(configured) ? "always" : "auto"));
      for (String revokes : modes) {
        configuration.setAuthorizationCheckRevokes(revokes);
        String label = "revokes-" + revokes;
        Report.line("  -- authorization-check-revokes=%s%s", revokes, revokes.equals(configured) ? " (product)" : "");
        measure(base + "/list?firstResult=0&maxResults=15", user, "taskquery." + label + ".first_page_ms",
            "first page");
        measure(base + "/count", user, "taskquery." + label + ".count_ms", "count");
        engineLevel(engine, filterId, user, department, label);
      }
      configuration.setAuthorizationCheckRevokes(configured);
      String indexes = System.getProperty("bench.taskquery.indexes", "");
      if (!indexes.isBlank()) {
        for (String statement : indexes.split(";")) {
          jdbc.sql(statement).update();
        }
        cloner.analyze();
        Report.line("  -- with candidate indexes: %s", indexes);
        measure(base + "/list?firstResult=0&maxResults=15", user, "taskquery.indexed.first_page_ms", "first page");
        measure(base + "/count", user, "taskquery.indexed.count_ms", "count");
        engineLevel(engine, filterId, user, department, "indexed");
      }
      explain(jdbc);
    } finally {
      database.drop(db);
    }
  }

  /** The bureau's twelve departments plus four more, each with a member who logs into Tasklist. */
  private static List<String> departments(JdbcClient jdbc, IdentityService identity) {
    for (int i = 13; i <= DEPARTMENTS; i++) {
      jdbc.sql("insert into org_department (id, name, kind, head_user_id, leader_user_id, sort_order)"
              + " values (:id, :name, 'BUSINESS', :head, :leader, :order)")
          .param("id", "benchDept" + i).param("name", "基准科室" + i).param("head", "benchDept" + i + "Head")
          .param("leader", HappyPath.LEADER).param("order", 1000 + i).update();
      var group = identity.newGroup("benchDept" + i);
      group.setName("基准科室" + i);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    List<String> departments = jdbc.sql("select id from org_department order by sort_order").query(String.class)
        .list();
    for (String department : departments) {
      User user = identity.newUser("bench" + department);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(user.getId(), department);
    }
    return departments;
  }

  private void measure(String url, String user, String name, String label) {
    HttpClient client = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    List<Double> times = new ArrayList<>();
    String sample = "";
    for (int i = 0; i < samples + 5; i++) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
          .header("Accept", url.endsWith("/count") ? "application/json" : "application/hal+json").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      long start = System.nanoTime();
      HttpResponse<String> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(url, e);
      }
      double ms = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(url + " → " + response.statusCode() + " " + response.body());
      }
      if (i >= 5) {
        times.add(ms);
      }
      sample = response.body();
    }
    Collections.sort(times);
    double median = times.get(times.size() / 2);
    double p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1);
    Report.line("  %s: median %.1f ms, p95 %.1f ms, min %.1f ms (n=%d); response %d chars, shows variables: %s",
        label, median, p95, times.get(0), times.size(), sample.length(),
        sample.contains("statusColourText") && sample.contains(MeasureLifecycle.Vars.BUSINESS_TITLE));
    Report.bench(name, median, "ms");
    Report.bench(name + "_p95", p95, "ms");
  }

  /** The same two reads inside the engine, without HTTP, JSON and the per-request login: what the database costs. */
  private void engineLevel(ProcessEngine engine, String filterId, String user, String department, String label) {
    List<String> names = List.of("businessNumber", "businessTitle", "departmentName", "dueDateText",
        "statusColourText");
    List<Double> page = new ArrayList<>();
    List<Double> count = new ArrayList<>();
    for (int i = 0; i < samples + 5; i++) {
      engine.getIdentityService().setAuthentication(user, List.of(department));
      long start = System.nanoTime();
      List<org.camunda.bpm.engine.task.Task> list = engine.getFilterService().listPage(filterId, 0, 15);
      List<String> scopes = new ArrayList<>();
      list.forEach(t -> {
        scopes.add(t.getExecutionId());
        scopes.add(t.getProcessInstanceId());
      });
      if (!scopes.isEmpty()) {
        engine.getRuntimeService().createVariableInstanceQuery().variableNameIn(names.toArray(String[]::new))
            .variableScopeIdIn(scopes.toArray(String[]::new)).disableBinaryFetching().disableCustomObjectDeserialization()
            .list();
      }
      double pageMs = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      engine.getFilterService().count(filterId);
      double countMs = (System.nanoTime() - start) / 1e6;
      engine.getIdentityService().clearAuthentication();
      if (i >= 5) {
        page.add(pageMs);
        count.add(countMs);
      }
    }
    Collections.sort(page);
    Collections.sort(count);
    Report.line("  engine level (no HTTP): first page + variables median %.1f ms, count median %.1f ms",
        page.get(page.size() / 2), count.get(count.size() / 2));
    Report.bench("taskquery." + label + ".engine_first_page_ms", page.get(page.size() / 2), "ms");
    Report.bench("taskquery." + label + ".engine_count_ms", count.get(count.size() / 2), "ms");
  }

  private static void explain(JdbcClient jdbc) {
    Report.line("  indexes on act_ru_authorization/act_ru_identitylink/act_ru_task: %s", jdbc.sql(
            "select string_agg(indexname, ', ') from pg_indexes where tablename in"
                + " ('act_ru_authorization', 'act_ru_identitylink', 'act_ru_task', 'act_ru_variable')")
        .query(String.class).single());
  }
}
