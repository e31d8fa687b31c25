package org.fumin.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment content lives, addressed by its SHA-256 (lower-case hex). Content is written
 * once and never changed or deleted; both directions stream, so no file is ever held in memory.
 */
public interface AttachmentStore {

  /**
   * Stores {@code size} bytes read from {@code content} under {@code sha256}, checking while it
   * copies that the bytes have that hash and size (a mismatch fails and stores nothing usable).
   * Storing content that is already there is harmless.
   */
  void put(String sha256, long size, InputStream content) throws IOException;

  /** {@code length} bytes of the content from {@code offset}, read as the stream is consumed. */
  InputStream open(String sha256, long offset, long length) throws IOException;

  boolean exists(String sha256) throws IOException;

  /** The name recorded with each content this store holds ({@code postgres}, {@code s3}). */
  String kind();

  /** Thrown by {@link #put} when the bytes do not have the announced hash or size. */
  final class ContentMismatchException extends IOException {
    public ContentMismatchException(String message) {
      super(message);
    }
  }
}
