package org.fumin.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compose stack's web front, run for real: Debian's nginx with {@code frontend/nginx.conf} (as
 * the nginx image includes it) serving the built SPA from {@code frontend/dist}, in front of the
 * packaged backend on its embedded PostgreSQL. Only three lines are changed for the test: the
 * listening port, the SPA's directory and the backend's address.
 */
class FrontProxyIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path SERVER_CONF = ROOT.resolve("frontend/nginx.conf");
  private static final Path DIST = ROOT.resolve("frontend/dist");
  private static final Path NGINX = Path.of(System.getProperty("fumin.nginx", "/usr/sbin/nginx"));
  private static final Path MIME_TYPES = Path.of(System.getProperty("fumin.nginx.mime-types", "/etc/nginx/mime.types"));
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String ADMIN_PASSWORD = "Initial#Front2026";

  /** What the backend gives the SPA, and so nginx too (its caching is asserted on its own). */
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
  private static final List<String> SPA_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
      "Referrer-Policy");

  private static Path work;
  private static Path dataDir;
  private static int backendPort;
  private static int frontPort;
  private static Process backend;
  private static Process nginx;

  @BeforeAll
  static void start() throws Exception {
    assertThat(NGINX).as("nginx is needed (Debian: apt-get install nginx-light; .ci/run installs it)").isExecutable();
    assertThat(DIST.resolve("index.html")).as("the built SPA (make build-frontend)").isRegularFile();
    work = Files.createDirectories(Path.of("target", "front-proxy-it").toAbsolutePath());
    dataDir = Files.createTempDirectory("fumin-front-proxy-it");
    backendPort = freePort();
    frontPort = freePort();
    backend = launchBackend();
    nginx = startNginx("front", frontPort, backendPort);
  }

  /** nginx with the shipped server block, listening on {@code port} in front of a backend on {@code backendPort}. */
  private static Process startNginx(String name, int port, int backendAt) throws Exception {
    Path serverConf = work.resolve(name + ".conf");
    Files.writeString(serverConf, deployedHere(Files.readString(SERVER_CONF), port, backendAt));
    Path conf = mainConf(name, serverConf);
    Process process = new ProcessBuilder(NGINX.toString(), "-p", conf.getParent().toString(),
        "-e", conf.getParent().resolve("error.log").toString(), "-c", conf.toString())
        .redirectErrorStream(true).redirectOutput(conf.getParent().resolve("nginx.out").toFile()).start();
    awaitPort(port, process, "nginx; see target/front-proxy-it/" + name + "/error.log");
    return process;
  }

  @AfterAll
  static void stop() throws Exception {
    for (Process process : new Process[] {nginx, backend}) {
      if (process != null) {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
    if (dataDir != null) {
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void nginxAcceptsTheShippedConfigurationAsItIsAndRefusesABrokenOne() throws Exception {
    NginxTest shipped = nginxTest("shipped", SERVER_CONF);
    assertThat(shipped.exitCode()).as(shipped.output()).isZero();
    assertThat(shipped.output()).contains("syntax is ok").contains("test is successful");

    Path broken = work.resolve("broken.conf");
    Files.writeString(broken, Files.readString(SERVER_CONF).replace("try_files $uri /index.html;", "try_files;"));
    NginxTest refused = nginxTest("broken", broken);
    assertThat(refused.exitCode()).as(refused.output()).isNotZero();
    assertThat(refused.output()).contains("invalid number of arguments in \"try_files\"");
  }

  @Test
  void theSpaAndItsDeepLinksAreRevalidatedAndCarryTheSecurityHeaders() throws Exception {
    String indexHtml = Files.readString(DIST.resolve("index.html"));
    for (String path : List.of("/", "/index.html", "/nominations/1", "/townships/12?page=2")) {
      HttpResponse<String> page = front(path, Map.of("Accept", "text/html"));
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).isEqualTo(indexHtml);
      assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(page.headers().allValues("Cache-Control")).as(path).containsExactly("no-cache");
      assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValue(CSP);
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
      assertThat(page.headers().firstValue("Server")).as(path).hasValue("nginx");
    }

    HttpResponse<String> page = front("/nominations/1", Map.of());
    String etag = page.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> revalidated = front("/nominations/1", Map.of("If-None-Match", etag));
    assertThat(revalidated.statusCode()).as("no-cache revalidates against the ETag").isEqualTo(304);
  }

  @Test
  void whereTheBackendSetsAHeaderOnTheSpaNginxSetsTheSame() throws Exception {
    HttpResponse<String> fromBackend = send(URI.create("http://127.0.0.1:" + backendPort + "/nominations/1"), Map.of("Accept", "text/html"));
    HttpResponse<String> fromFront = front("/nominations/1", Map.of("Accept", "text/html"));
    assertThat(fromBackend.statusCode()).isEqualTo(200);
    for (String header : SPA_HEADERS) {
      List<String> backendValues = fromBackend.headers().allValues(header);
      if (!backendValues.isEmpty()) {
        assertThat(fromFront.headers().allValues(header)).as(header).isEqualTo(backendValues);
      }
    }
  }

  @Test
  void hashedAssetsAreCachedForAYearAndAMissingOneIsAPlain404() throws Exception {
    Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(Files.readString(DIST.resolve("index.html")));
    assertThat(script.find()).as("index.html loads a hashed script").isTrue();
    HttpResponse<String> asset = front(script.group(1), Map.of("Accept-Encoding", "gzip"));
    assertThat(asset.statusCode()).isEqualTo(200);
    assertThat(asset.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
    assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    assertThat(asset.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(asset.headers().firstValue("Content-Encoding")).hasValue("gzip");

    HttpResponse<String> missing = front("/assets/index-00000000.js", Map.of());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).doesNotContain("<div id=\"root\">");
    assertThat(missing.headers().firstValue("Cache-Control")).as("a 404 is not cached for a year").isEmpty();
  }

  @Test
  void apiAnswersPassThroughWithTheBackendsOwnHeaders() throws Exception {
    for (String path : List.of("/api/v1/districts", "/api/v1/unknown")) {
      HttpResponse<String> direct = send(URI.create("http://127.0.0.1:" + backendPort + path), Map.of("Accept", "application/json"));
      HttpResponse<String> proxied = front(path, Map.of("Accept", "application/json"));
      assertThat(proxied.statusCode()).as(path).isEqualTo(direct.statusCode()).isBetween(400, 499);
      assertThat(proxied.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
      for (String header : List.of("Cache-Control", "Content-Type", "WWW-Authenticate", "Content-Security-Policy", "X-Frame-Options")) {
        assertThat(proxied.headers().allValues(header)).as(path + " " + header).isEqualTo(direct.headers().allValues(header));
      }
      assertThat(withoutRequestId(proxied.body())).as(path).isEqualTo(withoutRequestId(direct.body()));
    }

    HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + frontPort + "/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("fumin_session="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    HttpResponse<String> me = front("/api/v1/auth/me", Map.of("Cookie", cookie, "Accept", "application/json"));
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(me.body()).contains("\"username\":\"admin\"");
  }

  @Test
  void whenTheBackendCannotBeReachedTheApiAnswers503ProblemJson() throws Exception {
    int port = freePort();
    Process alone = startNginx("no-backend", port, freePort()); // nothing listens on the backend's port
    try {
      HttpResponse<String> api = send(URI.create("http://127.0.0.1:" + port + "/api/v1/districts"), Map.of("Accept", "application/json"));
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(api.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}");
      assertThat(send(URI.create("http://127.0.0.1:" + port + "/q/health/ready"), Map.of()).statusCode()).isEqualTo(503);
      HttpResponse<String> page = send(URI.create("http://127.0.0.1:" + port + "/nominations/1"), Map.of());
      assertThat(page.statusCode()).as("the SPA is still served").isEqualTo(200);
    } finally {
      alone.destroy();
      alone.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void healthAndTheContractArePublicMetricsStayInside() throws Exception {
    HttpResponse<String> ready = front("/q/health/ready", Map.of("Accept", "application/json"));
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"status\": \"UP\"");
    assertThat(front("/q/openapi", Map.of("Accept", "application/yaml")).body()).isEqualTo(Files.readString(ROOT.resolve("openapi.yaml")));
    assertThat(front("/q/metrics", Map.of()).statusCode()).isEqualTo(404);
    assertThat(front("/q/swagger-ui/", Map.of()).statusCode()).isEqualTo(404);
  }

  private static String withoutRequestId(String problem) {
    return problem.replaceAll("\"requestId\":\"[^\"]*\"", "");
  }

  /** The shipped server block with the compose stack's port, directory and backend address replaced by this test's. */
  private static String deployedHere(String serverConf, int port, int backendAt) {
    return replaceOnce(replaceOnce(replaceOnce(serverConf,
        "listen 80;", "listen 127.0.0.1:" + port + ";"),
        "root /usr/share/nginx/html;", "root " + DIST + ";"),
        "http://backend:8080", "http://127.0.0.1:" + backendAt);
  }

  private static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    assertThat(at).as("nginx.conf has \"" + target + "\" (the test replaces it)").isNotNegative();
    assertThat(text.indexOf(target, at + 1)).as("nginx.conf has \"" + target + "\" once").isNegative();
    return text.replace(target, replacement);
  }

  /** The nginx image's main configuration, with this test's private paths: the server block is included as it ships. */
  private static Path mainConf(String name, Path serverConf) throws IOException {
    Path dir = Files.createDirectories(work.resolve(name));
    Path conf = dir.resolve("nginx.conf");
    Files.writeString(conf, """
        daemon off;
        user root;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events {
          worker_connections 64;
        }
        http {
          include %2$s;
          default_type application/octet-stream;
          access_log %1$s/access.log;
          client_body_temp_path %1$s/client_body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          sendfile on;
          keepalive_timeout 65;
          include %3$s;
        }
        """.formatted(dir, MIME_TYPES, serverConf));
    return conf;
  }

  record NginxTest(int exitCode, String output) {}

  private static NginxTest nginxTest(String name, Path serverConf) throws Exception {
    Path conf = mainConf(name, serverConf);
    Process test = new ProcessBuilder(NGINX.toString(), "-t", "-p", conf.getParent().toString(),
        "-e", conf.getParent().resolve("error.log").toString(), "-c", conf.toString()).redirectErrorStream(true).start();
    String output = new String(test.getInputStream().readAllBytes());
    assertThat(test.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new NginxTest(test.exitValue(), output);
  }

  private static Process launchBackend() throws Exception {
    String jar = System.getProperty("fumin.jar", "target/quarkus-app/quarkus-run.jar");
    ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("backend.log").toFile()));
    builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
    builder.environment().put("PORT", Integer.toString(backendPort));
    builder.environment().put("FUMIN_DATABASE_DIR", dataDir.toString());
    builder.environment().put("FUMIN_DATABASE_PORT", Integer.toString(freePort()));
    builder.environment().put("FUMIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
    Process process = builder.start();
    Instant deadline = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("the backend is running; see target/front-proxy-it/backend.log").isTrue();
      try {
        if (send(URI.create("http://127.0.0.1:" + backendPort + "/q/health/ready"), Map.of()).statusCode() == 200) {
          return process;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("The backend did not get ready in 90 s; see target/front-proxy-it/backend.log");
  }

  private static void awaitPort(int port, Process process, String what) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as(what + " exited").isTrue();
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException(what + " did not listen on " + port + " in 20 s");
  }

  private static HttpResponse<String> front(String path, Map<String, String> headers) throws IOException, InterruptedException {
    return send(URI.create("http://127.0.0.1:" + frontPort + path), headers);
  }

  private static HttpResponse<String> send(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
