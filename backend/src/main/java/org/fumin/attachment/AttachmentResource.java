package org.fumin.attachment;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fumin.attachment.AttachmentApi.AttachmentView;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;

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
      @HeaderParam("If-None-Match") String ifNoneMatch) {
    AttachmentView attachment = attachments.get(id);
    return Downloads.answer(attachments, new AttachmentApi.Stored(attachment.id(), attachment.fileName(),
        attachment.contentType(), attachment.sizeBytes(), attachment.sha256()), range, ifRange, ifNoneMatch).build();
  }
}
