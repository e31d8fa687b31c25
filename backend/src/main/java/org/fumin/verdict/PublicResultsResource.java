package org.fumin.verdict;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fumin.common.Hashes;
import org.fumin.common.web.ETags;
import org.fumin.common.web.PublicReadLimit;
import org.fumin.verdict.VerdictApi.PublicResults;

/**
 * Published results (公示), for the public and other government sites: no sign-in, shared caching
 * for five minutes with an entity tag, and a per-address request limit.
 */
@Path("/v1/public/results")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResultsResource {

  static final int MAX_AGE_SECONDS = 300;

  @Inject TitleService titles;
  @Inject PublicReadLimit limit;
  @Inject com.fasterxml.jackson.databind.ObjectMapper json;

  @GET
  @PermitAll
  public Response list(
      @QueryParam("year") @NotNull(message = "{fumin.required}") @Min(value = 2000, message = "{fumin.min}")
      @Max(value = 2199, message = "{fumin.max}") Integer year,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws com.fasterxml.jackson.core.JsonProcessingException {
    limit.check();
    PublicResults results = titles.publicResults(year);
    EntityTag tag = new EntityTag(Hashes.sha256(json.writeValueAsString(results)).substring(0, 32));
    if (ETags.current(ifNoneMatch, "\"" + tag.getValue() + "\"")) {
      return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS).build();
    }
    return Response.ok(results).tag(tag).header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS).build();
  }
}
