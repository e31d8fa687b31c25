package org.fumin.verdict;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.fumin.common.web.ETags;
import org.fumin.verdict.VerdictApi.CorrectionInput;
import org.fumin.verdict.VerdictApi.NominationVerdict;
import org.fumin.verdict.VerdictApi.VerdictInput;

/** A nomination's verdict: read, confirmed (or changed before publication) and corrected after it. */
@Path("/v1/nominations/{nominationId}/verdict")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerdictResource {

  @Inject VerdictService verdicts;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response get(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId) {
    return tagged(verdicts.get(nominationId), Response.Status.OK);
  }

  @PUT
  @Allow(Role.CITY_ADMIN)
  public Response confirm(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "{fumin.body.required}") VerdictInput input) {
    return tagged(verdicts.confirm(nominationId, ifMatch, input), Response.Status.OK);
  }

  @POST
  @Path("/corrections")
  @Allow(Role.CITY_ADMIN)
  public Response correct(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "{fumin.body.required}") CorrectionInput input) {
    return tagged(verdicts.correct(nominationId, ifMatch, input), Response.Status.CREATED);
  }

  private static Response tagged(NominationVerdict verdict, Response.Status status) {
    return Response.status(status).entity(verdict).tag(ETags.tag(verdict.version())).build();
  }
}
