package org.fumin.attachment;

import java.nio.charset.StandardCharsets;

/**
 * A multipart/form-data body written byte by byte, so a test controls exactly what the part's
 * {@code filename} holds (UTF-8 Chinese, a path, a NUL) whatever an HTTP client would escape.
 */
record Multipart(String contentType, byte[] body) {

  static final String BOUNDARY = "fumin-test-boundary-7d3b0c";

  /** One part named {@code file} with this file name (written raw, as browsers send UTF-8 names). */
  static Multipart file(String fileName, byte[] content) {
    byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return new Multipart("multipart/form-data; boundary=" + BOUNDARY, Samples.concat(head, content, tail));
  }
}
