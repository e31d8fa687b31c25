package org.fumin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application against a real PostgreSQL server that crash-restarts twice
 * ({@code pg_ctl stop -m immediate}, then start) under write load: every acknowledged write is
 * still there afterwards, and the only server errors callers see are {@code 503} problem details
 * with {@code Retry-After}. Uses the distribution's PostgreSQL server binaries (Debian:
 * {@code apt-get install postgresql}; {@code FUMIN_PG_BIN} points elsewhere), on a private data
 * directory and a loopback port.
 */
class DatabaseRestartIT {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final String INITIAL_PASSWORD = "Initial#Restart2026";
  private static final String PASSWORD = "Chosen#Restart2026-pass";
  private static final int WRITERS = 4;

  private static Path pgBin;
  private static Path dataDir;
  private static int dbPort;
  private static int port;
  private static Process app;

  @BeforeAll
  static void start() throws Exception {
    pgBin = serverBinaries();
    dataDir = Files.createTempDirectory("fumin-restart-it");
    dbPort = freePort();
    port = freePort();
    asPostgres(List.of("chown", "-R", "postgres:postgres", dataDir.toString()), true);
    pg(List.of(pgBin.resolve("initdb").toString(), "-D", dataDir.resolve("data").toString(), "-U", "postgres",
        "--auth=trust", "-E", "UTF8", "--no-sync"));
    startDatabase();
    app = launch();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
    if (dataDir != null) {
      if (pgBin != null && Files.exists(dataDir.resolve("data").resolve("postmaster.pid"))) {
        pg(List.of(pgBin.resolve("pg_ctl").toString(), "stop", "-D", dataDir.resolve("data").toString(), "-m", "immediate"));
      }
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void twoCrashRestartsUnderWriteLoadLoseNoAcknowledgedWriteAndAnswerOnly503() throws Exception {
    Session admin = signIn();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Queue failures = new Queue();
    AtomicInteger unavailable = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      Thread writer = new Thread(() -> {
        while (running.get()) {
          String code = String.valueOf(810000 + next.getAndIncrement());
          try {
            HttpResponse<String> response = admin.send("POST", "/api/v1/districts",
                "{\"code\":\"" + code + "\",\"name\":\"重启区" + code + "\",\"kind\":\"COUNTY_LEVEL\"}");
            int status = response.statusCode();
            if (status == 201) {
              acknowledged.add(code);
            } else if (status == 503) {
              unavailable.incrementAndGet();
              if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                  || response.headers().firstValue("Retry-After").isEmpty()) {
                failures.add("503 without problem details or Retry-After: " + response.headers().map());
              }
              Thread.sleep(100);
            } else {
              failures.add(status + " " + response.body());
            }
          } catch (IOException e) {
            failures.add("no answer: " + e);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "writer-" + w);
      writer.start();
      writers.add(writer);
    }
    int before = 0;
    for (int restart = 1; restart <= 2; restart++) {
      Thread.sleep(2500);
      int written = acknowledged.size();
      assertThat(written).as("writes succeed before restart %d", restart).isGreaterThan(before);
      pg(List.of(pgBin.resolve("pg_ctl").toString(), "stop", "-D", dataDir.resolve("data").toString(), "-m", "immediate"));
      Thread.sleep(1500);
      startDatabase();
      before = awaitProgress(acknowledged, written, Duration.ofSeconds(20));
    }
    Thread.sleep(1500);
    running.set(false);
    for (Thread writer : writers) {
      writer.join(15_000);
    }

    assertThat(failures.items()).as("answers other than 201 and 503 problem details").isEmpty();
    Set<String> stored = storedCodes();
    Set<String> lost = new HashSet<>(acknowledged);
    lost.removeAll(stored);
    assertThat(lost).as("acknowledged writes missing after two crash restarts (of %d acknowledged, %d answered 503)",
        acknowledged.size(), unavailable.get()).isEmpty();
    assertThat(acknowledged.size()).isGreaterThan(20);
    String log = Files.readString(Path.of("target", "restart-it.log"));
    assertThat(log).doesNotContain("Unexpected failure").contains("Database unavailable");
    assertThat(log.lines().filter(line -> line.startsWith("\tat ")).count()).as("stack trace lines in the log").isZero();
  }

  /** Waits until a write is acknowledged after a restart; answers the count reached. */
  private static int awaitProgress(Set<String> acknowledged, int written, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (acknowledged.size() > written) {
        return acknowledged.size();
      }
      Thread.sleep(100);
    }
    return fail("no write succeeded within %s of the database restart", limit);
  }

  private static Set<String> storedCodes() throws Exception {
    Set<String> codes = new HashSet<>();
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select code from district where code like '81%'")) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    return codes;
  }

  private static void startDatabase() throws Exception {
    pg(List.of(pgBin.resolve("pg_ctl").toString(), "start", "-w", "-t", "30", "-D", dataDir.resolve("data").toString(),
        "-l", dataDir.resolve("postgres.log").toString(),
        "-o", "-p " + dbPort + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c max_connections=60"));
  }

  /** The newest PostgreSQL server binaries installed (or {@code FUMIN_PG_BIN}); fails, never skips, without them. */
  private static Path serverBinaries() throws IOException {
    String configured = System.getenv("FUMIN_PG_BIN");
    if (configured != null && !configured.isBlank()) {
      Path bin = Path.of(configured);
      assertThat(bin.resolve("pg_ctl")).as("FUMIN_PG_BIN must hold pg_ctl and initdb").exists();
      return bin;
    }
    Path root = Path.of("/usr/lib/postgresql");
    Optional<Path> newest = Optional.empty();
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        newest = versions.filter(v -> Files.isExecutable(v.resolve("bin").resolve("pg_ctl")))
            .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
            .map(v -> v.resolve("bin"));
      }
    }
    return newest.orElseGet(() -> fail("DatabaseRestartIT needs PostgreSQL server binaries (pg_ctl, initdb) in "
        + "/usr/lib/postgresql/<version>/bin: install them with 'apt-get install -y postgresql' or set FUMIN_PG_BIN"));
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Runs a PostgreSQL tool as the postgres user (the server refuses to run as root). */
  private static void pg(List<String> command) throws Exception {
    asPostgres(command, false);
  }

  private static void asPostgres(List<String> command, boolean asRootOnly) throws Exception {
    List<String> full = new ArrayList<>();
    if (root() && !asRootOnly) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    } else if (!root() && asRootOnly) {
      return; // not root: the directory is already ours
    }
    full.addAll(command);
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      fail("%s failed:%n%s", String.join(" ", full), output);
    }
  }

  private static Process launch() throws Exception {
    String jar = System.getProperty("fumin.jar", "target/quarkus-app/quarkus-run.jar");
    ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(Path.of("target", "restart-it.log").toFile()));
    builder.environment().putAll(Map.of(
        "PORT", Integer.toString(port),
        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
        "QUARKUS_DATASOURCE_USERNAME", "postgres",
        "QUARKUS_DATASOURCE_PASSWORD", "unused",
        "FUMIN_ADMIN_PASSWORD", INITIAL_PASSWORD,
        "FUMIN_DB_POOL_SIZE", "16"));
    Process process = builder.start();
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        fail("The application exited; see target/restart-it.log");
      }
      try {
        if (HTTP.send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return process;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    return fail("The application did not get ready in 60 s; see target/restart-it.log");
  }

  /** Signs in as the first admin and changes the initial password, as required before any other call. */
  private static Session signIn() throws Exception {
    Session first = login(INITIAL_PASSWORD);
    HttpResponse<String> changed = first.send("POST", "/api/v1/auth/password",
        "{\"currentPassword\":\"" + INITIAL_PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    return login(PASSWORD);
  }

  private static Session login(String password) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("fumin_session="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    Matcher csrf = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(response.body());
    assertThat(csrf.find()).isTrue();
    return new Session(cookie, csrf.group(1));
  }

  record Session(String cookie, String csrf) {
    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
      return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
          .header("Cookie", cookie).header("X-CSRF-Token", csrf)
          .header("Content-Type", "application/json").header("Accept", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  /** Failures seen by the writers, kept bounded for the report. */
  static final class Queue {
    private final ConcurrentLinkedQueue<String> items = new ConcurrentLinkedQueue<>();

    void add(String item) {
      if (items.size() < 50) {
        items.add(item);
      }
    }

    List<String> items() {
      return List.copyOf(items);
    }
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
