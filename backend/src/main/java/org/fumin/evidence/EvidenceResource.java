package org.fumin.evidence;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.common.web.ETags;
import org.fumin.evidence.EvidenceApi.EvidenceInput;
import org.fumin.evidence.EvidenceApi.EvidenceItemView;
import org.fumin.evidence.EvidenceApi.EvidenceOverview;
import org.fumin.evidence.EvidenceApi.EvidenceRevisionSummary;
import org.fumin.evidence.EvidenceApi.EvidenceRevisionView;
import org.fumin.nomination.NominationApi.ReasonInput;
import org.fumin.programme.EvidenceAction;

/** A nomination's evidence per indicator: read, saved as revisions, and moved along the review chain. */
@Path("/v1/nominations/{nominationId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceResource {

  static final String CODE = "[A-Za-z0-9]{1,8}";
  static final String CODE_MESSAGE = "{fumin.evidence.indicator-code}";

  @Inject EvidenceService evidence;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public EvidenceOverview list(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId) {
    return evidence.overview(nominationId);
  }

  @POST
  @Path("/submit")
  @Allow(Role.TOWNSHIP_OPERATOR)
  public EvidenceOverview submitAll(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId) {
    return evidence.submitAll(nominationId);
  }

  @GET
  @Path("/{indicatorCode}")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response get(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode) {
    return tagged(evidence.get(nominationId, indicatorCode));
  }

  @PUT
  @Path("/{indicatorCode}")
  @Allow(Role.TOWNSHIP_OPERATOR)
  public Response save(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "{fumin.body.required}") EvidenceInput input) {
    return tagged(evidence.save(nominationId, indicatorCode, ifMatch, input));
  }

  @GET
  @Path("/{indicatorCode}/revisions")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Page<EvidenceRevisionSummary> revisions(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode,
      @BeanParam @Valid PageParams paging) {
    return evidence.revisions(nominationId, indicatorCode, paging.request());
  }

  @GET
  @Path("/{indicatorCode}/revisions/{revision}")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public EvidenceRevisionView revision(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode,
      @PathParam("revision") @Min(value = 1, message = "{fumin.min}") @Max(value = 1_000_000, message = "{fumin.max}") int revision) {
    return evidence.revision(nominationId, indicatorCode, revision);
  }

  @POST
  @Path("/{indicatorCode}/submit")
  @Allow(Role.TOWNSHIP_OPERATOR)
  public Response submit(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(evidence.act(nominationId, indicatorCode, ifMatch, EvidenceAction.SUBMIT, null));
  }

  @POST
  @Path("/{indicatorCode}/approve")
  @Allow(Role.DISTRICT_ADMIN)
  public Response approve(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(evidence.act(nominationId, indicatorCode, ifMatch, EvidenceAction.APPROVE, null));
  }

  @POST
  @Path("/{indicatorCode}/accept")
  @Allow(Role.CITY_ASSESSOR)
  public Response accept(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(evidence.act(nominationId, indicatorCode, ifMatch, EvidenceAction.ACCEPT, null));
  }

  @POST
  @Path("/{indicatorCode}/return")
  @Allow({Role.DISTRICT_ADMIN, Role.CITY_ASSESSOR})
  public Response returnForSupplement(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "{fumin.body.required}") ReasonInput input) {
    return tagged(evidence.act(nominationId, indicatorCode, ifMatch, EvidenceAction.RETURN, input.reason()));
  }

  private static Response tagged(EvidenceItemView item) {
    return Response.ok(item).tag(ETags.tag(item.revision())).build();
  }
}
