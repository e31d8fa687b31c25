package org.fumin.plan;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.BeanParam;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.web.ETags;
import org.fumin.plan.PlanApi.Plan;
import org.fumin.plan.PlanApi.PlanInput;
import org.fumin.plan.PlanApi.PlanRevision;

@Path("/v1/nominations/{nominationId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

  @Inject PlanService plans;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response get(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId) {
    return tagged(plans.current(nominationId));
  }

  @PUT
  @Allow({Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR})
  public Response save(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "{fumin.body.required}") PlanInput input) {
    return tagged(plans.save(nominationId, ifMatch, input));
  }

  /** Newest first; {@code sort} and {@code q} do not apply. */
  @GET
  @Path("/revisions")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Page<PlanRevision> revisions(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @BeanParam @Valid PageParams paging) {
    return plans.revisions(nominationId, paging.request());
  }

  @GET
  @Path("/revisions/{revision}")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Plan revision(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("revision") @Min(value = 1, message = "{fumin.min}") @Max(value = 1_000_000, message = "{fumin.max}") int revision) {
    return plans.revision(nominationId, revision);
  }

  private static Response tagged(Plan plan) {
    return Response.ok(plan).tag(ETags.tag(plan.revision())).build();
  }
}
