package org.fumin.cases;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fumin.attachment.AttachmentApi.CaseAttachmentView;
import org.fumin.attachment.AttachmentApi.Stored;
import org.fumin.attachment.AttachmentOwners.Kind;
import org.fumin.attachment.AttachmentService;
import org.fumin.attachment.Downloads;
import org.fumin.attachment.FileParts;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.web.Created;
import org.fumin.common.web.ETags;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The photos and files of a typical case, in the attachment store: list, upload, remove, download. */
@Path("/v1/cases/{caseId}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class CaseAttachmentResource {

  @Inject AttachmentService attachments;
  @Inject Idempotency idempotency;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.VIEWER}, keyScope = "read")
  public List<CaseAttachmentView> list(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long caseId) {
    return attachments.listOfCase(caseId);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Allow(Role.DISTRICT_ADMIN)
  public Response upload(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long caseId,
      @HeaderParam(Idempotency.HEADER) String key, @RestForm("file") List<FileUpload> files) {
    FileUpload file = FileParts.single(files);
    AttachmentService.Checked checked = attachments.check(Kind.TYPICAL_CASE, caseId, null,
        file == null ? null : file.fileName(), file == null ? null : file.uploadedFile());
    return idempotency.create(key, "uploadCaseAttachment", checked.fingerprint(), () -> {
      CaseAttachmentView attachment = attachments.attachToCase(checked);
      return new Created<>(attachment, "v1/cases/" + caseId + "/attachments/" + attachment.id() + "/content", ETags.of(0));
    });
  }

  @DELETE
  @Path("/{attachmentId}")
  @Allow(Role.DISTRICT_ADMIN)
  public CaseAttachmentView remove(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long caseId,
      @PathParam("attachmentId") @Min(value = 1, message = "{fumin.min}") long id) {
    return attachments.removeFromCase(caseId, id);
  }

  @GET
  @Path("/{attachmentId}/content")
  @Produces(MediaType.WILDCARD)
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.VIEWER}, keyScope = "read")
  public Response download(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long caseId,
      @PathParam("attachmentId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
      @HeaderParam("If-None-Match") String ifNoneMatch) {
    return Downloads.answer(attachments, stored(attachments.getOfCase(caseId, id, false)), range, ifRange, ifNoneMatch).build();
  }

  static Stored stored(CaseAttachmentView a) {
    return new Stored(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256());
  }
}
