package org.fumin.verdict;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.verdict.VerdictApi.TownshipHistory;

/** A township's history across rounds: nominations, verdicts, titles and revocations. */
@Path("/v1/townships/{townshipId}/history")
@Produces(MediaType.APPLICATION_JSON)
public class TownshipHistoryResource {

  @Inject TitleService titles;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public TownshipHistory history(@PathParam("townshipId") @Min(value = 1, message = "{fumin.min}") long townshipId) {
    return titles.history(townshipId);
  }
}
