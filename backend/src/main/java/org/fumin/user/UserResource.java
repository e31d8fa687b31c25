package org.fumin.user;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.fumin.auth.AuthResource;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.common.web.Created;
import org.fumin.common.web.ETags;
import org.fumin.user.UserApi.UserFilter;
import org.fumin.user.UserApi.UserInput;
import org.fumin.user.UserApi.UserUpdate;
import org.fumin.user.UserApi.UserView;
import org.fumin.user.UserApi.UserWithPassword;

@Path("/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject UserService users;
  @Inject Idempotency idempotency;

  @GET
  @Allow(Role.CITY_ADMIN)
  public Page<UserView> list(@BeanParam @Valid PageParams paging, @QueryParam("role") Role role,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("enabled") Boolean enabled) {
    return users.list(new UserFilter(role, districtId, enabled, paging.q), paging.request());
  }

  @GET
  @Path("/{userId}")
  @Allow(Role.CITY_ADMIN)
  public Response get(@PathParam("userId") @Min(value = 1, message = "{fumin.min}") long id) {
    UserView user = users.get(id);
    return Response.ok(user).tag(ETags.tag(user.version())).build();
  }

  @POST
  @Allow(Role.CITY_ADMIN)
  public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull(message = "{fumin.body.required}") UserInput input) {
    return idempotency.create(key, "createUser", input, () -> {
      UserWithPassword created = users.create(input);
      return new Created<>(created, "v1/users/" + created.user().id(), ETags.of(created.user().version()));
    });
  }

  @PUT
  @Path("/{userId}")
  @Allow(Role.CITY_ADMIN)
  public Response update(@PathParam("userId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "{fumin.body.required}") UserUpdate input) {
    UserView user = users.update(id, ifMatch, input);
    return Response.ok(user).tag(ETags.tag(user.version())).build();
  }

  @POST
  @Path("/{userId}/disable")
  @Allow(Role.CITY_ADMIN)
  public UserView disable(@PathParam("userId") @Min(value = 1, message = "{fumin.min}") long id) {
    return users.setEnabled(id, false);
  }

  @POST
  @Path("/{userId}/enable")
  @Allow(Role.CITY_ADMIN)
  public UserView enable(@PathParam("userId") @Min(value = 1, message = "{fumin.min}") long id) {
    return users.setEnabled(id, true);
  }

  @POST
  @Path("/{userId}/unlock")
  @Allow(Role.CITY_ADMIN)
  public UserView unlock(@PathParam("userId") @Min(value = 1, message = "{fumin.min}") long id) {
    return users.unlock(id);
  }

  @POST
  @Path("/{userId}/reset-password")
  @Allow(Role.CITY_ADMIN)
  public Response resetPassword(@PathParam("userId") @Min(value = 1, message = "{fumin.min}") long id) {
    return Response.ok(users.resetPassword(id)).header(HttpHeaders.CACHE_CONTROL, AuthResource.NO_STORE).build();
  }
}
