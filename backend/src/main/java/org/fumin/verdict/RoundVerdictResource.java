package org.fumin.verdict;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.fumin.common.problem.ProblemException;
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
      @Context UriInfo uri, @Valid @NotNull(message = "{fumin.body.required}") PublicationInput input) {
    return verdicts.publish(roundId, dryRun(uri.getQueryParameters().get("dryRun")), input.nominationIds());
  }

  /**
   * Strictly {@code true} or {@code false} (absent: false): a preview that a typo or an empty value
   * turned into a publication could not be undone.
   */
  private static boolean dryRun(List<String> values) {
    if (values == null) {
      return false;
    }
    if (values.size() != 1 || !(values.get(0).equals("true") || values.get(0).equals("false"))) {
      throw ProblemException.invalidField("dryRun", "verdict.dry-run-invalid");
    }
    return values.get(0).equals("true");
  }
}
