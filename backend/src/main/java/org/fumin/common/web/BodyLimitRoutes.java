package org.fumin.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.regex.Pattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fumin.common.problem.Messages;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemType;

/**
 * Refuses a body over the limit with problem details; the HTTP layer would otherwise answer 413
 * with an empty body. A declared length is checked before the body is read; a chunked body of an
 * {@code /api} request is read here (up to the limit), so that going over it fails the route and
 * {@link FailureRoutes} answers with problem details.
 * <p>
 * File uploads ({@link #UPLOADS}) may be larger ({@code fumin.http.max-upload-body-size}). With a
 * declared length the REST layer's multipart parser streams them to temporary files; a chunked one
 * is parsed here the same way (file parts to temporary files, never into memory), refused with
 * problem details as soon as it passes the limit. The upload's own service holds the file to its
 * exact limit. Bulk imports ({@link #IMPORTS}) are held to {@code fumin.imports.max-bytes}.
 */
@ApplicationScoped
public class BodyLimitRoutes {

  /** POST routes that take multipart file uploads. */
  static final Pattern UPLOADS = Pattern.compile(
      "/api/v1/nominations/[^/]+/evidence/[^/]+/attachments/?|/api/v1/cases/[^/]+/attachments/?");

  /** Where bulk imports are posted: their bodies may be larger ({@code fumin.imports.max-bytes}). */
  static final String IMPORTS = "/api/v1/imports/";

  @ConfigProperty(name = "fumin.http.max-body-size")
  MemorySize maxBodySize;

  @ConfigProperty(name = "fumin.http.max-upload-body-size")
  MemorySize maxUploadBodySize;

  @ConfigProperty(name = "fumin.imports.max-bytes")
  MemorySize maxImportSize;

  @ConfigProperty(name = "quarkus.http.body.uploads-directory")
  String uploadsDirectory;

  void install(@Observes Router router) {
    long general = maxBodySize.asLongValue();
    long uploads = maxUploadBodySize.asLongValue();
    long imports = maxImportSize.asLongValue();
    router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
      String length = ctx.request().getHeader("Content-Length");
      long limit = isUpload(ctx) ? uploads : ctx.normalizedPath().startsWith(IMPORTS) ? imports : general;
      if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
          && Long.parseLong(length) > limit) {
        var locale = Messages.forAcceptLanguage(ctx.request().getHeader("Accept-Language"));
        Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE, locale, ProblemType.PAYLOAD_TOO_LARGE.detailKey(),
            ctx.normalizedPath(), RequestId.current(), null);
        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
            .putHeader("Connection", "close").end(Json.encode(problem));
        return;
      }
      ctx.next();
    });
    BodyHandler chunked = BodyHandler.create(false).setBodyLimit(general).setHandleFileUploads(false);
    BodyHandler chunkedImport = BodyHandler.create(false).setBodyLimit(imports).setHandleFileUploads(false);
    // a chunked upload: its file parts streamed to temporary files, the whole body counted against the
    // limit as it arrives (the REST layer takes the parsed form over)
    BodyHandler chunkedUpload = BodyHandler.create(uploadsDirectory).setBodyLimit(uploads)
        .setHandleFileUploads(true).setDeleteUploadedFilesOnEnd(true).setMergeFormAttributes(false);
    router.routeWithRegex("/api(/.*)?").order(Integer.MIN_VALUE + 3).handler(ctx -> {
      boolean streamed = ctx.request().getHeader("Content-Length") == null
          && ctx.request().getHeader("Transfer-Encoding") != null;
      if (streamed) {
        (isUpload(ctx) ? chunkedUpload : ctx.normalizedPath().startsWith(IMPORTS) ? chunkedImport : chunked).handle(ctx);
      } else {
        ctx.next();
      }
    });
  }

  private static boolean isUpload(io.vertx.ext.web.RoutingContext ctx) {
    return ctx.request().method() == io.vertx.core.http.HttpMethod.POST && UPLOADS.matcher(ctx.normalizedPath()).matches();
  }
}
