package org.rectify.reliability.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.reliability.cluster.RectifyClient.encode;
import static org.rectify.reliability.cluster.RectifyClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault-injection suite of issue 10: two real nodes (two JVMs of the packaged jar) on a fresh
 * PostgreSQL database with a GreenMail SMTP sink. Contracts whose renewal reminder is due now are
 * registered; every reminder must arrive exactly once — normally, with a node killed by {@code kill
 * -9} mid-flush, through an SMTP outage that outlasts the retries, and with PostgreSQL restarted
 * under load. Not part of {@code mvn verify}: run with {@code ./mvnw -Preliability verify
 * [-Dreliability.contracts=100]} (docs/reliability.md). Scenario 4 restarts the machine's
 * PostgreSQL cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultInjection {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterFaultInjection.class);
  private static final String REMINDER_ACTIVITY = "ServiceTask_RenewalReminderMail";
  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final int contracts = Integer.getInteger("reliability.contracts", 1000);
  private ReliabilityCluster cluster;
  private ReliabilityReport report;

  @BeforeAll
  void startCluster() throws Exception {
    Path workDir = Path.of("target", "reliability");
    Files.createDirectories(workDir);
    Files.deleteIfExists(workDir.resolve("summary.txt"));
    for (String log : List.of("node-a.log", "node-b.log")) {
      Files.deleteIfExists(workDir.resolve(log));
    }
    report = new ReliabilityReport(workDir.resolve("summary.txt"));
    cluster =
        new ReliabilityCluster(
            System.getProperty("reliability.database", "rectify_reliability"), jar(), workDir);
    cluster.createDatabase();
    cluster.sink.start();
    long started = System.nanoTime();
    // both nodes at once on the empty database: Flyway, schema creation and deployment race on
    // purpose
    cluster.nodeA.start();
    cluster.nodeB.start();
    cluster.nodeA.awaitReady(Duration.ofMinutes(6));
    cluster.nodeB.awaitReady(Duration.ofMinutes(6));
    report.write(
        String.format(
            java.util.Locale.ROOT,
            "RELIABILITY startup nodes=2 contracts=%d seconds=%.1f",
            contracts,
            seconds(started)));
    cluster.setUpOrganisation();
  }

  @AfterAll
  void stopCluster() throws Exception {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } finally {
      PostgresControl.ensureRunning();
      if (cluster != null && !Boolean.getBoolean("reliability.keepDatabase")) {
        cluster.dropDatabase();
      }
    }
  }

  @Test
  @Order(0)
  void bothNodesStartingTogetherDeployOnceAndMigrateOnce() throws Exception {
    long definitions = cluster.queryLong("select count(*) from act_re_procdef");
    long keys = cluster.queryLong("select count(distinct key_) from act_re_procdef");
    long deployments = cluster.queryLong("select count(*) from act_re_deployment");
    long flywayFailures =
        cluster.queryLong("select count(*) from flyway_schema_history where not success");
    long flywayDuplicates =
        cluster.queryLong("select count(*) - count(distinct version) from flyway_schema_history");
    long timerStartJobs =
        cluster.queryLong(
            "select count(*) from act_ru_job where handler_type_ = 'timer-start-event'");
    report.write(
        "RELIABILITY deployment deployments="
            + deployments
            + " definitions="
            + definitions
            + " keys="
            + keys
            + " flywayFailures="
            + flywayFailures
            + " flywayDuplicates="
            + flywayDuplicates
            + " timerStartJobs="
            + timerStartJobs);
    assertThat(deployments).as("one deployment although two nodes deployed").isEqualTo(1);
    assertThat(definitions).as("one version per process").isEqualTo(keys);
    assertThat(flywayFailures + flywayDuplicates).isZero();
    assertThat(timerStartJobs)
        .as("one timer per schedule (status-colour-refresh, daily-digest, spot checks)")
        .isEqualTo(
            cluster.queryLong(
                "select count(distinct job_def_id_) from act_ru_job where handler_type_ = "
                    + "'timer-start-event'"));
  }

  @Test
  @Order(1)
  void everyReminderArrivesOnce() throws Exception {
    List<String> numbers = ReliabilityCluster.numbers("R1", contracts);
    long started = System.nanoTime();
    new ContractLoad(cluster.admin, cluster::aliveNodes)
        .register(numbers, "greening", dueNowEndDate());
    ReliabilityReport.Figures figures =
        awaitReminders("baseline", "R1", numbers, started, timeout(0), "");
    assertExactlyOnce(figures);
  }

  @Test
  @Order(2)
  void theDailyDigestAndTheColourRefreshRunOnceWithTwoNodes() throws Exception {
    ContractLoad load = new ContractLoad(cluster.admin, cluster::aliveNodes);
    load.register(
        List.of("D-00001"), "sanitation", ReliabilityCluster.today().plusMonths(2).plusDays(1));
    awaitCount(
        "/engine-rest/task/count?processInstanceBusinessKey=D-00001&taskDefinitionKey=UserTask_PrepareRenewal",
        1,
        Duration.ofMinutes(2));
    long started = System.nanoTime();
    long digestRuns = fire("daily-digest", "StartEvent_DigestHour");
    long colourRuns = fire("status-colour-refresh", "StartEvent_DailyColourRefresh");
    Thread.sleep(5_000); // both job executors had every chance to run the timer a second time
    long digestMails =
        cluster.sink.received().stream()
            .filter(
                mail -> "DIGEST".equals(mail.type()) && mail.recipient().startsWith("reldigest"))
            .count();
    boolean workingDay = isWorkingDay();
    int expected = workingDay ? 1 : 0;
    ReliabilityReport.Figures figures =
        new ReliabilityReport.Figures(
            "digest",
            (int) Math.min(digestMails, 1),
            expected,
            (int) Math.max(0, digestMails - 1),
            (int) Math.max(0, expected - digestMails),
            seconds(started),
            "digestRuns="
                + digestRuns
                + " colourRefreshRuns="
                + colourRuns
                + (workingDay ? "" : " (not a working day)"));
    report.print(figures);
    assertThat(digestRuns).as("one daily-digest instance per timer occurrence").isEqualTo(1);
    assertThat(colourRuns)
        .as("one status-colour-refresh instance per timer occurrence")
        .isEqualTo(1);
    assertThat(digestMails).isEqualTo(expected);
  }

  @Test
  @Order(3)
  void aNodeKilledMidFlushLosesAndDoublesNothing() throws Exception {
    List<String> numbers = ReliabilityCluster.numbers("R2", contracts);
    long started = System.nanoTime();
    // registered through node B only, so the kill hits node A's job executor, not a client request
    ContractLoad load = new ContractLoad(cluster.admin, () -> List.of(cluster.nodeB));
    CompletableFuture<Void> registering =
        CompletableFuture.runAsync(
            () -> registerQuietly(load, numbers, "greening", dueNowEndDate()));
    int atKill = awaitDistinct("R2", Math.max(1, contracts / 4), timeout(0));
    cluster.nodeA.kill();
    registering.get(timeout(0).toSeconds(), TimeUnit.SECONDS);
    ReliabilityReport.Figures figures =
        awaitReminders(
            "kill9",
            "R2",
            numbers,
            started,
            timeout(ReliabilityCluster.LOCK_TIME_MILLIS),
            "sentBeforeKill=" + atKill + " killed=node-a survivor=node-b");
    assertThat(cluster.nodeA.isAlive()).as("the survivor finished alone").isFalse();
    assertThat(atKill).as("killed mid-flush").isLessThan(contracts);
    assertExactlyOnce(figures);
    cluster.nodeA.start();
    cluster.nodeA.awaitReady(Duration.ofMinutes(6));
    assertThat(cluster.queryLong("select count(*) from act_re_deployment"))
        .as("restart deploys nothing new")
        .isEqualTo(1);
  }

  @Test
  @Order(4)
  void anSmtpOutageBecomesIncidentsAndRetriedIncidentsDeliverOnce() throws Exception {
    List<String> numbers = ReliabilityCluster.numbers("R3", contracts);
    long started = System.nanoTime();
    cluster.sink.stop();
    new ContractLoad(cluster.admin, cluster::aliveNodes)
        .register(numbers, "greening", dueNowEndDate());
    String failed =
        "/engine-rest/incident/count?incidentType=failedJob&activityId=" + REMINDER_ACTIVITY;
    awaitCount(failed, contracts, timeout(0));
    int duringOutage = cluster.sink.countsFor("R3").size();
    long incidents = cluster.admin.count(cluster.nodeA, failed);
    cluster.sink.start();
    int retried = retryFailedJobs();
    ReliabilityReport.Figures figures =
        awaitReminders(
            "smtp-outage",
            "R3",
            numbers,
            started,
            timeout(0),
            "incidents="
                + incidents
                + " retriedByRest="
                + retried
                + " sentDuringOutage="
                + duringOutage);
    assertThat(duringOutage).isZero();
    assertThat(incidents).isEqualTo(contracts);
    assertThat(cluster.admin.count(cluster.nodeA, failed))
        .as("incidents resolved by the retry")
        .isZero();
    assertExactlyOnce(figures);
  }

  @Test
  @Order(5)
  void aPostgresRestartUnderLoadLosesNothing() throws Exception {
    List<String> numbers = ReliabilityCluster.numbers("R4", contracts);
    long started = System.nanoTime();
    ContractLoad load = new ContractLoad(cluster.admin, cluster::aliveNodes);
    CompletableFuture<Void> registering =
        CompletableFuture.runAsync(
            () -> registerQuietly(load, numbers, "greening", dueNowEndDate()));
    long deadline = System.nanoTime() + timeout(0).toNanos();
    while (load.registered() < contracts / 3
        && !registering.isDone()
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    int registeredAtRestart = load.registered();
    int sentAtRestart = cluster.sink.countsFor("R4").size();
    double restartSeconds = PostgresControl.restart();
    registering.get(timeout(0).toSeconds(), TimeUnit.SECONDS);
    ReliabilityReport.Figures figures =
        awaitReminders(
            "pg-restart",
            "R4",
            numbers,
            started,
            timeout(ReliabilityCluster.LOCK_TIME_MILLIS),
            String.format(
                java.util.Locale.ROOT,
                "registeredAtRestart=%d sentAtRestart=%d restartSeconds=%.1f clientRetries=%d",
                registeredAtRestart,
                sentAtRestart,
                restartSeconds,
                load.retries()));
    long instances =
        cluster.admin.count(
            cluster.nodeB,
            "/engine-rest/process-instance/count?processDefinitionKey=contract-renewal&businessKeyLike=R4-%25");
    assertThat(instances).as("no instance lost").isEqualTo(contracts);
    for (ClusterNode node : cluster.nodes()) {
      node.awaitReady(Duration.ofMinutes(2));
    }
    assertExactlyOnce(figures);
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** Waits until every contract's reminder arrived and no reminder job is left, then counts. */
  private ReliabilityReport.Figures awaitReminders(
      String scenario,
      String prefix,
      List<String> numbers,
      long started,
      Duration timeout,
      String extra)
      throws Exception {
    awaitDistinct(prefix, numbers.size(), timeout);
    double seconds = seconds(started);
    awaitCount("/engine-rest/job/count?activityId=" + REMINDER_ACTIVITY, 0, timeout);
    Thread.sleep(3_000); // a late second copy would arrive now
    Map<String, Integer> counts = cluster.sink.countsFor(prefix);
    int duplicates = counts.values().stream().mapToInt(count -> count - 1).sum();
    long lost = numbers.stream().filter(number -> !counts.containsKey(key(number))).count();
    int unexpected =
        (int)
            counts.keySet().stream()
                .filter(key -> !key.endsWith("/BEFORE_DUE/relclerk@rectify.test"))
                .count();
    ReliabilityReport.Figures figures =
        new ReliabilityReport.Figures(
            scenario,
            counts.size(),
            numbers.size(),
            duplicates,
            (int) lost,
            seconds,
            (extra + (unexpected > 0 ? " unexpected=" + unexpected : "")).trim());
    report.print(figures);
    return figures;
  }

  private static String key(String number) {
    return number + "/BEFORE_DUE/relclerk@rectify.test";
  }

  private static void assertExactlyOnce(ReliabilityReport.Figures figures) {
    assertThat(figures.lost()).as("lost").isZero();
    assertThat(figures.duplicates()).as("duplicates").isZero();
    assertThat(figures.sent()).as("sent").isEqualTo(figures.expected());
    assertThat(figures.extra()).doesNotContain("unexpected=");
  }

  /**
   * Blocks until at least {@code count} distinct reminders with the prefix arrived; returns how
   * many there are.
   */
  private int awaitDistinct(String prefix, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = 0;
    while (System.nanoTime() < deadline) {
      seen = cluster.sink.countsFor(prefix).size();
      if (seen >= count) {
        return seen;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        "only " + seen + " of " + count + " " + prefix + " reminders within " + timeout);
  }

  private void awaitCount(String path, long expected, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    long last = -1;
    while (System.nanoTime() < deadline) {
      for (ClusterNode node : cluster.aliveNodes()) {
        try {
          last = cluster.admin.count(node, path);
          if (last == expected) {
            return;
          }
          break;
        } catch (IOException | IllegalStateException e) {
          LOG.debug("{} not answering: {}", node.name(), e.getMessage());
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError(path + " = " + last + ", expected " + expected + " within " + timeout);
  }

  /**
   * Moves the schedule's timer to now and waits until one of the nodes ran it; returns the
   * instances it made.
   */
  private long fire(String processKey, String timerActivity) throws Exception {
    String instances =
        "/engine-rest/history/process-instance/count?processDefinitionKey=" + processKey;
    long before = cluster.admin.count(cluster.nodeA, instances);
    JsonNode jobs =
        cluster
            .admin
            .require(
                cluster.admin.get(cluster.nodeA, "/engine-rest/job?activityId=" + timerActivity),
                "timer job")
            .body();
    assertThat(jobs.size())
        .as("one timer job for " + processKey + " in the whole cluster")
        .isEqualTo(1);
    String due = ZonedDateTime.now(ReliabilityCluster.ZONE).minusSeconds(1).format(REST_DATE);
    cluster.admin.require(
        cluster.admin.put(
            cluster.nodeA,
            "/engine-rest/job/" + jobs.get(0).get("id").asText() + "/duedate",
            json("duedate", due)),
        "move timer");
    awaitCount(
        "/engine-rest/history/process-instance/count?finished=true&processDefinitionKey="
            + processKey,
        before + 1,
        Duration.ofMinutes(2));
    Thread.sleep(5_000);
    return cluster.admin.count(cluster.nodeA, instances) - before;
  }

  private int retryFailedJobs() throws Exception {
    int retried = 0;
    while (true) {
      JsonNode jobs =
          cluster
              .admin
              .require(
                  cluster.admin.get(
                      cluster.nodeA,
                      "/engine-rest/job?noRetriesLeft=true"
                          + "&activityId="
                          + REMINDER_ACTIVITY
                          + "&maxResults=200"),
                  "failed jobs")
              .body();
      if (jobs.isEmpty()) {
        return retried;
      }
      for (JsonNode job : jobs) {
        ClusterNode node = retried % 2 == 0 ? cluster.nodeA : cluster.nodeB;
        cluster.admin.require(
            cluster.admin.put(
                node,
                "/engine-rest/job/" + encode(job.get("id").asText()) + "/retries",
                json("retries", 1)),
            "retry job");
        retried++;
      }
    }
  }

  /**
   * Today by the statutory calendar the nodes use (src/main/resources/calendar), for the digest's
   * expectation.
   */
  private static boolean isWorkingDay() throws IOException {
    LocalDate today = ReliabilityCluster.today();
    Path file = Path.of("src/main/resources/calendar/cn-" + today.getYear() + ".txt");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        String[] fields = line.split("#")[0].trim().split("\\s+");
        if (fields.length >= 2
            && fields[0].matches("\\d{4}-\\d{2}-\\d{2}(\\.\\.\\d{4}-\\d{2}-\\d{2})?")) {
          String[] range = fields[0].split("\\.\\.");
          LocalDate from = LocalDate.parse(range[0]);
          LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
          if (!today.isBefore(from) && !today.isAfter(to)) {
            return "workday".equals(fields[1]);
          }
        }
      }
    }
    return today.getDayOfWeek().getValue() <= 5;
  }

  private static void registerQuietly(
      ContractLoad load, List<String> numbers, String department, LocalDate endsOn) {
    try {
      load.register(numbers, department, endsOn);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * End date whose renewal reminder (end − 3 months) is past and whose deadline (end − 2 months) is
   * not.
   */
  private static LocalDate dueNowEndDate() {
    return ReliabilityCluster.today().plusMonths(2).plusDays(10);
  }

  private Duration timeout(long extraMillis) {
    return Duration.ofSeconds(180 + contracts / 2).plusMillis(extraMillis * 2);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static Path jar() throws IOException {
    String configured = System.getProperty("reliability.jar");
    if (configured != null) {
      return Path.of(configured);
    }
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(file -> file.getFileName().toString().matches("rectify-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/rectify-*.jar: package first"));
    }
  }
}
