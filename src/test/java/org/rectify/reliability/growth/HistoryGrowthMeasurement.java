package org.rectify.reliability.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectify.measure.Measure;
import org.rectify.measure.MeasureLifecycle.Elements;
import org.rectify.measure.MeasureLifecycle.Vars;
import org.rectify.measure.MeasureStarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Database growth per 1,000 completed measures on PostgreSQL (issue 10, docs/reliability.md): on a
 * fresh database with the production profile (history level full), {@code measure-lifecycle}
 * instances are run along the happy path — claim, progress report, completion with deliverables,
 * leader approval, verification, look-back, consolidated — through the engine's services, and
 * {@code pg_database_size} and the largest per-table growth are printed. Not part of {@code mvn
 * verify}: {@code ./mvnw -Preliability verify -Dtest=HistoryGrowthMeasurement
 * [-Dgrowth.measures=1000]}.
 */
@SpringBootTest(
    properties = {"camunda.bpm.job-execution.enabled=false", "rectify.mail.sink.enabled=false"})
@ActiveProfiles("postgres")
class HistoryGrowthMeasurement {

  private static final Logger LOG = LoggerFactory.getLogger("RELIABILITY");
  private static final String DATABASE = "rectify_growth";
  private static final String DEPARTMENT = "enforcement";

  private final int measures = Integer.getInteger("growth.measures", 1000);

  @Autowired JdbcTemplate jdbc;
  @Autowired MeasureStarter starter;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + DATABASE + " with (force)");
      statement.execute("create database " + DATABASE);
    }
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("camunda.bpm.admin-user.password", () -> "Growth-measurement-2026");
  }

  @Test
  void measuresDatabaseGrowthPerThousandCompletedMeasures() {
    long[] ids = setUpPlanAndPeople();
    vacuum();
    long before = databaseSize();
    Map<String, Long> tablesBefore = tableSizes();
    long started = System.nanoTime();
    for (int i = 1; i <= measures; i++) {
      runHappyPath(String.format("G%04d", i), ids);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("measure-lifecycle")
                .completed()
                .count())
        .isEqualTo(measures);
    vacuum();
    long after = databaseSize();
    double perThousand = (after - before) * 1000.0 / measures;
    LOG.info(
        String.format(
            Locale.ROOT,
            "RELIABILITY history-growth measures=%d before=%s after=%s growth=%s "
                + "perThousandMeasures=%s seconds=%.1f historyLevel=full",
            measures,
            mib(before),
            mib(after),
            mib(after - before),
            mib((long) perThousand),
            seconds));
    Map<String, Long> growth = new HashMap<>();
    tableSizes()
        .forEach((table, size) -> growth.put(table, size - tablesBefore.getOrDefault(table, 0L)));
    growth.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(12)
        .forEach(
            entry ->
                LOG.info(
                    String.format(
                        Locale.ROOT,
                        "RELIABILITY history-growth table=%s growth=%s",
                        entry.getKey(),
                        mib(entry.getValue()))));
  }

  private void runHappyPath(String code, long[] ids) {
    LocalDate due = LocalDate.now().plusDays(30);
    jdbc.update(
        "insert into rect_measure (code, plan_id, problem_id, title, department, phase, due_date, status)"
            + " values (?, ?, ?, ?, ?, 2, ?, 'ASSIGNED')",
        code,
        ids[0],
        ids[1],
        "落实执法勤务模式改革 " + code,
        DEPARTMENT,
        due);
    Measure measure =
        new Measure(
            code,
            ids[0],
            ids[1],
            null,
            "落实执法勤务模式改革 " + code,
            DEPARTMENT,
            null,
            null,
            2,
            due,
            "ASSIGNED",
            null,
            null);
    String instance = starter.start(measure, null);
    complete(instance, Elements.CLAIM, Vars.CLAIM_DECISION, "CLAIM", Vars.IMPLEMENTER, "马执中");
    complete(
        instance,
        Elements.REPORT_PROGRESS,
        Vars.PROGRESS_NARRATIVE,
        "完成专项行动三次，勤务模式改革方案已印发",
        Vars.PROGRESS_PERCENT,
        100L,
        Vars.PROGRESS_ACTION,
        "SUBMIT");
    complete(
        instance,
        Elements.SUBMIT_COMPLETION,
        Vars.COMPLETION_STATEMENT,
        "开展执法专项行动，印发勤务模式改革方案",
        Vars.DELIVERABLES,
        "《勤务模式改革方案》（已印发）",
        Vars.METRICS,
        "专项行动：3 次",
        Vars.CAUSE_CLARIFIED,
        true,
        Vars.RECTIFIED,
        true,
        Vars.RULE_ESTABLISHED,
        true);
    complete(
        instance,
        Elements.LEADER_APPROVAL,
        Vars.LEADER_DECISION,
        "APPROVE",
        Vars.LEADER_COMMENT,
        "同意");
    complete(
        instance,
        Elements.VERIFY,
        Vars.VERIFICATION_OUTCOME,
        "COMPLETED",
        Vars.VERIFICATION_NOTES,
        "核验通过");
    // the look-back window (due + 90 days) has not come: run its timer as the job executor would
    // then
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processInstanceId(instance)
            .activityId(Elements.LOOK_BACK_WINDOW)
            .singleResult()
            .getId());
    complete(
        instance,
        Elements.LOOK_BACK,
        Vars.LOOK_BACK_RESULT,
        "CONSOLIDATED",
        Vars.LOOK_BACK_FINDINGS,
        "未反弹");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count())
        .isZero();
  }

  private void complete(String instance, String taskKey, Object... variables) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    taskService.complete(task.getId(), values);
  }

  /** One plan, aspect and problem for all measures; a head and a leader for the department. */
  private long[] setUpPlanAndPeople() {
    for (String user : List.of("growthHead", "growthLeader")) {
      var person = identityService.newUser(user);
      person.setFirstName("测");
      person.setLastName(user);
      person.setEmail(user + "@rectify.test");
      identityService.saveUser(person);
    }
    identityService.createMembership("growthHead", DEPARTMENT);
    identityService.createMembership("growthLeader", "leaders");
    jdbc.update(
        "update org_department set head_user_id = 'growthHead', leader_user_id = 'growthLeader' where id = ?",
        DEPARTMENT);
    jdbc.update(
        "insert into rect_plan (title, inspection_group, inspected_body, feedback_date, phase1_start,"
            + " phase1_end, phase2_start, phase2_end, phase3_start, phase3_end) values ('增长测量整改方案', '巡察组',"
            + " '区城管局', current_date, current_date, current_date + 30, current_date + 31, current_date + 180,"
            + " current_date + 181, current_date + 365)");
    long plan = jdbc.queryForObject("select max(id) from rect_plan", Long.class);
    jdbc.update(
        "insert into rect_aspect (plan_id, aspect_no, heading) values (?, 1, '执法作风方面')", plan);
    long aspect = jdbc.queryForObject("select max(id) from rect_aspect", Long.class);
    jdbc.update(
        "insert into rect_problem (aspect_id, problem_no, heading) values (?, 1, '执法勤务模式不适应')",
        aspect);
    long problem = jdbc.queryForObject("select max(id) from rect_problem", Long.class);
    return new long[] {plan, problem};
  }

  private void vacuum() {
    jdbc.execute("vacuum analyze");
  }

  private long databaseSize() {
    return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
  }

  private Map<String, Long> tableSizes() {
    Map<String, Long> sizes = new HashMap<>();
    jdbc.query(
        "select relname, pg_total_relation_size(relid) from pg_catalog.pg_statio_user_tables",
        row -> {
          sizes.put(row.getString(1), row.getLong(2));
        });
    return sizes;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.2fMiB", bytes / 1024.0 / 1024.0);
  }
}
