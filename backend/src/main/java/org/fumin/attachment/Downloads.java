package org.fumin.attachment;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.fumin.attachment.AttachmentApi.Stored;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.ETags;

/**
 * The answer to a download of an attachment the caller may read, streamed from the store after the
 * headers: {@code If-None-Match} against the content's hash (304), one {@code Range} (206, or 416
 * beyond the end) unless an {@code If-Range} names other content. Every download route answers the same way.
 */
public final class Downloads {

  private Downloads() {}

  public static Response.ResponseBuilder answer(AttachmentService attachments, Stored attachment, String range,
      String ifRange, String ifNoneMatch) {
    String etag = "\"" + attachment.sha256() + "\"";
    if (ETags.current(ifNoneMatch, etag)) {
      return Response.notModified().header(HttpHeaders.ETAG, etag);
    }
    long size = attachment.sizeBytes();
    ByteRange.Outcome outcome = ifRange != null && !ifRange.strip().equals(etag)
        ? new ByteRange.Whole() : ByteRange.of(range, size);
    if (outcome instanceof ByteRange.Unsatisfiable) {
      throw new ProblemException(ProblemType.RANGE_NOT_SATISFIABLE, "attachment.range-not-satisfiable", size)
          .header("Content-Range", "bytes */" + size);
    }
    ByteRange bytes = outcome instanceof ByteRange.Partial partial ? partial.range() : new ByteRange(0, size - 1);
    StreamingOutput body = out -> {
      try (InputStream in = attachments.open(attachment, bytes.first(), bytes.length())) {
        in.transferTo(out);
      }
    };
    Response.ResponseBuilder answer = Response.status(outcome instanceof ByteRange.Partial ? 206 : 200)
        .entity(body)
        .type(attachment.contentType())
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.CONTENT_LENGTH, bytes.length())
        .header("Accept-Ranges", "bytes")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", ContentDisposition.attachment(attachment.fileName(),
            "attachment-" + attachment.id() + "." + FileName.extension(attachment.fileName())));
    if (outcome instanceof ByteRange.Partial) {
      answer.header("Content-Range", bytes.contentRange(size));
    }
    return answer;
  }
}
