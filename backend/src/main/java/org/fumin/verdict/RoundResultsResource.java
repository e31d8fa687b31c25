package org.fumin.verdict;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.exporting.Downloads;

/** A round's results as a streamed XLSX or CSV download, within the caller's scope. */
@Path("/v1/rounds/{roundId}/results/export")
public class RoundResultsResource {

  @Inject ResultsExport results;

  @GET
  @Produces({Downloads.CSV, Downloads.XLSX})
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.VIEWER}, keyScope = "read")
  public Response export(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long roundId,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    return Downloads.of(results.table(roundId, districtId), "results-" + roundId, format, accept);
  }
}
