package org.fumin.attachment;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fumin.attachment.AttachmentApi.AttachmentView;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.web.Created;
import org.fumin.common.web.ETags;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The attachments of one evidence item: list and upload (multipart, streamed to a temporary file by the HTTP layer). */
@Path("/v1/nominations/{nominationId}/evidence/{indicatorCode}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceAttachmentResource {

  @Inject AttachmentService attachments;
  @Inject Idempotency idempotency;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public List<AttachmentView> list(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = "[A-Za-z0-9]{1,16}", message = "{fumin.attachment.indicator-code}") String indicatorCode) {
    return attachments.list(nominationId, indicatorCode);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Allow(Role.TOWNSHIP_OPERATOR)
  public Response upload(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = "[A-Za-z0-9]{1,16}", message = "{fumin.attachment.indicator-code}") String indicatorCode,
      @HeaderParam(Idempotency.HEADER) String key, @RestForm("file") List<FileUpload> files) {
    FileUpload file = FileParts.single(files);
    AttachmentService.Checked checked = attachments.check(nominationId, indicatorCode,
        file == null ? null : file.fileName(), file == null ? null : file.uploadedFile());
    return idempotency.create(key, "uploadEvidenceAttachment", checked.fingerprint(), () -> {
      AttachmentView attachment = attachments.attach(checked);
      // the tag of the new attachment's metadata, first version; its content's tag is the hash (on download)
      return new Created<>(attachment, "v1/attachments/" + attachment.id(), ETags.of(0));
    });
  }
}
