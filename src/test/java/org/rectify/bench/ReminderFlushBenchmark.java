package org.rectify.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.rectify.reminder.ReminderModels;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many reminders due at once: {@code bench.reminders} measures in their implementation phase whose
 * "overdue" timer (Timer_Overdue) falls due at the same moment, with the job executor as
 * configured, mails going to a GreenMail SMTP sink. Each reminder is two jobs (timer, then the
 * asynchronous mail task) and one mail to the department head and one to the responsible leader.
 * Figure: seconds from the due moment until every mail arrived. With {@code
 * bench.reminders.nodes=1,2} a second flush of as many new reminders follows with a second node
 * (the packaged jar, {@link JarNode}) on the same database; every flush checks that each mail
 * arrived exactly once. {@code bench.variants} runs the variants one after the other in the same
 * JVM, each after a warm-up flush of {@code bench.reminders.warmup} reminders (default 300).
 */
final class ReminderFlushBenchmark {

  /**
   * The reminder changes of issue 11 put back one by one (see docs/benchmarks.md, "Reminder
   * flush").
   */
  private static final List<String> JOBS_NARROW =
      List.of(
          "camunda.bpm.job-execution.core-pool-size=3",
          "camunda.bpm.job-execution.max-pool-size=10",
          "camunda.bpm.job-execution.queue-capacity=3",
          "camunda.bpm.job-execution.max-jobs-per-acquisition=3",
          "camunda.bpm.job-execution.backoff-time-in-millis=0",
          "camunda.bpm.job-execution.max-backoff=0");

  private static final List<String> JOBS_BEFORE =
      concat(
          JOBS_NARROW,
          List.of(
              "camunda.bpm.job-execution.wait-time-in-millis=5000",
              "camunda.bpm.job-execution.max-wait=60000"));
  private static final List<String> JOBS_4 =
      List.of(
          "camunda.bpm.job-execution.core-pool-size=4",
          "camunda.bpm.job-execution.max-pool-size=4",
          "camunda.bpm.job-execution.queue-capacity=8",
          "camunda.bpm.job-execution.max-jobs-per-acquisition=8",
          "spring.datasource.hikari.maximum-pool-size=20",
          "spring.datasource.hikari.minimum-idle=20");
  private static final List<String> MAIL_BEFORE =
      List.of(
          "rectify.mail.pin-stream-provider=false", "rectify.mail.connection-per-reminder=false");

  /**
   * measure-lifecycle redeployed with its reminder tasks as they were modelled before
   * (ReminderModels).
   */
  private static final String INPUT_PARAMETERS = "reminder-inputs";

  private static final Map<String, Variant> VARIANTS =
      Map.ofEntries(
          Map.entry(
              "jobs-before",
              new Variant(
                  "jobs-before",
                  "job executor: Spring Boot starter defaults (3 threads, 3"
                      + " per acquisition, no back-off, 5-60 s idle wait)",
                  JOBS_BEFORE)),
          Map.entry(
              "mail-before",
              new Variant(
                  "mail-before",
                  "Jakarta Mail provider look-up per message part, one"
                      + " SMTP connection per mail",
                  MAIL_BEFORE)),
          Map.entry(
              "stream-provider-scan",
              new Variant(
                  "stream-provider-scan",
                  "Jakarta Mail provider look-up per" + " message part",
                  List.of(MAIL_BEFORE.get(0)))),
          Map.entry(
              "connection-per-mail",
              new Variant(
                  "connection-per-mail",
                  "one SMTP connection per mail",
                  List.of(MAIL_BEFORE.get(1)))),
          Map.entry(
              "jobs-narrow",
              new Variant(
                  "jobs-narrow",
                  "job executor: the starter's 3 threads, 3 per acquisition,"
                      + " no back-off; the product's 2-10 s idle wait",
                  JOBS_NARROW)),
          Map.entry(
              "reminders-before",
              new Variant(
                  "reminders-before",
                  "job executor and mail settings before issue" + " 11's reminder work",
                  concat(JOBS_BEFORE, MAIL_BEFORE))),
          Map.entry(
              "jobs-4",
              new Variant(
                  "jobs-4",
                  "job executor: 4 threads, 8 per acquisition and queue, pool of 20"
                      + " connections (the product before the 8 threads)",
                  JOBS_4)),
          Map.entry(
              "template-interpreted",
              new Variant(
                  "template-interpreted",
                  "mail templates' Spring expressions"
                      + " evaluated by reflection every time (not compiled)",
                  List.of("rectify.mail.compile-template-expressions=false"))),
          Map.entry(
              "template-context-per-render",
              new Variant(
                  "template-context-per-render",
                  "mail templates"
                      + " evaluated in a new plain evaluation context per rendering (Thymeleaf's default outside a web view):"
                      + " every property looked up again by reflection",
                  List.of("rectify.mail.cache-template-property-access=false"))),
          Map.entry(
              "user-query",
              new Variant(
                  "user-query",
                  "the mail delegate reads the head and leader with a user query"
                      + " instead of the identity provider's look-up by id",
                  List.of("rectify.reminder.users-by-query=true"))),
          Map.entry(
              "write-timeout-pool-per-connection",
              new Variant(
                  "write-timeout-pool-per-connection",
                  "Jakarta Mail"
                      + " starts and stops a thread pool for the SMTP write timeout of every connection",
                  List.of("rectify.mail.shared-write-timeout-scheduler=false"))),
          Map.entry(
              "task-query",
              new Variant(
                  "task-query",
                  "the mail delegate finds the open tasks with a task query"
                      + " instead of the engine's look-up of the instance's tasks",
                  List.of("rectify.reminder.tasks-by-query=true"))),
          Map.entry(
              "acquire-unordered",
              new Variant(
                  "acquire-unordered",
                  "job acquisition as the engine's default: no"
                      + " order, no due date for asynchronous jobs (the due-date index stays but is not used)",
                  List.of(
                      "camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date=false",
                      "camunda.bpm.generic-properties.properties.ensure-job-due-date-not-null=false"))),
          Map.entry(
              "jobs-12",
              new Variant(
                  "jobs-12",
                  "job executor: 12 threads, 24 per acquisition and queue, pool of"
                      + " 40 connections",
                  List.of(
                      "camunda.bpm.job-execution.core-pool-size=12",
                      "camunda.bpm.job-execution.max-pool-size=12",
                      "camunda.bpm.job-execution.queue-capacity=24",
                      "camunda.bpm.job-execution.max-jobs-per-acquisition=24",
                      "spring.datasource.hikari.maximum-pool-size=40"))),
          Map.entry(
              INPUT_PARAMETERS,
              new Variant(
                  INPUT_PARAMETERS,
                  "reminder settings as input parameters of the mail"
                      + " task (a scope execution and three local variables per firing), as modelled before",
                  List.of())));

  private final int reminders;

  ReminderFlushBenchmark(int reminders) {
    this.reminders = reminders;
  }

  static Variant variant(String name) {
    Variant variant = VARIANTS.get(name);
    return variant != null ? variant : Variant.named(name);
  }

  void run(List<String> variants) throws Exception {
    List<String> nodes = RectifyBenchmark.list("bench.reminders.nodes", "1");
    for (String name : variants) {
      run(variant(name), nodes.contains("1"), nodes.contains("2"));
    }
  }

  private void run(Variant variant, boolean oneNode, boolean twoNodes) throws Exception {
    String db = "rectify_bench_reminders_" + variant.name().replace('-', '_');
    Database database = Database.PG;
    int port = freePort();
    GreenMail sink = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    sink.start();
    List<String> properties = new ArrayList<>(database.springProperties(database.create(db)));
    properties.addAll(
        List.of(
            "camunda.bpm.job-execution.enabled=true",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + port));
    properties.addAll(variant.properties());
    Report.line("== reminder flush [%s]: %s", variant.name(), variant.description());
    try (RectifyApp app = new RectifyApp("reminders", properties)) {
      JdbcClient jdbc = app.context().getBean(JdbcClient.class);
      people(app.engine().getIdentityService());
      if (INPUT_PARAMETERS.equals(variant.name())) {
        deployWithInputParameters(app);
      }
      int warmup = Integer.getInteger("bench.reminders.warmup", 300);
      if (warmup > 0) {
        // the JIT compiles during the first flush of a JVM: without this the first variant pays for
        // it
        new ReminderFlushBenchmark(warmup).flush(app, jdbc, sink, variant, "w", "warmup_", null);
      }
      if (oneNode) {
        flush(app, jdbc, sink, variant, "r", "", null);
      }
      if (twoNodes) {
        try (JarNode second = new JarNode(jar(), properties)) {
          flush(app, jdbc, sink, variant, "s", "two_nodes_", second);
        }
      }
    } finally {
      sink.stop();
      database.drop(db);
    }
  }

  private static void deployWithInputParameters(RectifyApp app) throws IOException {
    try (InputStream xml =
        ReminderFlushBenchmark.class.getResourceAsStream("/processes/measure-lifecycle.bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromStream(xml);
      int tasks = ReminderModels.asInputParameters(model);
      app.engine()
          .getRepositoryService()
          .createDeployment()
          .name("bench: reminders as input parameters")
          .addModelInstance("measure-lifecycle.bpmn", model)
          .deploy();
      Report.line(
          "  measure-lifecycle redeployed with %d reminder tasks' settings as input parameters",
          tasks);
    }
  }

  private void flush(
      RectifyApp app,
      JdbcClient jdbc,
      GreenMail sink,
      Variant variant,
      String tag,
      String label,
      JarNode second)
      throws Exception {
    long prepare = System.nanoTime();
    String instanceId = app.startAtProgress(HappyPath.DEPARTMENT);
    OpenTaskCloner cloner = new OpenTaskCloner(jdbc);
    cloner.clone(instanceId, tag, reminders - 1);
    cloner.analyze();
    if (second != null) {
      second.start();
    }
    int before = sink.getReceivedMessages().length;
    Report.line(
        "  %d measures prepared in %.0f s, %s; due at %s",
        reminders,
        (System.nanoTime() - prepare) / 1e9,
        second == null ? "one node" : "two nodes (this JVM + the packaged jar)",
        java.time.Instant.now());
    long[] stats = databaseStats(jdbc);
    CpuMeter cpu = new CpuMeter(jdbc, second == null ? -1 : second.pid());
    long start = System.nanoTime();
    int due =
        jdbc.sql(
                "update act_ru_job set duedate_ = now() - interval '1 second' where job_def_id_ in"
                    + " (select id_ from act_ru_jobdef where act_id_ = 'Timer_Overdue')")
            .update();
    int expected = 2 * due;
    double first = Double.NaN;
    int received = 0;
    double cap = Integer.getInteger("bench.reminders.cap", 1800) * 1e9;
    while (received < expected && System.nanoTime() - start < cap) {
      Thread.sleep(250);
      received = sink.getReceivedMessages().length - before;
      if (received > 0 && Double.isNaN(first)) {
        first = (System.nanoTime() - start) / 1e9;
      }
    }
    double total = (System.nanoTime() - start) / 1e9;
    double[] cpuSeconds = cpu.seconds();
    Report.line("  flush done at %s", java.time.Instant.now());
    Thread.sleep(2000);
    long[] after = databaseStats(jdbc);
    MimeMessage[] all = sink.getReceivedMessages();
    int extra = all.length - before - received;
    int duplicates = duplicates(all, before);
    String prefix = "reminders." + variant.name() + "." + label;
    Report.line(
        "  %d reminders due at once → %d of %d mails in %.1f s (first after %.1f s), %.1f reminders/s;"
            + " %d duplicate reminder headers, %d mails after the last expected one; per reminder %.1f"
            + " transactions, %.1f rows written (whole database)",
        due,
        received,
        expected,
        total,
        first,
        received / 2.0 / total,
        duplicates,
        extra,
        (after[0] - stats[0]) / (double) due,
        (after[1] - stats[1]) / (double) due);
    Report.bench(prefix + "flush_" + due + "_s", total, "s");
    Report.bench(prefix + "first_mail_s", first, "s");
    Report.bench(prefix + "reminders_per_s", received / 2.0 / total, "reminders/s");
    Report.bench(prefix + "duplicates", duplicates + Math.max(0, extra), "mails");
    Report.bench(prefix + "lost", Math.max(0, expected - received), "mails");
    Report.line(
        "  CPU during the flush: this JVM (node + GreenMail) %.1f s, second node %.1f s, PostgreSQL"
            + " backends %.1f s = %.1f ms per reminder; load average %s",
        cpuSeconds[0],
        cpuSeconds[1],
        cpuSeconds[2],
        1000 * (cpuSeconds[0] + cpuSeconds[1] + cpuSeconds[2]) / due,
        CpuMeter.loadAverage());
    Report.bench(
        prefix + "cpu_ms_per_reminder",
        1000 * (cpuSeconds[0] + cpuSeconds[1] + cpuSeconds[2]) / due,
        "ms");
    if (second != null) {
      Report.line("  second node: %s", second.summary());
    }
  }

  /**
   * Mails whose {@code X-Rectify-Reminder} (reminder, person) was already seen, from index {@code
   * from} on.
   */
  private static int duplicates(MimeMessage[] messages, int from) throws MessagingException {
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    for (int i = from; i < messages.length; i++) {
      String key = messages[i].getHeader("X-Rectify-Reminder", null);
      if (key == null || !seen.add(key)) {
        duplicates++;
      }
    }
    return duplicates;
  }

  /**
   * Committed transactions and written rows of the bench database (all connections, both nodes).
   */
  private static long[] databaseStats(JdbcClient jdbc) {
    jdbc.sql("select pg_stat_clear_snapshot()").query().listOfRows();
    return jdbc.sql(
            "select xact_commit, tup_inserted + tup_updated + tup_deleted from pg_stat_database"
                + " where datname = current_database()")
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  private static Path jar() throws IOException {
    String configured = System.getProperty("bench.jar");
    if (configured != null) {
      return Path.of(configured);
    }
    try (var files = java.nio.file.Files.list(Path.of("target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("rectify-.*\\.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "no target/rectify-*.jar: run ./mvnw -DskipTests package"));
    }
  }

  private static void people(IdentityService identity) {
    for (String id : List.of(HappyPath.HEAD, HappyPath.LEADER)) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("基准");
      user.setEmail(id + "@rectify.local");
      identity.saveUser(user);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
