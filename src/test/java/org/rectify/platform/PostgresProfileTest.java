package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rectify.HttpTestClient;
import org.rectify.RectifyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production profile against the real PostgreSQL server (127.0.0.1:5432, trust auth) in a fresh
 * database of its own: Flyway migrations, Camunda schema, every process of {@code processes/}
 * deployed and runnable, no demo people, the REST API closed, and a second start on the same
 * database changes nothing.
 */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresProfileTest {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String ADMIN_PASSWORD = "Pg-Test-" + UUID.randomUUID();

  private final String database =
      "rectify_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private ConfigurableApplicationContext app;

  @BeforeAll
  void createDatabaseAndStart() throws SQLException {
    execute("create database " + database);
    app = start();
  }

  @AfterAll
  void stopAndDropDatabase() throws SQLException {
    if (app != null) {
      app.close();
    }
    execute("drop database if exists " + database + " with (force)");
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(RectifyApplication.class)
        .profiles("postgres")
        .run(
            "--server.port=0",
            "--RECTIFY_DB_URL=" + SERVER + database,
            "--RECTIFY_DB_USER=postgres",
            "--RECTIFY_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
            "--management.health.mail.enabled=false",
            "--camunda.bpm.job-execution.enabled=false");
  }

  @Test
  void flywayMigratedRectifyTablesBesideTheCamundaSchema() {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version = '1'",
                Integer.class))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from org_department", Integer.class))
        .isEqualTo(12);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from org_department where head_user_id is not null",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_ge_property where name_ = 'schema.version'",
                Integer.class))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(database);
  }

  @Test
  void sessionsUseThePlannerCostForCachedData() {
    // application-postgres.yaml: the department filter's plan depends on it (docs/benchmarks.md,
    // task query)
    assertThat(
            app.getBean(JdbcTemplate.class).queryForObject("show random_page_cost", String.class))
        .isEqualTo("1.1");
    assertThat(app.getBean(JdbcTemplate.class).queryForObject("show jit", String.class))
        .isEqualTo("off");
  }

  @Test
  void jobsAreAcquiredThroughTheDueDateIndex() {
    // JobAcquisitionIndexPlugin, after Camunda created its schema
    assertThat(
            app.getBean(JdbcTemplate.class)
                .queryForObject(
                    "select indexdef from pg_indexes where indexname = 'rectify_idx_job_due'",
                    String.class))
        .contains("act_ru_job", "duedate_");
  }

  @Test
  void everyProcessOfTheProjectIsDeployedAndATestProcessRuns() throws IOException {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    List<String> deployed =
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
            .map(ProcessDefinition::getKey)
            .toList();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<String> expected =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".bpmn"))
              .map(n -> n.substring(0, n.length() - ".bpmn".length()))
              .toList();
      assertThat(deployed).containsAll(expected);
    }
    String instance = startDepartmentTask(engine);
    String task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance)
            .singleResult()
            .getId();
    engine.getTaskService().complete(task);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .finished()
                .count())
        .isEqualTo(1);
  }

  /**
   * The hotfix against code execution through a variable holds in production too: a variable of
   * type Object naming PostgreSQL's own {@code DataSource} is refused before anything is stored,
   * and one already in the database is never built when read.
   */
  @Test
  void objectVariablesAreRefusedAndForeignTypesNeverBuilt() {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    String instance = startDepartmentTask(engine);
    String dataSource = "org.postgresql.ds.PGSimpleDataSource";
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    HttpResponse<String> refused =
        new HttpTestClient(port)
            .post(
                "/engine-rest/process-instance/" + instance + "/variables",
                "{\"modifications\": {\"ds\": {\"type\": \"Object\", \"value\":"
                    + " \"{\\\"url\\\": \\\"jdbc:postgresql://127.0.0.1/x\\\"}\", \"valueInfo\":"
                    + " {\"objectTypeName\": \""
                    + dataSource
                    + "\", \"serializationDataFormat\": \"application/json\"}}}}",
                "admin",
                ADMIN_PASSWORD);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("不接受 Java 对象（Object）或序列化数据");
    assertThat(engine.getRuntimeService().getVariable(instance, "ds")).isNull();

    engine
        .getRuntimeService()
        .setVariable(
            instance,
            "ds",
            Variables.serializedObjectValue("{\"url\": \"jdbc:postgresql://127.0.0.1/x\"}")
                .objectTypeName(dataSource)
                .serializationDataFormat("application/json")
                .create());
    assertThatThrownBy(() -> engine.getRuntimeService().getVariable(instance, "ds"))
        .hasStackTraceContaining("not whitelisted");
  }

  /**
   * Production runs behind HTTPS: the webapps' cookies are {@code Secure} and they send HSTS, by
   * default (switched off only for plain-HTTP test set-ups, docs/security.md).
   */
  @Test
  void cookiesAreSecureAndBrowsersAreToldToKeepToHttps() {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    HttpResponse<String> tasklist =
        new HttpTestClient(port).get("/camunda/app/tasklist/default/", null, null);
    assertThat(tasklist.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    assertThat(tasklist.headers().allValues("Set-Cookie"))
        .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
  }

  /** Camunda's password policy is on in production: "1" or "aaaaaaaaaa" are no passwords there. */
  @Test
  void weakPasswordsAreRefusedByThePasswordPolicy() {
    IdentityService identity = app.getBean(IdentityService.class);
    for (String weak : List.of("1", "aaaaaaaaaa", "Clerk-2026")) {
      org.camunda.bpm.engine.identity.User user = identity.newUser("policyClerk");
      user.setFirstName("测试");
      user.setLastName("科员");
      user.setPassword(weak.equals("Clerk-2026") ? "policyClerk-2026A" : weak);
      assertThatThrownBy(() -> identity.saveUser(user)).as(weak).hasMessageContaining("policy");
    }
    assertThat(identity.createUserQuery().userId("policyClerk").count()).isZero();
  }

  @Test
  void productionHasTheGroupsButNoDemoPeople() {
    IdentityService identity = app.getBean(IdentityService.class);
    assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
    assertThat(identity.createGroupQuery().groupId("greening").singleResult().getName())
        .isEqualTo("园林绿化科");
    assertThat(identity.createGroupQuery().count()).isEqualTo(17);
  }

  @Test
  void restApiIsClosedAndOpensForTheConfiguredAdmin() {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    HttpTestClient http = new HttpTestClient(port);
    assertThat(http.get("/engine-rest/task", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    HttpResponse<String> departments = http.get("/api/departments", "admin", ADMIN_PASSWORD);
    assertThat(departments.statusCode()).as(departments.body()).isEqualTo(200);
    // the demo credentials do not open production (last: a wrong password throttles the user for a
    // while)
    assertThat(http.get("/engine-rest/task", "admin", "admin").statusCode()).isEqualTo(401);
  }

  /**
   * Runs last: both nodes live in this one JVM and share Camunda's static engine registry, so
   * closing the second unregisters the engine name the first one's REST API looks up (real nodes
   * are separate JVMs).
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void aSecondNodeOnTheSameDatabaseStartsWithoutDuplicatingAnything() {
    ConfigurableApplicationContext second = start();
    try {
      FilterService filters = second.getBean(FilterService.class);
      assertThat(filters.createFilterQuery().count()).isEqualTo(4);
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from flyway_schema_history where success", Integer.class))
          .isEqualTo(
              app.getBean(JdbcTemplate.class)
                  .queryForObject(
                      "select count(*) from flyway_schema_history where success", Integer.class));
      assertThat(second.getBean(IdentityService.class).createGroupQuery().count()).isEqualTo(17);
      assertThat(
              second
                  .getBean(ProcessEngine.class)
                  .getRepositoryService()
                  .createProcessDefinitionQuery()
                  .processDefinitionKey("measure-lifecycle")
                  .count())
          .as("the second node deploys no new version of an unchanged model")
          .isEqualTo(1);
    } finally {
      second.close();
    }
  }

  /** A test process with one task for 园林绿化科, deployed on this database (again: unchanged). */
  private static String startDepartmentTask(ProcessEngine engine) {
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("bpmn/department-task.bpmn")
        .deploy();
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "test-department-task", Map.of("department", "greening", "dueDate", new Date()))
        .getId();
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
