package org.fumin.common.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.fumin.common.problem.Messages;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemType;

/**
 * What no other route answered: an unknown {@code /api} path gets a problem+json 404 (never the SPA's
 * HTML), and any other GET that accepts HTML gets the SPA's {@code index.html}, so deep links work.
 */
@ApplicationScoped
public class SpaRoutes {

  void install(@Observes Router router) {
    router.route().last().handler(ctx -> {
      String path = ctx.normalizedPath();
      boolean api = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/");
      String accept = ctx.request().getHeader("Accept");
      boolean page = ctx.request().method() == HttpMethod.GET && !api && !path.contains(".")
          && (accept == null || accept.contains("text/html") || accept.contains("*/*"));
      if (page) {
        ctx.reroute("/index.html");
        return;
      }
      ctx.response()
          .setStatusCode(404)
          .putHeader("Content-Type", Problem.MEDIA_TYPE)
          .end(notFoundBody(path, ctx.request().getHeader("Accept-Language"), ctx.request().getHeader(RequestId.HEADER)));
    });
  }

  private static String notFoundBody(String path, String acceptLanguage, String requestId) {
    java.util.Locale locale = Messages.forAcceptLanguage(acceptLanguage);
    return Json.encode(Problem.of(ProblemType.NOT_FOUND, locale, "problem.no-route.detail", path, requestId, null));
  }
}
