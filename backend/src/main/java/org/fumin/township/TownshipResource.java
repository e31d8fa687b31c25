package org.fumin.township;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.common.paging.UpdatedSince;
import jakarta.validation.constraints.Size;
import org.fumin.common.web.Created;
import org.fumin.common.web.ETags;
import org.fumin.township.TownshipApi.TownshipFilter;
import org.fumin.township.TownshipApi.TownshipInput;
import org.fumin.township.TownshipApi.TownshipView;

@Path("/v1/townships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TownshipResource {

  @Inject TownshipService townships;
  @Inject Idempotency idempotency;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Page<TownshipView> list(@BeanParam @Valid PageParams paging, @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("code") @Size(max = 12, message = "{fumin.size.max}") String code,
      @QueryParam("districtCode") @Size(max = 12, message = "{fumin.size.max}") String districtCode,
      @QueryParam(UpdatedSince.PARAMETER) String updatedSince) {
    return townships.list(new TownshipFilter(districtId, paging.q, code, districtCode, UpdatedSince.parse(updatedSince)), paging.request());
  }

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  @Path("/by-code/{code}")
  public Response getByCode(@PathParam("code") @Size(max = 12, message = "{fumin.size.max}") String code) {
    TownshipView township = townships.getByCode(code);
    return Response.ok(township).tag(ETags.tag(township.version())).build();
  }

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  @Path("/{townshipId}")
  public Response get(@PathParam("townshipId") @Min(value = 1, message = "{fumin.min}") long id) {
    TownshipView township = townships.get(id);
    return Response.ok(township).tag(ETags.tag(township.version())).build();
  }

  @POST
  @Allow(value = {Role.CITY_ADMIN, Role.DISTRICT_ADMIN}, keyScope = "import")
  public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull(message = "{fumin.body.required}") TownshipInput input) {
    return idempotency.create(key, "createTownship", input, () -> {
      TownshipView township = townships.create(input);
      return new Created<>(township, "v1/townships/" + township.id(), ETags.of(township.version()));
    });
  }

  @PUT
  @Allow({Role.CITY_ADMIN, Role.DISTRICT_ADMIN})
  @Path("/{townshipId}")
  public Response update(
      @PathParam("townshipId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "{fumin.body.required}") TownshipInput input) {
    TownshipView township = townships.update(id, ifMatch, input);
    return Response.ok(township).tag(ETags.tag(township.version())).build();
  }

  @DELETE
  @Allow({Role.CITY_ADMIN, Role.DISTRICT_ADMIN})
  @Path("/{townshipId}")
  public void delete(@PathParam("townshipId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    townships.delete(id, ifMatch);
  }
}
