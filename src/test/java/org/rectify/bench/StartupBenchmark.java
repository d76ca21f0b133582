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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar as an operator starts it (embedded default: H2 file database in the working
 * directory, demo organisation and plan, mail sink), on free ports instead of 8080/3025: seconds to
 * the "Started" log line and to readiness (readiness probe UP, i.e. after the start-up listeners
 * that load the organisation and demo data), and the process's resident memory from /proc after
 * start and after a minute's idle. First start on an empty directory, then a restart on the same
 * database.
 *
 * <p>{@code bench.startup.modes} (default {@code jar,cds}): {@code jar} is {@code java -jar} on the
 * packaged jar; {@code cds} is the production start with class data sharing that README describes:
 * the jar extracted ({@code -Djarmode=tools extract}), a training run ({@code
 * -XX:ArchiveClassesAtExit}, {@code -Dspring.context.exit=onRefresh}, in a scratch directory with
 * the embedded default) that writes the archive, then the extracted jar started with {@code
 * -XX:SharedArchiveFile}.
 */
final class StartupBenchmark {

  private final Path jar;

  StartupBenchmark(Path jar) {
    this.jar = jar;
  }

  void run() throws IOException, InterruptedException {
    for (String mode : RectifyBenchmark.list("bench.startup.modes", "jar,cds")) {
      switch (mode) {
        case "jar" -> {
          Path dir = Files.createTempDirectory("rectify-startup");
          start(dir, List.of(), jar, "");
          start(dir, List.of(), jar, "");
          delete(dir);
        }
        case "cds" -> runWithClassDataSharing();
        default ->
            throw new IllegalArgumentException(
                "Unknown start-up mode " + mode + ", known: jar, cds");
      }
    }
  }

  /** README's production start: extract, train once, start with the archive. */
  private void runWithClassDataSharing() throws IOException, InterruptedException {
    Path base = Files.createTempDirectory("rectify-startup-cds");
    Path app = base.resolve("app");
    run(
        base,
        "extract",
        List.of(
            "java",
            "-Djarmode=tools",
            "-jar",
            jar.toAbsolutePath().toString(),
            "extract",
            "--destination",
            app.toString()));
    Path extracted = app.resolve(jar.getFileName());
    Path archive = app.resolve("rectify.jsa");
    Path training = Files.createDirectories(base.resolve("training"));
    List<String> train = new ArrayList<>(List.of("java"));
    train.addAll(jvmFlags());
    train.addAll(
        List.of(
            "-XX:ArchiveClassesAtExit=" + archive,
            "-Dspring.context.exit=onRefresh",
            "-jar",
            extracted.toString(),
            "--rectify.mail.sink.port=" + freePort()));
    run(training, "training run", train);
    Report.line("  cds: archive %d MB", Files.size(archive) / (1024 * 1024));
    Path dir = Files.createDirectories(base.resolve("data"));
    start(dir, List.of("-XX:SharedArchiveFile=" + archive), extracted, "cds.");
    start(dir, List.of("-XX:SharedArchiveFile=" + archive), extracted, "cds.");
    delete(base);
  }

  /**
   * The H2 files, the extracted jar and the archive (about 200 MB) go when the mode is measured.
   */
  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void run(Path dir, String what, List<String> command)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(what.replace(' ', '-') + ".log").toFile())
            .start();
    if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("cds " + what + " failed, see " + dir);
    }
    Report.line("  cds: %s took %.1f s", what, (System.nanoTime() - start) / 1e9);
  }

  /**
   * The JVM flags of the embedded default's start command (pom.xml, spring-boot:run jvmArguments).
   */
  private static List<String> jvmFlags() {
    return Arrays.stream(
            System.getProperty("bench.startup.jvm", "-Xmx512m -XX:+UseSerialGC")
                .trim()
                .split("\\s+"))
        .filter(flag -> !flag.isEmpty())
        .toList();
  }

  private void start(Path dir, List<String> extraFlags, Path jarToStart, String prefix)
      throws IOException, InterruptedException {
    String label = Files.exists(dir.resolve("data")) ? "restart" : "first_start";
    int http = freePort();
    int smtp = freePort();
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(jvmFlags());
    command.addAll(extraFlags);
    command.addAll(
        List.of(
            "-jar",
            jarToStart.toAbsolutePath().toString(),
            "--server.port=" + http,
            "--rectify.mail.sink.port=" + smtp,
            "--management.endpoint.health.probes.enabled=true"));
    label = prefix + label;
    Report.line(
        "  %s: %s", label, String.join(" ", command.subList(0, command.indexOf("-jar") + 2)));
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    CompletableFuture<Double> started = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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
      Report.line(
          "  %s: 'Started' log after %.1f s, readiness UP after %.1f s, RSS %d MB at ready, %d MB after"
              + " 60 s idle",
          label, log, ready, rssReady / 1024, rssIdle / 1024);
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
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
            .build();
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
