package org.fumin.district;

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
import org.fumin.district.DistrictApi.DistrictFilter;
import org.fumin.district.DistrictApi.DistrictInput;
import org.fumin.district.DistrictApi.DistrictView;

@Path("/v1/districts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistrictResource {

  @Inject DistrictService districts;
  @Inject Idempotency idempotency;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Page<DistrictView> list(@BeanParam @Valid PageParams paging, @QueryParam("kind") DistrictKind kind,
      @QueryParam("code") @Size(max = 12, message = "{fumin.size.max}") String code,
      @QueryParam(UpdatedSince.PARAMETER) String updatedSince) {
    return districts.list(new DistrictFilter(kind, paging.q, code, UpdatedSince.parse(updatedSince)), paging.request());
  }

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  @Path("/by-code/{code}")
  public Response getByCode(@PathParam("code") @Size(max = 12, message = "{fumin.size.max}") String code) {
    DistrictView district = districts.getByCode(code);
    return Response.ok(district).tag(ETags.tag(district.version())).build();
  }

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  @Path("/{districtId}")
  public Response get(@PathParam("districtId") @Min(value = 1, message = "{fumin.min}") long id) {
    DistrictView district = districts.get(id);
    return Response.ok(district).tag(ETags.tag(district.version())).build();
  }

  @POST
  @Allow(Role.CITY_ADMIN)
  public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull(message = "{fumin.body.required}") DistrictInput input) {
    return idempotency.create(key, "createDistrict", input, () -> {
      DistrictView district = districts.create(input);
      return new Created<>(district, "v1/districts/" + district.id(), ETags.of(district.version()));
    });
  }

  @PUT
  @Allow(Role.CITY_ADMIN)
  @Path("/{districtId}")
  public Response update(
      @PathParam("districtId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "{fumin.body.required}") DistrictInput input) {
    DistrictView district = districts.update(id, ifMatch, input);
    return Response.ok(district).tag(ETags.tag(district.version())).build();
  }

  @DELETE
  @Allow(Role.CITY_ADMIN)
  @Path("/{districtId}")
  public void delete(@PathParam("districtId") @Min(value = 1, message = "{fumin.min}") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    districts.delete(id, ifMatch);
  }
}
