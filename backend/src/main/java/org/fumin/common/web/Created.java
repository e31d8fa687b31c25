package org.fumin.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answer to a create: the new representation, where it lives (relative to the API root, e.g.
 * {@code v1/districts/7}; JAX-RS makes it absolute) and its version tag.
 */
public record Created<T>(T body, String location, String etag) {

  public Response toResponse() {
    return Response.created(URI.create(location))
        .tag(EntityTag.valueOf(etag))
        .entity(body)
        .build();
  }
}
