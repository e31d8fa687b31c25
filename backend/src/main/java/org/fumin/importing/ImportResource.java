package org.fumin.importing;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.fumin.auth.Allow;
import org.fumin.auth.AuthResource;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;
import org.fumin.common.problem.Messages;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.RequestId;
import org.fumin.importing.ImportApi.ImportJobView;
import org.fumin.importing.ImportApi.ImportRejected;

/**
 * Bulk imports: {@code POST /v1/imports/{kind}} with a CSV, JSON or XLSX body; the templates;
 * the history and each import's report under {@code /v1/import-jobs}.
 */
@Path("/v1")
public class ImportResource {

  @Inject ImportService imports;
  @Inject ImportTemplates templates;

  @POST
  @Path("/imports/{kind}")
  @Consumes({ImportFormat.CSV_TYPE, MediaType.APPLICATION_JSON, ImportFormat.XLSX_TYPE})
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Allow(value = {Role.CITY_ADMIN, Role.DISTRICT_ADMIN}, keyScope = "import")
  public Response submit(@PathParam("kind") String kind,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("mode") @DefaultValue("CREATE") ImportMode mode,
      @QueryParam("charset") @Size(max = 32, message = "{fumin.size.max}") String charset,
      @QueryParam("fileName") @Size(max = 256, message = "{fumin.size.max}") String fileName,
      @HeaderParam(Idempotency.HEADER) String key,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
      byte[] body) {
    ImportFormat format = ImportFormat.of(contentType);
    ImportService.Submitted submitted = imports.submit(new ImportService.Request(kind(kind), format,
        charset != null ? charset : contentType.getParameters().get("charset"), mode, dryRun, fileName, key, body));
    Locale locale = Messages.forAcceptLanguage(language);
    ImportJobView view = imports.view(submitted.job(), locale, true);
    Response.ResponseBuilder answer;
    if (submitted.running()) {
      answer = Response.accepted(view).header(HttpHeaders.LOCATION, "/api/v1/import-jobs/" + view.id()); // never built from Host
    } else if (submitted.job().state == ImportJob.State.REJECTED) {
      answer = rejected(view, locale);
    } else {
      answer = Response.ok(view).type(MediaType.APPLICATION_JSON_TYPE);
    }
    if (submitted.replayed()) {
      answer.header(Idempotency.REPLAYED_HEADER, "true");
    }
    return answer.header(HttpHeaders.CACHE_CONTROL, AuthResource.NO_STORE).build();
  }

  @GET
  @Path("/imports/{kind}/template")
  @Produces({ImportFormat.CSV_TYPE, ImportFormat.XLSX_TYPE})
  @Allow(value = {Role.CITY_ADMIN, Role.DISTRICT_ADMIN}, keyScope = "import")
  public Response template(@PathParam("kind") String kind, @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    ImportKind importKind = kind(kind);
    imports.authorize(importKind);
    ImportFormat chosen = format != null ? ImportFormat.ofName(format)
        : accept != null && accept.contains(ImportFormat.XLSX_TYPE) ? ImportFormat.XLSX : ImportFormat.CSV;
    if (chosen == null || chosen == ImportFormat.JSON) {
      throw ProblemException.invalidField("format", "violation.enum", "csv, xlsx");
    }
    byte[] file = chosen == ImportFormat.CSV ? templates.csv(importKind) : templates.xlsx(importKind);
    return Response.ok(file, chosen.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + importKind.slug() + "-template." + chosen.extension() + "\"")
        .build();
  }

  @GET
  @Path("/import-jobs")
  @Produces(MediaType.APPLICATION_JSON)
  @Allow(value = {Role.CITY_ADMIN, Role.DISTRICT_ADMIN}, keyScope = "import")
  public Response history(@BeanParam @Valid PageParams paging, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    Page<ImportJobView> page = imports.history(paging.request(), Messages.forAcceptLanguage(language));
    return Response.ok(page).header(HttpHeaders.CACHE_CONTROL, AuthResource.NO_STORE).build();
  }

  @GET
  @Path("/import-jobs/{importId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Allow(value = {Role.CITY_ADMIN, Role.DISTRICT_ADMIN}, keyScope = "import")
  public Response get(@PathParam("importId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    ImportJobView view = imports.view(imports.find(id), Messages.forAcceptLanguage(language), true);
    return Response.ok(view).header(HttpHeaders.CACHE_CONTROL, AuthResource.NO_STORE).build();
  }

  /** The report as a CSV file (UTF-8 with BOM, for Excel): one line per problem and row. */
  @GET
  @Path("/import-jobs/{importId}/report")
  @Produces(ImportFormat.CSV_TYPE)
  @Allow(value = {Role.CITY_ADMIN, Role.DISTRICT_ADMIN}, keyScope = "import")
  public Response report(@PathParam("importId") @Min(value = 1, message = "{fumin.min}") long id,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    Locale locale = Messages.forAcceptLanguage(language);
    ImportJobView view = imports.view(imports.find(id), locale, true);
    return Response.ok(templates.reportCsv(view, locale), ImportFormat.CSV_TYPE + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"")
        .header(HttpHeaders.CACHE_CONTROL, AuthResource.NO_STORE)
        .build();
  }

  private static ImportKind kind(String slug) {
    ImportKind kind = ImportKind.ofSlug(slug);
    if (kind == null) {
      throw ProblemException.notFound("entity.import-kind", slug);
    }
    return kind;
  }

  private static Response.ResponseBuilder rejected(ImportJobView view, Locale locale) {
    ProblemType type = ProblemType.IMPORT_REJECTED;
    ImportRejected problem = new ImportRejected(type.uri(), Messages.get(locale, type.titleKey()), type.status(),
        Messages.get(locale, type.detailKey(), view.rejected()), null, RequestId.current(), view);
    return Response.status(type.status()).entity(problem).type(Problem.MEDIA_TYPE);
  }
}
