package org.fumin.cases;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.cases.CaseApi.CaseFilter;
import org.fumin.cases.CaseApi.CaseInput;
import org.fumin.cases.CaseApi.CaseListItem;
import org.fumin.cases.CaseApi.CaseReason;
import org.fumin.cases.CaseApi.CaseView;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.common.web.Created;
import org.fumin.common.web.ETags;
import org.fumin.programme.CaseAction;

/** Typical cases (典型案例) as districts write them and the city reviews them: one endpoint per action. */
@Path("/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

  private static final String BODY = "{fumin.body.required}";

  @Inject CaseService cases;
  @Inject Idempotency idempotency;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.VIEWER}, keyScope = "read")
  public Page<CaseListItem> list(@BeanParam @Valid PageParams paging,
      @QueryParam("state") CaseState state,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("townshipId") @Min(value = 1, message = "{fumin.min}") Long townshipId,
      @QueryParam("year") @Min(value = 2000, message = "{fumin.min}") @Max(value = 2199, message = "{fumin.max}") Integer year) {
    return cases.list(new CaseFilter(state, districtId, townshipId, year, paging.q), paging.request());
  }

  @POST
  @Allow(Role.DISTRICT_ADMIN)
  public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull(message = BODY) CaseInput input) {
    return idempotency.create(key, "createCase", input, () -> {
      CaseView created = cases.create(input);
      return new Created<>(created, "v1/cases/" + created.id(), ETags.of(created.version()));
    });
  }

  @GET
  @Path("/{caseId}")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.VIEWER}, keyScope = "read")
  public Response get(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long id) {
    return tagged(cases.get(id));
  }

  @PUT
  @Path("/{caseId}")
  @Allow(Role.DISTRICT_ADMIN)
  public Response save(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = BODY) CaseInput input) {
    return tagged(cases.save(id, ifMatch, input));
  }

  @POST
  @Path("/{caseId}/submit")
  @Allow(Role.DISTRICT_ADMIN)
  public Response submit(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(cases.act(id, ifMatch, CaseAction.SUBMIT, null));
  }

  @POST
  @Path("/{caseId}/return")
  @Allow(Role.CITY_ADMIN)
  public Response returnCase(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = BODY) CaseReason input) {
    return tagged(cases.act(id, ifMatch, CaseAction.RETURN, input.reason()));
  }

  @POST
  @Path("/{caseId}/publish")
  @Allow(Role.CITY_ADMIN)
  public Response publish(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(cases.act(id, ifMatch, CaseAction.PUBLISH, null));
  }

  @POST
  @Path("/{caseId}/withdraw")
  @Allow(Role.CITY_ADMIN)
  public Response withdraw(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = BODY) CaseReason input) {
    return tagged(cases.act(id, ifMatch, CaseAction.WITHDRAW, input.reason()));
  }

  private static Response tagged(CaseView view) {
    return Response.ok(view).tag(ETags.tag(view.version())).build();
  }
}
