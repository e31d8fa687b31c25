package org.fumin.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on an S3-compatible server: S3Proxy (from Maven Central, copied into
 * {@code target/} by the build) with its in-memory backend, started here with SigV4
 * authentication so that every request's signature is checked.
 */
class S3AttachmentStoreTest extends AttachmentStoreContract {

  private static final String ACCESS_KEY = "fumin-test-access";
  private static final String SECRET_KEY = "fumin-test-secret-key-0123456789";
  private static Process server;
  private static S3AttachmentStore store;

  @BeforeAll
  static void startServer() throws Exception {
    String jar = System.getProperty("fumin.s3proxy.jar");
    assertThat(jar).as("system property fumin.s3proxy.jar (set by the build)").isNotBlank();
    assertThat(Path.of(jar)).as("the S3Proxy jar").exists();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path properties = Files.createTempFile("s3proxy", ".properties");
    Files.writeString(properties, String.join("\n",
        "s3proxy.endpoint=http://127.0.0.1:" + port,
        "s3proxy.authorization=aws-v4",
        "s3proxy.identity=" + ACCESS_KEY,
        "s3proxy.credential=" + SECRET_KEY,
        "jclouds.provider=transient",
        "jclouds.identity=" + ACCESS_KEY,
        "jclouds.credential=" + SECRET_KEY, ""));
    Path log = Files.createTempFile("s3proxy", ".log");
    properties.toFile().deleteOnExit();
    log.toFile().deleteOnExit();
    server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", jar, "--properties", properties.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    awaitListening(endpoint, log);
    store = new S3AttachmentStore(endpoint, "fumin-test", "us-east-1", ACCESS_KEY, SECRET_KEY, "attachments/",
        InstantSource.system());
    store.createBucket();
  }

  /** Up to two minutes: the server is a 40 MB jar starting on a shared machine. */
  private static void awaitListening(URI endpoint, Path log) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("S3Proxy stopped: " + Files.readString(log));
      }
      try {
        http.send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("S3Proxy did not start: " + Files.readString(log));
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (server != null) {
      server.destroy();
      server.waitFor();
    }
  }

  @Override
  AttachmentStore store() {
    return store;
  }
}
