package org.fumin.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Oversized uploads with the limits lowered (a 1 MiB file limit, a 2 MiB body ceiling): a 30 MB
 * body is refused with problem details, whether it declares its length or streams in chunks, and
 * long before it has all been sent, so no part of the server ever held it.
 */
@QuarkusTest
@TestProfile(UploadLimitTest.LowLimits.class)
class UploadLimitTest {

  private static final long THIRTY_MB = 30L * 1024 * 1024;

  public static class LowLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("fumin.attachments.max-size", "1M", "quarkus.http.limits.max-body-size", "2M", "fumin.http.max-upload-body-size", "2M");
    }
  }

  @TestHTTPResource("/")
  URL server;

  private static Login operator;
  private static String path;

  @BeforeEach
  void item() {
    synchronized (UploadLimitTest.class) {
      if (operator == null) {
        Place place = Fixtures.place();
        Login districtAdmin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
        long nomination = Rounds.nominate(Rounds.open(), districtAdmin, place.townshipId());
        operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
        Rounds.approvedPlan(operator, districtAdmin, nomination);
        path = "/api/v1/nominations/" + nomination + "/evidence/1/attachments";
      }
    }
  }

  @Test
  void aFileOverTheLimitButWithinTheCeilingIsRefusedNamingTheLimit() {
    Multipart body = Multipart.file("扫描件.pdf", Samples.largePdf(1024 * 1024 + 1, 7));
    Api.as(operator).contentType(body.contentType()).body(body.body()).post(path)
        .then().statusCode(413).contentType("application/problem+json")
        .body("type", equalTo("urn:fumin:problem:payload-too-large")).body("detail", containsString("1 MB"));
  }

  @Test
  void aThirtyMegabyteBodyWithItsLengthIsRefusedBeforeItIsSent() throws Exception {
    Answer answer = send(false);
    assertThat(answer.statusLine()).contains(" 413 ");
    assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
    assertThat(answer.sent()).as("bytes sent before the answer").isLessThan(THIRTY_MB / 3);
  }

  @Test
  void aThirtyMegabyteChunkedBodyIsRefusedAtTheCeiling() throws Exception {
    Answer answer = send(true);
    assertThat(answer.statusLine()).contains(" 413 ");
    assertThat(answer.head()).containsIgnoringCase("content-type: application/problem+json");
    assertThat(answer.sent()).as("bytes sent before the answer").isLessThan(THIRTY_MB / 3);
    assertNoUploadLeftBehind();
  }

  @Test
  void aChunkedUploadWithinTheLimitsIsStored() throws Exception {
    byte[] content = Samples.largePdf(600 * 1024, System.nanoTime());
    Multipart body = Multipart.file("分块上传.pdf", content);
    java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(server.toURI().resolve(path.substring(1)))
            .header("Cookie", "fumin_session=" + operator.session()).header("X-CSRF-Token", operator.csrf())
            .header("Content-Type", body.contentType()).header("Accept", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body.body())))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.body()).contains("分块上传.pdf").contains(AttachmentTest.sha256(content));
  }

  record Answer(String statusLine, String head, long sent) {}

  /**
   * Writes a 30 MB multipart upload from a generator (never in memory here either) on one thread
   * and reads the answer on this one; the writer stops as soon as the answer has come.
   */
  private Answer send(boolean chunked) throws Exception {
    byte[] head = ("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      String request = "POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort() + "\r\n"
          + "Cookie: fumin_session=" + operator.session() + "\r\nX-CSRF-Token: " + operator.csrf() + "\r\n"
          + "Accept: application/json, application/problem+json\r\n"
          + "Content-Type: multipart/form-data; boundary=" + Multipart.BOUNDARY + "\r\n"
          + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + (THIRTY_MB + head.length) + "\r\n") + "\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      AtomicBoolean answered = new AtomicBoolean();
      AtomicLong sent = new AtomicLong();
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        byte[] block = new byte[64 * 1024];
        try {
          writeBlock(out, head, chunked);
          while (!answered.get() && sent.get() < THIRTY_MB) {
            writeBlock(out, block, chunked);
            sent.addAndGet(block.length);
          }
        } catch (IOException closedByTheServer) {
          // the server answered and closed the connection: what this test expects
        }
      });
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      String statusLine = in.readLine();
      answered.set(true);
      StringBuilder headers = new StringBuilder();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        headers.append(line).append('\n');
      }
      writer.get(60, TimeUnit.SECONDS);
      return new Answer(statusLine, headers.toString(), sent.get());
    }
  }

  private static void writeBlock(OutputStream out, byte[] block, boolean chunked) throws IOException {
    if (chunked) {
      out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    out.write(block);
    if (chunked) {
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** The temporary file the parser wrote is deleted once the request ends. */
  private static void assertNoUploadLeftBehind() throws Exception {
    Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "fumin-uploads");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    long left;
    do {
      try (Stream<Path> files = Files.exists(uploads) ? Files.list(uploads) : Stream.empty()) {
        left = files.count();
      }
      if (left > 0) {
        Thread.sleep(100);
      }
    } while (left > 0 && System.nanoTime() < deadline);
    assertThat(left).as("files left in " + uploads).isZero();
  }
}
