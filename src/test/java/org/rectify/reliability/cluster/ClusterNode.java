package org.rectify.reliability.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Rectify node: the packaged jar in its own JVM ({@code java -jar …
 * --spring.profiles.active=postgres}), as an administrator would start it. Output goes to {@code
 * target/reliability/<name>.log}. {@link #kill()} is a {@code kill -9} (SIGKILL: no shutdown hook,
 * no connection closed politely).
 */
final class ClusterNode {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);

  private final String name;
  private final Path jar;
  private final int port;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final Path log;
  private Process process;

  ClusterNode(
      String name,
      Path jar,
      int port,
      Map<String, String> environment,
      List<String> arguments,
      Path logDir) {
    this.name = name;
    this.jar = jar;
    this.port = port;
    this.environment = environment;
    this.arguments = arguments;
    this.log = logDir.resolve(name + ".log");
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  void start() throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBinary(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--camunda.bpm.job-execution.lock-owner=" + name));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    process = builder.start();
    LOG.info("node {} started (pid {}, port {}, log {})", name, process.pid(), port, log);
  }

  /** Waits until {@code /actuator/health} answers 200 (database and SMTP reachable). */
  void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException(
            "node " + name + " exited with " + process.exitValue() + ", see " + log);
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "node " + name + " not ready after " + timeout + ", see " + log);
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** {@code kill -9}. */
  void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      LOG.info("kill -9 node {} (pid {})", name, process.pid());
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Orderly shutdown (SIGTERM), then SIGKILL if it hangs. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
