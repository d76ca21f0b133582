package org.rectify.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.rectify.RectifyApplication;
import org.rectify.measure.Measure;
import org.rectify.measure.MeasureLifecycle;
import org.rectify.measure.MeasureStarter;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real thing: Rectify's Spring Boot application (all beans, engine plugins, listeners,
 * authorization, the profile's configuration) on its own database, driving {@code
 * measure-lifecycle} through its happy path the way the API and Tasklist do: register the measure
 * (row + {@link MeasureStarter}), then per task query, claim where the task is a group task,
 * complete with the form's fields as the acting user. The look-back timer is executed as the job
 * executor would (the executor itself is off so that the timing stays on one thread).
 */
final class RectifyApp implements Workload {

  private final String name;
  private final ConfigurableApplicationContext context;
  private final ProcessEngine engine;
  private final MeasureStarter starter;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final long planId;
  private final long problemId;
  private int sequence;
  private int progressSequence = -1;

  RectifyApp(String name, List<String> properties) {
    this.name = name;
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--rectify.mail.sink.enabled=false",
                "--rectify.demo.enabled=false",
                "--rectify.reminder.digest-cron=-",
                "--rectify.reminder.colour-refresh-cron=-",
                "--logging.level.root=warn",
                "--logging.level.org.rectify=warn"));
    if (properties.stream().noneMatch(p -> p.startsWith("camunda.bpm.job-execution.enabled"))) {
      args.add("--camunda.bpm.job-execution.enabled=false");
    }
    properties.forEach(p -> args.add("--" + p));
    for (String extra : System.getProperty("bench.rectify.properties", "").split(";")) {
      if (!extra.isBlank()) {
        args.add("--" + extra.trim());
      }
    }
    context = SpringApplication.run(RectifyApplication.class, args.toArray(String[]::new));
    engine = context.getBean(ProcessEngine.class);
    starter = context.getBean(MeasureStarter.class);
    jdbc = context.getBean(JdbcClient.class);
    transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    // what the bureau's administrator sets once per installation (Admin → 组织机构)
    jdbc.sql("update org_department set head_user_id = id || 'Head', leader_user_id = :leader")
        .param("leader", HappyPath.LEADER)
        .update();
    planId = insertPlan(jdbc);
    long aspectId =
        jdbc.sql("insert into rect_aspect (plan_id, aspect_no, heading) values (:p, 1, '基准测试方面')")
                    .param("p", planId)
                    .update()
                == 1
            ? id("rect_aspect")
            : -1;
    jdbc.sql("insert into rect_problem (aspect_id, problem_no, heading) values (:a, 1, '基准测试问题')")
        .param("a", aspectId)
        .update();
    problemId = id("rect_problem");
  }

  private static long insertPlan(JdbcClient jdbc) {
    LocalDate today = LocalDate.now(MeasureLifecycle.ZONE);
    jdbc.sql(
            "insert into rect_plan (title, inspection_group, inspected_body, feedback_date, phase1_start,"
                + " phase1_end, phase2_start, phase2_end, phase3_start, phase3_end, status)"
                + " values ('基准测试整改方案', '基准巡察组', '基准局', :d, :d, :d, :d, :d, :d3, :d3, 'RUNNING')")
        .param("d", today)
        .param("d3", today.plusDays(200))
        .update();
    return jdbc.sql("select max(id) from rect_plan").query(Long.class).single();
  }

  private long id(String table) {
    return jdbc.sql("select max(id) from " + table).query(Long.class).single();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void run(int instances) {
    IdentityService identity = engine.getIdentityService();
    ManagementService management = engine.getManagementService();
    LocalDate due = LocalDate.now(MeasureLifecycle.ZONE).plusDays(30);
    for (int i = 0; i < instances; i++) {
      String code = "Z" + (++sequence);
      Measure measure =
          new Measure(
              code,
              planId,
              problemId,
              null,
              "基准测试措施 " + code,
              HappyPath.DEPARTMENT,
              null,
              HappyPath.LEADER,
              2,
              due,
              "ASSIGNED",
              null,
              null);
      identity.setAuthentication("rectOffice1", List.of("rectOffice"));
      // as MeasureRegistration does it: the measure's row and its lifecycle in one transaction
      String instanceId =
          transaction.execute(
              status -> {
                insertMeasure(measure);
                return starter.start(measure, due.plusDays(100));
              });
      for (HappyPath step : HappyPath.steps()) {
        if (step.taskKey().equals(MeasureLifecycle.Elements.LOOK_BACK)) {
          identity.clearAuthentication();
          Job timer =
              management
                  .createJobQuery()
                  .processInstanceId(instanceId)
                  .activityId(MeasureLifecycle.Elements.LOOK_BACK_WINDOW)
                  .singleResult();
          management.executeJob(timer.getId());
        }
        step.perform(engine, instanceId);
      }
      identity.clearAuthentication();
    }
  }

  /**
   * Registers a measure of {@code department} and claims it: it then waits in the department's
   * progress task.
   */
  String startAtProgress(String department) {
    IdentityService identity = engine.getIdentityService();
    LocalDate due = LocalDate.now(MeasureLifecycle.ZONE).plusDays(30);
    if (progressSequence < 0) {
      // a reused database (bench.taskquery.db) already has the measures of its preparation
      progressSequence =
          jdbc.sql(
                  "select coalesce(max(cast(substring(code from 2) as integer)), 0) from"
                      + " rect_measure where code ~ '^Q[0-9]+$'")
              .query(Integer.class)
              .single();
    }
    String code = "Q" + (++progressSequence);
    Measure measure =
        new Measure(
            code,
            planId,
            problemId,
            null,
            "基准测试措施 " + code,
            department,
            null,
            HappyPath.LEADER,
            2,
            due,
            "ASSIGNED",
            null,
            null);
    identity.setAuthentication("rectOffice1", List.of("rectOffice"));
    String instanceId =
        transaction.execute(
            status -> {
              insertMeasure(measure);
              return starter.start(measure, due.plusDays(100));
            });
    identity.clearAuthentication();
    Task claim =
        engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    engine.getTaskService().complete(claim.getId(), HappyPath.steps().get(0).form());
    return instanceId;
  }

  private void insertMeasure(Measure m) {
    jdbc.sql(
            "insert into rect_measure (code, plan_id, problem_id, title, department, responsible_leader, phase,"
                + " due_date, status) values (:c, :p, :q, :t, :d, :l, :ph, :due, :s)")
        .param("c", m.code())
        .param("p", m.planId())
        .param("q", m.problemId())
        .param("t", m.title())
        .param("d", m.department())
        .param("l", m.responsibleLeader())
        .param("ph", m.phase())
        .param("due", m.dueDate())
        .param("s", m.status())
        .update();
  }

  ConfigurableApplicationContext context() {
    return context;
  }

  ProcessEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    context.close();
  }
}
