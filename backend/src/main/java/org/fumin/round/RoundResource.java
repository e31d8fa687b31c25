package org.fumin.round;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.common.web.Created;
import org.fumin.common.web.ETags;
import org.fumin.framework.FrameworkApi.Framework;
import org.fumin.framework.FrameworkService;
import org.fumin.round.RoundApi.QuotaInput;
import org.fumin.round.RoundApi.Reopening;
import org.fumin.round.RoundApi.ReopeningInput;
import org.fumin.round.RoundApi.RoundAction;
import org.fumin.round.RoundApi.RoundInput;
import org.fumin.round.RoundApi.RoundView;

@Path("/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResource {

  @Inject RoundService rounds;
  @Inject Deadlines deadlines;
  @Inject FrameworkService frameworks;
  @Inject Idempotency idempotency;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Page<RoundView> list(@BeanParam @Valid PageParams paging, @QueryParam("state") RoundState state,
      @QueryParam("year") @Min(value = 2000, message = "{fumin.min}") @jakarta.validation.constraints.Max(value = 2199, message = "{fumin.max}") Integer year,
      @QueryParam(org.fumin.common.paging.UpdatedSince.PARAMETER) String updatedSince) {
    return rounds.list(state, year, org.fumin.common.paging.UpdatedSince.parse(updatedSince), paging.request());
  }

  @POST
  @Allow(Role.CITY_ADMIN)
  public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull(message = "{fumin.body.required}") RoundInput input) {
    return idempotency.create(key, "createRound", input, () -> {
      RoundView round = rounds.create(input);
      return new Created<>(round, "v1/rounds/" + round.id(), ETags.of(round.version()));
    });
  }

  @GET
  @Path("/{roundId}")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response get(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id) {
    return tagged(rounds.get(id));
  }

  @PUT
  @Path("/{roundId}")
  @Allow(Role.CITY_ADMIN)
  public Response update(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "{fumin.body.required}") RoundInput input) {
    return tagged(rounds.update(id, ifMatch, input));
  }

  @POST
  @Path("/{roundId}/open")
  @Allow(Role.CITY_ADMIN)
  public Response open(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(rounds.act(id, ifMatch, RoundAction.OPEN));
  }

  @POST
  @Path("/{roundId}/start-assessment")
  @Allow(Role.CITY_ADMIN)
  public Response startAssessment(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(rounds.act(id, ifMatch, RoundAction.START_ASSESSMENT));
  }

  @POST
  @Path("/{roundId}/close")
  @Allow(Role.CITY_ADMIN)
  public Response close(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(rounds.act(id, ifMatch, RoundAction.CLOSE));
  }

  @GET
  @Path("/{roundId}/indicators")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response framework(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id) {
    long frameworkId = rounds.frameworkOf(id);
    Framework framework = frameworks.get(frameworkId);
    return Response.ok(framework).tag(ETags.tag(frameworks.version(frameworkId))).build();
  }

  @GET
  @Path("/{roundId}/districts")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response districts(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id) {
    long version = rounds.version(id); // read first: a change in between makes the tag stale (412), never lost
    return Response.ok(rounds.districts(id)).tag(ETags.tag(version)).build();
  }

  /** A district's quota is a round setting: {@code If-Match} and the answer's ETag are the round's version. */
  @PUT
  @Path("/{roundId}/districts/{districtId}/quota")
  @Allow(Role.CITY_ADMIN)
  public Response setQuota(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id,
      @PathParam("districtId") @Min(value = 1, message = "{fumin.min}") long districtId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "{fumin.body.required}") QuotaInput input) {
    RoundService.QuotaChange change = rounds.setQuota(id, districtId, ifMatch, input.quota());
    return Response.ok(change.district()).tag(ETags.tag(change.roundVersion())).build();
  }

  @GET
  @Path("/{roundId}/reopenings")
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER})
  public List<Reopening> reopenings(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id) {
    return deadlines.list(id);
  }

  @POST
  @Path("/{roundId}/reopenings")
  @Allow(Role.CITY_ADMIN)
  public Response reopen(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull(message = "{fumin.body.required}") ReopeningInput input) {
    return idempotency.create(key, "createReopening", List.of(id, input), () -> {
      Reopening reopening = deadlines.reopen(id, input);
      return new Created<>(reopening, "v1/rounds/" + id + "/reopenings", ETags.of(0));
    });
  }

  private static Response tagged(RoundView round) {
    return Response.ok(round).tag(ETags.tag(round.version())).build();
  }
}
