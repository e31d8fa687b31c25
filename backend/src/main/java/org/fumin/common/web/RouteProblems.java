package org.fumin.common.web;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import org.fumin.common.problem.Messages;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemType;

/** Problem details written by the HTTP routes that answer before (or instead of) JAX-RS. */
final class RouteProblems {

  /** The {@code instance} member is bounded by the contract; longer paths are left out. */
  private static final int MAX_INSTANCE = 2048;

  private RouteProblems() {}

  static Locale locale(RoutingContext ctx) {
    return Messages.forAcceptLanguage(ctx.request().getHeader("Accept-Language"));
  }

  static Problem.Violation violation(RoutingContext ctx, String field, String messageKey, Object... arguments) {
    return new Problem.Violation(field, Messages.get(locale(ctx), messageKey, arguments));
  }

  static void send(RoutingContext ctx, ProblemType type, String detailKey, List<Problem.Violation> violations) {
    String path = ctx.request().path();
    String instance = path == null || path.length() > MAX_INSTANCE ? null : path;
    Problem problem = Problem.of(type, locale(ctx), detailKey, instance, RequestId.current(), violations);
    if (ctx.response().ended()) {
      return;
    }
    ctx.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
  }
}
