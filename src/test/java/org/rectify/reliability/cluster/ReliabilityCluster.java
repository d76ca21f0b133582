package org.rectify.reliability.cluster;

import static org.rectify.reliability.cluster.RectifyClient.json;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster under test: a fresh PostgreSQL database created for the run, a GreenMail SMTP sink,
 * two nodes (two JVMs of the packaged jar, postgres profile, distinct ports) and the people the
 * reminders go to. Shared between the nodes: database, SMTP server, jar and configuration — nothing
 * else.
 */
final class ReliabilityCluster implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReliabilityCluster.class);
  static final String PG_HOST = "127.0.0.1:5432";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * Suite setting, documented in docs/reliability.md: a dead node's jobs are taken over after 15 s.
   */
  static final long LOCK_TIME_MILLIS = 15_000;

  /**
   * Suite setting: 3 quick retries so an outage outlasts them within seconds (production keeps
   * R5/PT5M).
   */
  static final String RETRY_CYCLE = "R3/PT2S";

  static final String CLERK = "relClerk";
  static final String LEADER = "relLeader";
  static final String DIGEST_USER = "relDigest";
  static final String USER_PASSWORD = "Reliability-2026";

  final String database;
  final MailSink sink;
  final ClusterNode nodeA;
  final ClusterNode nodeB;
  final RectifyClient admin;
  private final Path workDir;

  ReliabilityCluster(String database, Path jar, Path workDir) throws IOException {
    this.database = database;
    this.workDir = workDir;
    Files.createDirectories(workDir);
    this.sink = new MailSink(freePort());
    String adminPassword = "Rel-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    Map<String, String> environment =
        Map.of(
            "RECTIFY_DB_URL",
            "jdbc:postgresql://" + PG_HOST + "/" + database,
            "RECTIFY_DB_USER",
            "postgres",
            "RECTIFY_DB_PASSWORD",
            "",
            "RECTIFY_ADMIN_PASSWORD",
            adminPassword,
            "RECTIFY_SMTP_HOST",
            "127.0.0.1",
            "RECTIFY_SMTP_PORT",
            String.valueOf(sink.port()),
            "RECTIFY_JOB_LOCK_TIME_MILLIS",
            String.valueOf(LOCK_TIME_MILLIS));
    List<String> arguments =
        List.of(
            "--rectify.reminder.retry-cycle=" + RETRY_CYCLE,
            // idle nodes look for new jobs at least every 3 s (Camunda's default back-off goes up
            // to 60 s)
            "--camunda.bpm.job-execution.max-wait=3000",
            "--camunda.bpm.job-execution.wait-time-in-millis=1000",
            "--logging.level.org.camunda.bpm.engine.jobexecutor=warn");
    this.nodeA = new ClusterNode("node-a", jar, freePort(), environment, arguments, workDir);
    this.nodeB = new ClusterNode("node-b", jar, freePort(), environment, arguments, workDir);
    this.admin = new RectifyClient("admin", adminPassword);
  }

  void createDatabase() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + PG_HOST + "/postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
      statement.execute("create database " + database);
    }
    LOG.info("fresh database {} created", database);
  }

  void dropDatabase() {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + PG_HOST + "/postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
    } catch (SQLException e) {
      LOG.warn("could not drop {}: {}", database, e.getMessage());
    }
  }

  /**
   * Runs a query returning one number on the suite's database (checks only; the nodes own the
   * data).
   */
  long queryLong(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + PG_HOST + "/" + database, "postgres", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  List<ClusterNode> nodes() {
    return List.of(nodeA, nodeB);
  }

  List<ClusterNode> aliveNodes() {
    return nodes().stream().filter(ClusterNode::isAlive).toList();
  }

  /**
   * The people reminders go to, created through the REST API as an administrator does under
   * postgres.
   */
  void setUpOrganisation() throws IOException, InterruptedException {
    ClusterNode node = nodeA;
    createUser(node, CLERK, "可靠", "办事员", "relclerk@rectify.test");
    createUser(node, LEADER, "可靠", "领导", "relleader@rectify.test");
    createUser(node, DIGEST_USER, "可靠", "汇总员", "reldigest@rectify.test");
    member(node, "greening", CLERK);
    member(node, "office", CLERK);
    member(node, "leaders", LEADER);
    member(node, "sanitation", DIGEST_USER);
    admin.require(
        admin.put(
            node, "/api/departments/greening", json("headUserId", CLERK, "leaderUserId", LEADER)),
        "assign greening");
    admin.require(
        admin.put(
            node,
            "/api/departments/sanitation",
            json("headUserId", DIGEST_USER, "leaderUserId", LEADER)),
        "assign sanitation");
    admin.require(
        admin
            .as(DIGEST_USER, USER_PASSWORD)
            .put(node, "/api/reminders/preferences", json("dailyDigest", true)),
        "digest preference");
  }

  private void createUser(
      ClusterNode node, String id, String firstName, String lastName, String email)
      throws IOException, InterruptedException {
    admin.require(
        admin.post(
            node,
            "/engine-rest/user/create",
            json(
                "profile",
                    json("id", id, "firstName", firstName, "lastName", lastName, "email", email),
                "credentials", json("password", USER_PASSWORD))),
        "create user " + id);
  }

  private void member(ClusterNode node, String group, String user)
      throws IOException, InterruptedException {
    admin.require(
        admin.put(node, "/engine-rest/group/" + group + "/members/" + user, null),
        group + " += " + user);
  }

  /** Today as a business date. */
  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  @Override
  public void close() throws InterruptedException {
    for (ClusterNode node : nodes()) {
      node.stop();
    }
    if (sink.isRunning()) {
      sink.stop();
    }
  }

  Path workDir() {
    return workDir;
  }

  static int freePort() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ServerSocket socket = new ServerSocket(0)) {
        int port = socket.getLocalPort();
        if (port != 8080 && port != 3025) {
          return port;
        }
      }
    }
    throw new IOException("no free port");
  }

  static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  static List<String> numbers(String prefix, int count) {
    List<String> numbers = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      numbers.add(String.format("%s-%05d", prefix, i));
    }
    return numbers;
  }
}
