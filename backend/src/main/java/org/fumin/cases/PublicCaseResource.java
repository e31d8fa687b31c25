package org.fumin.cases;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.fumin.attachment.AttachmentService;
import org.fumin.attachment.Downloads;
import org.fumin.cases.CaseApi.CaseFilter;
import org.fumin.cases.CaseApi.PublicCaseItem;
import org.fumin.common.Hashes;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.common.web.ETags;
import org.fumin.common.web.PublicReadLimit;

/**
 * Published typical cases for anyone, without signing in: what the city publishes for exchange and
 * publicity. Answers may be cached for five minutes by browsers and proxies, and are revalidated by
 * entity tag; nothing unpublished is ever named here (an unpublished case is simply not found).
 * Each client address is held to a number of reads a minute ({@link PublicReadLimit}).
 */
@Path("/v1/public/cases")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCaseResource {

  /** How long a browser or proxy may reuse a public answer without asking again. */
  static final String CACHE = "public, max-age=300";

  @Inject CaseService cases;
  @Inject AttachmentService attachments;
  @Inject PublicReadLimit limit;

  @GET
  @PermitAll
  public Response list(@BeanParam @Valid PageParams paging,
      @QueryParam("districtId") @Min(value = 1, message = "{fumin.min}") Long districtId,
      @QueryParam("year") @Min(value = 2000, message = "{fumin.min}") @Max(value = 2199, message = "{fumin.max}") Integer year,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    limit.check();
    Page<PublicCaseItem> page = cases.published(new CaseFilter(null, districtId, null, year, paging.q), paging.request());
    // published cases do not change in place: which ones, and when published, say everything
    String fingerprint = page.page() + ":" + page.size() + ":" + page.total() + ":" + page.items().stream()
        .map(i -> i.id() + "@" + i.publishedAt()).collect(Collectors.joining(","));
    return cacheable(ifNoneMatch, new EntityTag(Hashes.sha256(fingerprint).substring(0, 32)), page);
  }

  @GET
  @Path("/{caseId}")
  @PermitAll
  public Response get(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    limit.check();
    CaseService.Published published = cases.publishedCase(id);
    return cacheable(ifNoneMatch, new EntityTag(Long.toString(published.version())), published.body());
  }

  @GET
  @Path("/{caseId}/attachments/{attachmentId}/content")
  @Produces(MediaType.WILDCARD)
  @PermitAll
  public Response download(@PathParam("caseId") @Min(value = 1, message = "{fumin.min}") long caseId,
      @PathParam("attachmentId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
      @HeaderParam("If-None-Match") String ifNoneMatch) {
    limit.check();
    return Downloads.answer(attachments, CaseAttachmentResource.stored(attachments.getOfCase(caseId, id, true)),
        range, ifRange, ifNoneMatch).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
  }

  /** A read revalidated by {@code If-None-Match} only; {@code If-Match} means nothing to a read. */
  private static Response cacheable(String ifNoneMatch, EntityTag tag, Object body) {
    Response.ResponseBuilder answer = ETags.current(ifNoneMatch, "\"" + tag.getValue() + "\"")
        ? Response.notModified(tag) : Response.ok(body).tag(tag);
    return answer.header(HttpHeaders.CACHE_CONTROL, CACHE).build();
  }
}
