package org.fumin.verdict;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.verdict.VerdictApi.RevocationInput;
import org.fumin.verdict.VerdictApi.TitleState;
import org.fumin.verdict.VerdictApi.TitleView;

/** Titles of named bases (动态管理) and their revocation. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TitleResource {

  @Inject TitleService titles;

  @GET
  @Path("/titles")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Page<TitleView> list(@BeanParam @Valid PageParams paging,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("townshipId") @Min(value = 1, message = "{fumin.min}") Long townshipId,
      @QueryParam("year") @Min(value = 2000, message = "{fumin.min}") @Max(value = 2199, message = "{fumin.max}") Integer year,
      @QueryParam("state") TitleState state) {
    return titles.list(districtId, townshipId, year, state, paging.request());
  }

  @POST
  @Path("/titles/{titleId}/revoke")
  @Allow(Role.CITY_ADMIN)
  public TitleView revoke(@PathParam("titleId") @Min(value = 1, message = "{fumin.min}") long titleId,
      @Valid @NotNull(message = "{fumin.body.required}") RevocationInput input) {
    return titles.revoke(titleId, input);
  }
}
