package org.fumin.statistics;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.nomination.NominationStatistics;
import org.fumin.nomination.NominationStatistics.NominationCounts;
import org.fumin.statistics.DashboardApi.RoundDashboard;

/** Figures across features for the overview, each answered by the feature that owns the data. */
@Path("/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

  @Inject NominationStatistics nominations;
  @Inject DashboardService dashboards;

  @GET
  @Path("/nominations")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public NominationCounts nominations(
      @QueryParam("roundId") @Size(max = 50, message = "{fumin.size.max}") List<@Min(value = 1, message = "{fumin.min}") Long> roundIds,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId) {
    return nominations.count(roundIds == null ? List.of() : roundIds, districtId);
  }

  /** Everything a round's dashboard shows (city, district or township, by the caller's scope) in one call. */
  @GET
  @Path("/rounds/{roundId}/dashboard")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public RoundDashboard roundDashboard(
      @PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long roundId,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId) {
    return dashboards.of(roundId, districtId);
  }
}
