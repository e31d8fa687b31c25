package org.fumin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application as {@code make run} starts it: its own embedded PostgreSQL on a data
 * directory, the SPA and the API on one origin, data that survives a restart and a {@code kill -9}.
 */
class RunIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String INITIAL_PASSWORD = "Initial#Run2026";
  private static final String PASSWORD = "Chosen#Run2026-pass";
  private static final String METRICS_TOKEN = "run-it-metrics-token";
  /** Generous: a loaded machine starts slowly (the demo data set hashes five passwords at start). */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final String DEMO_PASSWORD = "Demo#Fumin-2026";
  /** The smallest PDF a reader opens: one empty page. */
  private static final String SAMPLE_PDF = """
      %PDF-1.4
      1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
      2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
      3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
      trailer << /Root 1 0 R >>
      %%EOF
      """;

  private static Path dataDir;
  private static int port;
  private static int databasePort;
  private static Process app;

  @BeforeAll
  static void start() throws Exception {
    dataDir = Files.createTempDirectory("fumin-run-it");
    port = freePort();
    databasePort = freePort();
    app = launch();
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.destroy();
      app.waitFor(30, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void oneOriginServesTheSpaDeepLinksTheApiTheContractAndHealth() throws Exception {
    HttpResponse<String> index = get("/", "text/html");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<div id=\"root\">");
    HttpResponse<String> deepLink = get("/townships/12?page=2", "text/html");
    assertThat(deepLink.statusCode()).isEqualTo(200);
    assertThat(deepLink.body()).isEqualTo(index.body());

    assertThat(get("/api/v1/districts", "application/json").statusCode()).isEqualTo(401);
    HttpResponse<String> districts = signIn(adminPassword()).send("GET", "/api/v1/districts", null);
    assertThat(districts.statusCode()).isEqualTo(200);
    assertThat(districts.body()).contains("广陵区");

    HttpResponse<String> unknownApi = get("/api/v1/unknown", "text/html");
    assertThat(unknownApi.statusCode()).isEqualTo(404);
    assertThat(unknownApi.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    assertThat(get("/q/openapi", "application/yaml").body()).isEqualTo(Files.readString(ROOT.resolve("openapi.yaml")));
    assertThat(get("/q/health/ready", "application/json").body()).contains("\"status\": \"UP\"");
    assertThat(get("/q/health/live", "application/json").statusCode()).isEqualTo(200);
    assertThat(get("/q/metrics", "text/plain").statusCode()).isEqualTo(401);
    HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(uri("/q/metrics")).header("Accept", "text/plain")
        .header("Authorization", "Bearer " + METRICS_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.body()).contains("http_server_requests_seconds");
  }

  @Test
  void theReadmeCurlExamplesWorkAgainstALiveServer() throws Exception {
    String output = runReadmeBlock("curl-examples", port, Map.of("FUMIN_PASSWORD", adminPassword()), 60, Map.of());
    assertThat(output).contains("\"name\":\"示例街道\"").contains("must be a 6-digit administrative code");
  }

  @Test
  void theReadmeImportRecipesWorkAgainstALiveServer() throws Exception {
    String output = runReadmeBlock("import-examples", port, Map.of("FUMIN_PASSWORD", adminPassword()), 120, Map.of());
    assertThat(output).contains("行政区划代码/code,名称/name,所属县区代码/districtCode")
        .contains("\"dryRun\":true").contains("\"created\":2").containsIgnoringCase("Idempotent-Replayed: true")
        .contains("\"created\":6000").contains("6003 townships-321003.csv");
  }

  /**
   * Runs a README block of shell commands (between {@code <!-- name:start -->} and its end) with
   * bash against the server on this port, in a fresh directory holding the given files; the block
   * must exit 0. Returns what it printed.
   */
  private static String runReadmeBlock(String name, int serverPort, Map<String, String> environment, int seconds,
      Map<String, byte[]> files) throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher block = Pattern.compile("<!-- " + name + ":start -->\\s*```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README has the block " + name).isTrue();
    String script = "set -euo pipefail\n" + block.group(1).replace("http://localhost:8080", "http://localhost:" + serverPort);
    Path directory = Files.createTempDirectory("readme-" + name);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Files.write(directory.resolve(file.getKey()), file.getValue());
    }
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).directory(directory.toFile());
    builder.environment().putAll(environment);
    Process bash = builder.start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(seconds, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void anImportJobKilledMidwayLeavesNothingIsMarkedFailedAndARetryImportsOnce() throws Exception {
    int rows = 150_000;
    StringBuilder csv = new StringBuilder("code,name,districtCode\n");
    for (int i = 1; i <= rows; i++) {
      csv.append("321081").append(String.format("%06d", i)).append(",中断镇").append(i).append(",321081\n");
    }
    Session admin = signIn(adminPassword());
    HttpResponse<String> accepted = admin.sendCsv("/api/v1/imports/townships", csv.toString(), "kill-9-import");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String job = accepted.headers().firstValue("Location").orElseThrow();

    app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9 while the job writes
    app = launch();
    Session again = signIn(PASSWORD);
    assertThat(again.send("GET", job, null).body()).contains("\"state\":\"FAILED\"");
    assertThat(again.send("GET", "/api/v1/townships?districtCode=321081&size=1", null).body()).contains("\"total\":0");

    HttpResponse<String> retry = again.sendCsv("/api/v1/imports/townships", csv.toString(), "kill-9-import");
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(202);
    Instant until = Instant.now().plusSeconds(300);
    String state;
    do {
      Thread.sleep(500);
      state = again.send("GET", job, null).body();
    } while (state.contains("\"state\":\"RUNNING\"") && Instant.now().isBefore(until));
    assertThat(state).contains("\"state\":\"SUCCEEDED\"").contains("\"created\":" + rows);
    assertThat(again.send("GET", "/api/v1/townships?districtCode=321081&size=1", null).body()).contains("\"total\":" + rows);
    HttpResponse<String> replay = again.sendCsv("/api/v1/imports/townships", csv.toString(), "kill-9-import");
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(again.send("GET", "/api/v1/townships?districtCode=321081&size=1", null).body()).contains("\"total\":" + rows);
  }

  @Test
  void dataSurvivesARestartAndAKill9() throws Exception {
    Session admin = signIn(adminPassword());
    assertThat(admin.send("POST", "/api/v1/districts", "{\"code\":\"329901\",\"name\":\"持久区\",\"kind\":\"COUNTY_LEVEL\"}")
        .statusCode()).isEqualTo(201);

    app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: the postmaster is orphaned
    app = launch();
    assertThat(signIn(PASSWORD).send("GET", "/api/v1/districts?q=329901", null).body()).contains("持久区");

    app.destroy(); // SIGTERM: an orderly stop
    assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
    app = launch();
    assertThat(signIn(PASSWORD).send("GET", "/api/v1/districts?q=329901", null).body()).contains("持久区");
  }

  /** A signed-in user: the session cookie and the CSRF token. */
  record Session(String cookie, String csrf) {
    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
      return send(port, method, path, json);
    }

    HttpResponse<String> send(int serverPort, String method, String path, String json) throws IOException, InterruptedException {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path))
          .header("Cookie", cookie).header("X-CSRF-Token", csrf)
          .header("Content-Type", "application/json").header("Accept", "application/json")
          .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> sendCsv(String path, String csv, String idempotencyKey) throws IOException, InterruptedException {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).header("X-CSRF-Token", csrf)
          .header("Content-Type", "text/csv; charset=UTF-8").header("Accept", "application/json")
          .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(csv));
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private static Session signIn(String password) throws IOException, InterruptedException {
    return signIn(port, "admin", password);
  }

  private static Session signIn(int serverPort, String username, String password) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String cookie = response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("fumin_session=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    Matcher csrf = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(response.body());
    assertThat(csrf.find()).isTrue();
    return new Session(cookie, csrf.group(1));
  }

  /** The admin's password after the first-sign-in change (done once). */
  private static synchronized String adminPassword() throws IOException, InterruptedException {
    HttpResponse<String> probe = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (probe.statusCode() != 200) {
      Session first = signIn(INITIAL_PASSWORD);
      HttpResponse<String> changed = first.send("POST", "/api/v1/auth/password",
          "{\"currentPassword\":\"" + INITIAL_PASSWORD + "\",\"newPassword\":\"" + PASSWORD + "\"}");
      assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    }
    return PASSWORD;
  }

  private static Process launch() throws Exception {
    return launch(dataDir, port, Map.of("FUMIN_ADMIN_PASSWORD", INITIAL_PASSWORD, "FUMIN_DATABASE_PORT", String.valueOf(databasePort)));
  }

  @Test
  void aSessionWorksOnEveryReplicaAndSignOutEndsItOnAll() throws Exception {
    int replicaPort = freePort();
    Process replica = launch(dataDir, replicaPort, Map.of(
        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres",
        "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres"));
    try {
      Session session = signIn(adminPassword()); // signed in on the first replica
      HttpResponse<String> onReplica = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + replicaPort + "/api/v1/auth/me"))
          .header("Cookie", session.cookie()).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(onReplica.statusCode()).isEqualTo(200);
      HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + replicaPort + "/api/v1/auth/logout"))
          .header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf()).POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(logout.statusCode()).isEqualTo(204);
      assertThat(session.send("GET", "/api/v1/auth/me", null).statusCode()).isEqualTo(401);
    } finally {
      replica.destroy();
      replica.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void theDemoDataSetLoadsIntoAnEmptyDatabaseWithOneUserPerRoleAndTheAttachmentAndMetricRecipesRunOnIt() throws Exception {
    Path demoDir = Files.createTempDirectory("fumin-demo-it");
    int demoPort = freePort();
    Process demo = launch(demoDir, demoPort, Map.of("FUMIN_DEMO_DATA", "true"));
    try {
      Session township = signIn(demoPort, "demo-township", DEMO_PASSWORD);
      HttpResponse<String> me = township.send(demoPort, "GET", "/api/v1/auth/me", null);
      assertThat(me.body()).contains("\"townshipName\":\"湾头镇（演示）\"").contains("\"mustChangePassword\":false");
      HttpResponse<String> townships = township.send(demoPort, "GET", "/api/v1/townships", null);
      assertThat(townships.body()).contains("\"total\":1").contains("湾头镇（演示）");
      // The demo township's nomination is in progress (its plan approved), so it can gather evidence
      HttpResponse<String> nominations = township.send(demoPort, "GET", "/api/v1/nominations", null);
      Matcher nomination = Pattern.compile("\"id\":(\\d+),.*?\"state\":\"IN_PROGRESS\"").matcher(nominations.body());
      assertThat(nomination.find()).as(nominations.body()).isTrue();

      Session city = signIn(demoPort, "demo-city", DEMO_PASSWORD);
      demoPlansKeepTheRolesApart(city, demoPort);
      HttpResponse<String> key = city.send(demoPort, "POST", "/api/v1/api-keys",
          "{\"name\":\"附件示例\",\"ownerSystem\":\"示例系统\",\"scopes\":[\"read\"]}");
      Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(key.body());
      assertThat(secret.find()).as(key.body()).isTrue();

      String output = runReadmeBlock("attachment-examples", demoPort, Map.of("OPERATOR", "demo-township",
          "OPERATOR_PASSWORD", DEMO_PASSWORD, "NOMINATION_ID", nomination.group(1), "FUMIN_API_KEY", secret.group(1)),
          60, Map.of("工作总结.pdf", SAMPLE_PDF.getBytes(StandardCharsets.US_ASCII)));
      assertThat(output).contains("\"sha256\"").contains("\"state\":\"SUBMITTED\"").endsWith("304\n");

      String metrics = runReadmeBlock("metric-import-examples", demoPort, Map.of(), 60, Map.of());
      assertThat(metrics).contains("\"dryRun\":true").contains("\"code\":\"invalid-metric-value\"")
          .contains("a percentage must lie between 0 and 100").contains("\"created\":1").contains("\"meetsThreshold\":false");
    } finally {
      demo.destroy();
      demo.waitFor(60, TimeUnit.SECONDS);
    }
  }

  /**
   * Every demo plan revision was written by someone of the nomination's own township or district,
   * and approved by an administrator of that district who did not write it.
   */
  private static void demoPlansKeepTheRolesApart(Session city, int demoPort) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> users = new java.util.HashMap<>();
    json.readTree(city.send(demoPort, "GET", "/api/v1/users?size=100", null).body()).get("items")
        .forEach(u -> users.put(u.get("username").asText(), u));
    int approvals = 0;
    for (JsonNode n : json.readTree(city.send(demoPort, "GET", "/api/v1/nominations", null).body()).get("items")) {
      String revisions = city.send(demoPort, "GET", "/api/v1/nominations/" + n.get("id").asLong() + "/plan/revisions", null).body();
      for (JsonNode r : json.readTree(revisions).get("items")) {
        JsonNode writer = users.get(r.get("savedBy").asText());
        assertThat(writer).as(revisions).isNotNull();
        assertThat(writer.path("townshipId").asLong() == n.get("townshipId").asLong()
            || writer.path("districtId").asLong() == n.get("districtId").asLong()).as(revisions).isTrue();
        for (JsonNode review : r.get("reviews")) {
          if (review.get("action").asText().equals("APPROVED")) {
            approvals++;
            JsonNode approver = users.get(review.get("by").asText());
            assertThat(review.get("by").asText()).as(revisions).isNotEqualTo(r.get("savedBy").asText());
            assertThat(approver.get("role").asText()).isEqualTo("DISTRICT_ADMIN");
            assertThat(approver.path("districtId").asLong()).isEqualTo(n.get("districtId").asLong());
          }
        }
      }
    }
    assertThat(approvals).isPositive();
  }

  private static Process launch(Path dataDirectory, int httpPort, Map<String, String> settings) throws Exception {
    String jar = System.getProperty("fumin.jar", "target/quarkus-app/quarkus-run.jar");
    ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "run-it.log").toFile()));
    builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
    builder.environment().put("PORT", Integer.toString(httpPort));
    builder.environment().put("FUMIN_DATABASE_DIR", dataDirectory.toString());
    builder.environment().put("FUMIN_METRICS_TOKEN", METRICS_TOKEN);
    builder.environment().putAll(settings);
    Process process = builder.start();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application exited; see target/run-it.log");
      }
      try {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return process;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("The application did not get ready in " + START_TIMEOUT + "; see target/run-it.log");
  }

  private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
