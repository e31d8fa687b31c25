package org.fumin.apikey;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fumin.apikey.ApiKeyApi.ApiKeyInput;
import org.fumin.apikey.ApiKeyApi.ApiKeyView;
import org.fumin.apikey.ApiKeyApi.ApiKeyWithSecret;
import org.fumin.auth.Allow;
import org.fumin.auth.AuthResource;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.common.web.Created;
import org.fumin.common.web.ETags;

@Path("/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

  @Inject ApiKeyService keys;
  @Inject Idempotency idempotency;

  @GET
  @Allow(Role.CITY_ADMIN)
  public Page<ApiKeyView> list(@BeanParam @Valid PageParams paging) {
    return keys.list(paging.q, paging.request());
  }

  @GET
  @Path("/{keyId}")
  @Allow(Role.CITY_ADMIN)
  public Response get(@PathParam("keyId") @Min(value = 1, message = "{fumin.min}") long id) {
    ApiKeyView key = keys.get(id);
    return Response.ok(key).tag(ETags.tag(key.version())).build();
  }

  @POST
  @Allow(Role.CITY_ADMIN)
  public Response create(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
      @Valid @NotNull(message = "{fumin.body.required}") ApiKeyInput input) {
    return idempotency.create(idempotencyKey, "createApiKey", input, () -> {
      ApiKeyWithSecret created = keys.create(input);
      return new Created<>(created, "v1/api-keys/" + created.apiKey().id(), ETags.of(created.apiKey().version()));
    });
  }

  @POST
  @Path("/{keyId}/revoke")
  @Allow(Role.CITY_ADMIN)
  public ApiKeyView revoke(@PathParam("keyId") @Min(value = 1, message = "{fumin.min}") long id) {
    return keys.revoke(id);
  }

  @POST
  @Path("/{keyId}/rotate")
  @Allow(Role.CITY_ADMIN)
  public Response rotate(@PathParam("keyId") @Min(value = 1, message = "{fumin.min}") long id) {
    return Response.ok(keys.rotate(id)).header(HttpHeaders.CACHE_CONTROL, AuthResource.NO_STORE).build();
  }
}
