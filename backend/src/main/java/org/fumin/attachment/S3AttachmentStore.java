package org.fumin.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

/**
 * Content in an S3-compatible object store, one object per content named by its SHA-256 under a
 * prefix, addressed path-style ({@code endpoint/bucket/prefix+sha256}). Written with its hash
 * signed as the payload hash, so the store itself refuses bytes that do not match; read with
 * {@code Range} and streamed to the caller.
 */
public class S3AttachmentStore implements AttachmentStore {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI endpoint;
  private final String bucket;
  private final String prefix;
  private final SigV4 signer;
  private final InstantSource clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1).build();

  public S3AttachmentStore(URI endpoint, String bucket, String region, String accessKey, String secretKey, String prefix,
      InstantSource clock) {
    String base = endpoint.toString();
    this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.bucket = bucket;
    this.prefix = prefix;
    this.signer = new SigV4(accessKey, secretKey, region);
    this.clock = clock;
  }

  @Override
  public String kind() {
    return AttachmentConfig.StoreKind.S3.key();
  }

  @Override
  public void put(String sha256, long size, InputStream content) throws IOException {
    URI uri = object(sha256);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
        .header("Content-Type", "application/octet-stream")
        .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> content), size));
    signer.sign("PUT", uri, sha256, clock.instant()).forEach(request::header);
    HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 400 && (response.body().contains("XAmzContentSHA256Mismatch") || response.body().contains("BadDigest"))) {
      throw new ContentMismatchException("the store refused the content's hash");
    }
    if (response.statusCode() / 100 != 2) {
      throw failure("PUT", response.statusCode(), response.body());
    }
  }

  @Override
  public InputStream open(String sha256, long offset, long length) throws IOException {
    URI uri = object(sha256);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
        .header("Range", "bytes=" + offset + "-" + (offset + length - 1));
    signer.sign("GET", uri, SigV4.EMPTY_PAYLOAD, clock.instant()).forEach(request::header);
    HttpResponse<InputStream> response = send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 206 && response.statusCode() != 200) {
      try (InputStream body = response.body()) {
        throw failure("GET", response.statusCode(), new String(body.readNBytes(2048), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    InputStream body = response.body();
    if (response.statusCode() == 200 && offset > 0) {
      body.skipNBytes(offset); // a store that ignores Range sends everything
    }
    return new BoundedStream(body, length);
  }

  @Override
  public boolean exists(String sha256) throws IOException {
    URI uri = object(sha256);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).method("HEAD", HttpRequest.BodyPublishers.noBody());
    signer.sign("HEAD", uri, SigV4.EMPTY_PAYLOAD, clock.instant()).forEach(request::header);
    int status = send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status == 404) {
      return false;
    }
    if (status / 100 != 2) {
      throw failure("HEAD", status, "");
    }
    return true;
  }

  /** Creates the bucket (for a fresh test store; an operator creates the real one). */
  void createBucket() throws IOException {
    URI uri = URI.create(endpoint + "/" + SigV4.encodeSegment(bucket));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).PUT(HttpRequest.BodyPublishers.noBody());
    signer.sign("PUT", uri, SigV4.EMPTY_PAYLOAD, clock.instant()).forEach(request::header);
    HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2 && response.statusCode() != 409) {
      throw failure("PUT bucket", response.statusCode(), response.body());
    }
  }

  private URI object(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return URI.create(endpoint + "/" + SigV4.encodeSegment(bucket) + "/"
        + String.join("/", java.util.Arrays.stream((prefix + sha256).split("/", -1)).map(SigV4::encodeSegment).toList()));
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
    try {
      return http.send(request, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static IOException failure(String what, int status, String body) {
    String code = body == null ? "" : body.replaceAll("(?s).*<Code>([^<]{0,64})</Code>.*", "$1");
    return new IOException("object store " + what + " answered " + status + (code.equals(body) ? "" : " " + code));
  }

  @Override
  public String toString() {
    return "S3AttachmentStore[" + endpoint + "/" + bucket + "/" + prefix + ", " + signer + "]";
  }

  /** At most {@code remaining} bytes of the store's answer; closing it closes the answer. */
  private static final class BoundedStream extends InputStream {
    private final InputStream in;
    private long remaining;

    BoundedStream(InputStream in, long remaining) {
      this.in = in;
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] target, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(target, off, (int) Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
