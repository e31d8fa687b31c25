package org.fumin.verdict;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.verdict.VerdictApi.Publication;
import org.fumin.verdict.VerdictApi.PublicationInput;
import org.fumin.verdict.VerdictApi.RoundVerdicts;
import org.fumin.verdict.VerdictApi.StatusFilter;

/** A round's verdicts: the assessor's queue and the city admin's publication. */
@Path("/v1/rounds/{roundId}/verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundVerdictResource {

  @Inject VerdictService verdicts;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.VIEWER}, keyScope = "read")
  public RoundVerdicts list(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long roundId,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("status") StatusFilter status) {
    return verdicts.round(roundId, districtId, status);
  }

  @POST
  @Path("/publish")
  @Allow(Role.CITY_ADMIN)
  public Publication publish(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long roundId,
      @QueryParam("dryRun") @Pattern(regexp = "true|false", message = "{fumin.boolean}") String dryRun,
      @Valid @NotNull(message = "{fumin.body.required}") PublicationInput input) {
    // strictly true or false: a preview that a typo turned into a publication could not be undone
    return verdicts.publish(roundId, "true".equals(dryRun), input.nominationIds());
  }
}
