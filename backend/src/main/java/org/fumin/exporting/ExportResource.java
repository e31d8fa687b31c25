package org.fumin.exporting;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
import org.fumin.district.DistrictKind;
import org.fumin.nomination.NominationState;

/** Exports of what the caller may see, streamed as CSV (UTF-8 with BOM) or XLSX. */
@Path("/v1/exports")
public class ExportResource {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ExportService exports;

  @GET
  @Path("/{kind}")
  @Produces({CSV, XLSX})
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response export(@PathParam("kind") String kind, @QueryParam("format") String format,
      @QueryParam("districtCode") @Size(max = 12, message = "{fumin.size.max}") String districtCode,
      @QueryParam("roundYear") @Min(value = 2000, message = "{fumin.min}") @Max(value = 2199, message = "{fumin.max}") Integer roundYear,
      @QueryParam("q") @Size(max = 64, message = "{fumin.size.max}") String q,
      @QueryParam("districtKind") DistrictKind districtKind,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("roundId") @Min(value = 1, message = "{fumin.min}") Long roundId,
      @QueryParam("state") NominationState state,
      @QueryParam("provincialCandidate") Boolean provincialCandidate,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    ExportService.Table table = exports.table(kind, new ExportService.Filter(districtCode, roundYear, q,
        new ExportService.ListFilters(districtKind, districtId, roundId, state, provincialCandidate)));
    return Downloads.of(table, kind, format, accept);
  }
}
