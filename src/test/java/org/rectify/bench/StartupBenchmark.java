package org.rectify.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar as an operator starts it (embedded default: H2 file database in the working directory, demo
 * organisation and plan, mail sink), on free ports instead of 8080/3025: seconds to the "Started" log line and to
 * readiness (readiness probe UP, i.e. after the start-up listeners that load the organisation and demo data), and
 * the process's resident memory from /proc after start and after a minute's idle. First start on an empty
 * directory, then a restart on the same database.
 */
final class StartupBenchmark {

  private final Path jar;

  StartupBenchmark(Path jar) {
    this.jar = jar;
  }

  void run() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("rectify-startup");
    start(dir, "first_start");
    start(dir, "restart");
  }

  private void start(Path dir, String label) throws IOException, InterruptedException {
    int http = freePort();
    int smtp = freePort();
    // the JVM flags of the embedded default's start command (pom.xml, spring-boot:run jvmArguments)
    List<String> command = new java.util.ArrayList<>(List.of("java"));
    for (String flag : System.getProperty("bench.startup.jvm", "-Xmx512m -XX:+UseSerialGC").trim().split("\\s+")) {
      if (!flag.isEmpty()) {
        command.add(flag);
      }
    }
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + http,
        "--rectify.mail.sink.port=" + smtp, "--management.endpoint.health.probes.enabled=true"));
    Report.line("  %s: %s", label, String.join(" ", command.subList(0, command.indexOf("-jar"))));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    CompletableFuture<Double> started = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.contains("Started RectifyApplication")) {
            started.complete((System.nanoTime() - start) / 1e9);
          }
        }
      } catch (IOException e) {
        started.completeExceptionally(e);
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      double ready = waitReady(http, start);
      double log = started.getNow(Double.NaN);
      long rssReady = rssKb(process.pid());
      Thread.sleep(60_000);
      long rssIdle = rssKb(process.pid());
      Report.line("  %s: 'Started' log after %.1f s, readiness UP after %.1f s, RSS %d MB at ready, %d MB after"
          + " 60 s idle", label, log, ready, rssReady / 1024, rssIdle / 1024);
      Report.bench("startup." + label + ".started_log_s", log, "s");
      Report.bench("startup." + label + ".ready_s", ready, "s");
      Report.bench("startup." + label + ".rss_ready_mb", rssReady / 1024.0, "MB");
      Report.bench("startup." + label + ".rss_idle_mb", rssIdle / 1024.0, "MB");
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static double waitReady(int port, long start) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/actuator/health/readiness")).build();
    while (System.nanoTime() - start < 300e9) {
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("UP")) {
          return (System.nanoTime() - start) / 1e9;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("not ready after 300 s");
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
