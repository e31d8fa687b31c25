package org.fumin.framework;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.web.Created;
import org.fumin.common.web.ETags;
import org.fumin.framework.FrameworkApi.Framework;
import org.fumin.framework.FrameworkApi.FrameworkCopyInput;
import org.fumin.framework.FrameworkApi.FrameworkSummary;
import org.fumin.framework.FrameworkApi.IndicatorInput;

@Path("/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {

  @Inject FrameworkService frameworks;
  @Inject Idempotency idempotency;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public List<FrameworkSummary> list() {
    return frameworks.list();
  }

  @GET
  @Path("/{frameworkId}")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Response get(@PathParam("frameworkId") @Min(value = 1, message = "{fumin.min}") long id) {
    Framework framework = frameworks.get(id);
    return Response.ok(framework).tag(ETags.tag(frameworks.version(id))).build();
  }

  @POST
  @Path("/{frameworkId}/copies")
  @Allow(Role.CITY_ADMIN)
  public Response copy(@PathParam("frameworkId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull(message = "{fumin.body.required}") FrameworkCopyInput input) {
    return idempotency.create(key, "copyFramework", List.of(id, input), () -> {
      Framework copy = frameworks.copy(id, input.name());
      return new Created<>(copy, "v1/frameworks/" + copy.id(), ETags.of(frameworks.version(copy.id())));
    });
  }

  @PUT
  @Path("/{frameworkId}/indicators/{indicatorId}")
  @Allow(Role.CITY_ADMIN)
  public Response updateIndicator(@PathParam("frameworkId") @Min(value = 1, message = "{fumin.min}") long id,
      @PathParam("indicatorId") @Min(value = 1, message = "{fumin.min}") long indicatorId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "{fumin.body.required}") IndicatorInput input) {
    Framework framework = frameworks.updateIndicator(id, indicatorId, ifMatch, input);
    return Response.ok(framework).tag(ETags.tag(frameworks.version(id))).build();
  }
}
