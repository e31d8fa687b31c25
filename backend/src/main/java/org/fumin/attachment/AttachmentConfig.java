package org.fumin.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.Optional;

/** Attachment limits and where their content is stored ({@code fumin.attachments.*}). */
@ConfigMapping(prefix = "fumin.attachments")
public interface AttachmentConfig {

  /** Where new content goes: {@code postgres} (default: nothing else to run) or {@code s3}. */
  @WithDefault("postgres")
  StoreKind store();

  /**
   * The largest accepted file. The HTTP layer's ceiling ({@code quarkus.http.limits.max-body-size})
   * must be at least this plus the multipart framing; the application refuses to start otherwise.
   */
  @WithDefault("20M")
  MemorySize maxSize();

  /** Current (not removed) attachments one evidence item may hold; keeps the item's list unpaged. */
  @WithDefault("50")
  int maxPerItem();

  /** The S3-compatible object store, used when {@link #store()} is {@code s3}. */
  S3 s3();

  /** The stores content can be written to. */
  enum StoreKind {
    POSTGRES, S3;

    /** The name kept with each content, as configured ({@code postgres}, {@code s3}). */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** An S3-compatible object store (AWS S3, MinIO, Ceph ...), addressed path-style. */
  interface S3 {
    /** e.g. {@code https://s3.cn-east-1.example.com} or {@code http://minio:9000}. */
    Optional<URI> endpoint();

    Optional<String> bucket();

    @WithDefault("us-east-1")
    String region();

    Optional<String> accessKey();

    /** Read from configuration or the environment only; never logged. */
    Optional<String> secretKey();

    /** Prepended to each object's name (the content's SHA-256), e.g. {@code fumin/attachments/}. */
    @WithDefault("attachments/")
    String prefix();
  }
}
