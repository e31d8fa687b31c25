package org.fumin.verdict;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.fumin.common.web.ETags;
import org.fumin.exporting.Downloads;
import org.fumin.verdict.RankingApi.MoveInput;
import org.fumin.verdict.RankingApi.ProvincialRanking;

/** The ranking of a round's provincial candidates: read, moved, confirmed, exported. */
@Path("/v1/rounds/{roundId}/ranking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RankingResource {

  @Inject RankingService ranking;

  @GET
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.VIEWER})
  public Response get(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long roundId) {
    return tagged(ranking.get(roundId));
  }

  @POST
  @Path("/moves")
  @Allow(Role.CITY_ADMIN)
  public Response move(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long roundId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "{fumin.body.required}") MoveInput input) {
    return tagged(ranking.move(roundId, ifMatch, input));
  }

  @POST
  @Path("/confirm")
  @Allow(Role.CITY_ADMIN)
  public Response confirm(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long roundId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(ranking.confirm(roundId, ifMatch));
  }

  @GET
  @Path("/export")
  @Produces({Downloads.CSV, Downloads.XLSX})
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.VIEWER})
  public Response export(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long roundId,
      @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    return Downloads.of(ranking.table(roundId), "ranking-" + roundId, format, accept);
  }

  private static Response tagged(ProvincialRanking body) {
    return Response.ok(body).tag(ETags.tag(body.version())).build();
  }
}
