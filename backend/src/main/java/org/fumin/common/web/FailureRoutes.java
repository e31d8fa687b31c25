package org.fumin.common.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.fumin.common.problem.DatabaseFailures;
import org.fumin.common.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * Failures that reach the HTTP layer instead of a JAX-RS exception mapper (a body over the limit
 * while it streams in, an authentication step that cannot reach the database) still answer
 * {@code /api} callers with problem details; a database outage is a 503 with {@code Retry-After}.
 */
@ApplicationScoped
public class FailureRoutes {

  private static final Logger LOG = Logger.getLogger(FailureRoutes.class);

  void install(@Observes Router router) {
    router.routeWithRegex("/api(/.*)?").order(Integer.MIN_VALUE + 1).failureHandler(this::fail);
  }

  private void fail(RoutingContext ctx) {
    if (ctx.response().ended() || ctx.response().headWritten()) {
      ctx.next();
      return;
    }
    Throwable failure = ctx.failure();
    int status = ctx.statusCode();
    if (failure != null && DatabaseFailures.isOutage(failure)) {
      LOG.warnf("Database unavailable for %s %s: %s", ctx.request().path(), RequestId.current(),
          DatabaseFailures.summary(failure));
      ctx.response().putHeader("Retry-After", Long.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
      RouteProblems.send(ctx, ProblemType.UNAVAILABLE, ProblemType.UNAVAILABLE.detailKey(), List.of());
    } else if (status == 413) {
      ctx.response().putHeader("Connection", "close");
      RouteProblems.send(ctx, ProblemType.PAYLOAD_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE.detailKey(), List.of());
    } else if (status == 414) {
      RouteProblems.send(ctx, ProblemType.URI_TOO_LONG, ProblemType.URI_TOO_LONG.detailKey(), List.of());
    } else if (status >= 400 && status < 500) {
      ctx.next();
    } else {
      LOG.errorf(failure, "Unexpected failure of %s %s", ctx.request().path(), RequestId.current());
      RouteProblems.send(ctx, ProblemType.INTERNAL, ProblemType.INTERNAL.detailKey(), List.of());
    }
  }
}
