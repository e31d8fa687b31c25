package org.fumin.evidence;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.evidence.EvidenceApi.EvidenceFilter;
import org.fumin.evidence.EvidenceApi.EvidenceQueueItem;
import org.fumin.evidence.EvidenceApi.ReviewInput;
import org.fumin.evidence.EvidenceApi.ReviewResult;
import org.fumin.evidence.EvidenceApi.RoundCompleteness;

/** Evidence across nominations: the review queue, bulk review and completeness per round. */
@Path("/v1/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceReviewResource {

  @Inject EvidenceService evidence;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Page<EvidenceQueueItem> list(@BeanParam @Valid PageParams paging,
      @QueryParam("roundId") @Min(value = 1, message = "{fumin.min}") Long roundId,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("townshipId") @Min(value = 1, message = "{fumin.min}") Long townshipId,
      @QueryParam("indicatorCode") @Pattern(regexp = EvidenceResource.CODE, message = EvidenceResource.CODE_MESSAGE) String indicatorCode,
      @QueryParam("state") @Size(max = 5, message = "{fumin.size.items}") List<EvidenceState> states) {
    return evidence.queue(new EvidenceFilter(roundId, districtId, townshipId,
        indicatorCode == null ? null : indicatorCode.toUpperCase(java.util.Locale.ROOT), states), paging.request());
  }

  @POST
  @Path("/review")
  @Allow({Role.DISTRICT_ADMIN, Role.CITY_ASSESSOR})
  public ReviewResult review(@Valid @NotNull(message = "{fumin.body.required}") ReviewInput input) {
    return evidence.review(input);
  }

  @GET
  @Path("/completeness")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public RoundCompleteness completeness(
      @QueryParam("roundId") @NotNull(message = "{fumin.required}") @Min(value = 1, message = "{fumin.min}") Long roundId,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId) {
    return evidence.completeness(roundId, districtId);
  }
}
