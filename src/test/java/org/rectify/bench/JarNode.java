package org.rectify.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second Rectify node for the reminder flush: the packaged jar in its own JVM with the {@code
 * postgres} profile, the same database, SMTP sink and variant properties as the benchmark's
 * in-process node, on a free port, the job executor on. Started when the reminders are prepared
 * (not yet due), stopped after the flush. Output goes to {@code target/bench/reminders-node-b.log}.
 */
final class JarNode implements AutoCloseable {

  private final Path jar;
  private final List<String> properties;
  private final Path log = Path.of("target", "bench", "reminders-node-b.log");
  private Process process;
  private double startSeconds;

  JarNode(Path jar, List<String> properties) {
    this.jar = jar;
    this.properties = properties;
  }

  void start() throws IOException, InterruptedException {
    int port = ReminderFlushBenchmark.freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                System.getProperty("bench.node.heap", "-Xmx512m"),
                "-Duser.timezone=Asia/Shanghai",
                "-Dfile.encoding=UTF-8",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--rectify.mail.sink.enabled=false",
                "--rectify.demo.enabled=false",
                "--logging.level.root=warn",
                "--logging.level.org.rectify=warn",
                "--camunda.bpm.job-execution.lock-owner=bench-node-b"));
    properties.forEach(p -> command.add("--" + p));
    Files.createDirectories(log.getParent());
    long begin = System.nanoTime();
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    awaitReady(port, begin);
    startSeconds = (System.nanoTime() - begin) / 1e9;
  }

  long pid() {
    return process.pid();
  }

  String summary() {
    return String.format("pid %d, ready after %.1f s, log %s", process.pid(), startSeconds, log);
  }

  private void awaitReady(int port, long begin) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
    while (System.nanoTime() - begin < 300e9) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "second node exited with " + process.exitValue() + ", see " + log);
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("second node not ready after 300 s, see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
