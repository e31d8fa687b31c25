package org.fumin.nomination;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.common.web.ETags;
import org.fumin.nomination.NominationApi.NominationFilter;
import org.fumin.nomination.NominationApi.NominationView;
import org.fumin.nomination.NominationApi.ReasonInput;
import org.fumin.programme.NominationAction;

/** Nominations and their actions: one endpoint per transition, each answering the changed nomination. */
@Path("/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationResource {

  private static final String BODY = "{fumin.body.required}";

  @Inject NominationService nominations;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Page<NominationView> list(@BeanParam @Valid PageParams paging,
      @QueryParam("roundId") @Min(value = 1, message = "{fumin.min}") Long roundId,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("state") NominationState state,
      @QueryParam("provincialCandidate") Boolean provincialCandidate,
      @QueryParam("districtCode") @jakarta.validation.constraints.Size(max = 12, message = "{fumin.size.max}") String districtCode,
      @QueryParam("townshipCode") @jakarta.validation.constraints.Size(max = 12, message = "{fumin.size.max}") String townshipCode,
      @QueryParam(org.fumin.common.paging.UpdatedSince.PARAMETER) String updatedSince) {
    return nominations.list(new NominationFilter(roundId, districtId, state, provincialCandidate, paging.q, districtCode, townshipCode,
        org.fumin.common.paging.UpdatedSince.parse(updatedSince)), paging.request());
  }

  @GET
  @Path("/{nominationId}")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response get(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id) {
    return tagged(nominations.get(id));
  }

  @POST
  @Path("/{nominationId}/submit-plan")
  @Allow({Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR})
  public Response submitPlan(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return act(id, ifMatch, NominationAction.SUBMIT_PLAN, null);
  }

  @POST
  @Path("/{nominationId}/approve-plan")
  @Allow(Role.DISTRICT_ADMIN)
  public Response approvePlan(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return act(id, ifMatch, NominationAction.APPROVE_PLAN, null);
  }

  @POST
  @Path("/{nominationId}/return-plan")
  @Allow(Role.DISTRICT_ADMIN)
  public Response returnPlan(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = BODY) ReasonInput input) {
    return act(id, ifMatch, NominationAction.RETURN_PLAN, input.reason());
  }

  @POST
  @Path("/{nominationId}/submit-plan-change")
  @Allow({Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR})
  public Response submitPlanChange(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return act(id, ifMatch, NominationAction.SUBMIT_PLAN_CHANGE, null);
  }

  @POST
  @Path("/{nominationId}/approve-plan-change")
  @Allow(Role.DISTRICT_ADMIN)
  public Response approvePlanChange(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return act(id, ifMatch, NominationAction.APPROVE_PLAN_CHANGE, null);
  }

  @POST
  @Path("/{nominationId}/return-plan-change")
  @Allow(Role.DISTRICT_ADMIN)
  public Response returnPlanChange(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = BODY) ReasonInput input) {
    return act(id, ifMatch, NominationAction.RETURN_PLAN_CHANGE, input.reason());
  }

  @POST
  @Path("/{nominationId}/submit-for-assessment")
  @Allow(Role.DISTRICT_ADMIN)
  public Response submitForAssessment(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return act(id, ifMatch, NominationAction.SUBMIT_FOR_ASSESSMENT, null);
  }

  @POST
  @Path("/{nominationId}/withdraw")
  @Allow({Role.DISTRICT_ADMIN, Role.CITY_ADMIN})
  public Response withdraw(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = BODY) ReasonInput input) {
    return act(id, ifMatch, NominationAction.WITHDRAW, input.reason());
  }

  @POST
  @Path("/{nominationId}/select-provincial")
  @Allow(Role.DISTRICT_ADMIN)
  public Response selectProvincial(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return act(id, ifMatch, NominationAction.SELECT_PROVINCIAL, null);
  }

  @POST
  @Path("/{nominationId}/deselect-provincial")
  @Allow(Role.DISTRICT_ADMIN)
  public Response deselectProvincial(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return act(id, ifMatch, NominationAction.DESELECT_PROVINCIAL, null);
  }

  private Response act(long id, String ifMatch, NominationAction action, String reason) {
    return tagged(nominations.act(id, ifMatch, action, reason));
  }

  private static Response tagged(NominationView nomination) {
    return Response.ok(nomination).tag(ETags.tag(nomination.version())).build();
  }
}
