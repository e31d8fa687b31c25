package org.fumin.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a create: the new representation, where it lives (relative to the API root, e.g.
 * {@code v1/districts/7}) and its version tag. {@code Location} is an absolute path
 * ({@code /api/v1/districts/7}), never built from the request's {@code Host} header, which a
 * caller can forge; RFC 9110 allows a relative reference there.
 */
public record Created<T>(T body, String location, String etag) {

  /** {@code quarkus.rest.path}: where the API is mounted. */
  static final String API_ROOT = "/api/";

  /** The {@code Location} value for a location relative to the API root ({@code v1/districts/7}). */
  public static String path(String location) {
    return location.startsWith("/") ? location : API_ROOT + location;
  }

  public Response toResponse() {
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, path(location))
        .tag(EntityTag.valueOf(etag))
        .entity(body)
        .build();
  }
}
