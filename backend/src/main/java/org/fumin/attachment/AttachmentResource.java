package org.fumin.attachment;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Arrays;
import org.fumin.attachment.AttachmentApi.AttachmentView;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;

/** One attachment: its metadata, its content (ranges, entity tag) and its removal. */
@Path("/v1/attachments/{attachmentId}")
public class AttachmentResource {

  @Inject AttachmentService attachments;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public AttachmentView get(@PathParam("attachmentId") @Min(value = 1, message = "{fumin.min}") long id) {
    return attachments.get(id);
  }

  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  @Allow(Role.TOWNSHIP_OPERATOR)
  public AttachmentView remove(@PathParam("attachmentId") @Min(value = 1, message = "{fumin.min}") long id) {
    return attachments.remove(id);
  }

  /**
   * The bytes, streamed from the store after the headers: {@code If-None-Match} against the
   * content's hash (304), one {@code Range} (206, or 416 beyond the end) unless an {@code If-Range}
   * names other content.
   */
  @GET
  @Path("/content")
  @Produces(MediaType.WILDCARD)
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response download(@PathParam("attachmentId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    AttachmentView attachment = attachments.get(id);
    String etag = "\"" + attachment.sha256() + "\"";
    if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip).map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals(etag))) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).build();
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
    return answer.build();
  }
}
