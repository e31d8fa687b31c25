package org.fumin.framework;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.framework.FrameworkApi.Framework;
import org.fumin.framework.FrameworkApi.FrameworkSummary;

@Path("/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

  @Inject FrameworkService frameworks;

  @GET
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public List<FrameworkSummary> list() {
    return frameworks.list();
  }

  @GET
  @Path("/{frameworkId}")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, keyScope = "read")
  public Framework get(@PathParam("frameworkId") @Min(value = 1, message = "{fumin.min}") long id) {
    return frameworks.get(id);
  }
}
