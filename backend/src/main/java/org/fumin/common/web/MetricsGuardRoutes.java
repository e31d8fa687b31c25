package org.fumin.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fumin.common.problem.ProblemType;

/**
 * {@code /q/metrics} is for the scraper only: it must send {@code Authorization: Bearer <token>}
 * with the token configured as {@code fumin.metrics.token} ({@code FUMIN_METRICS_TOKEN}). Without
 * a configured token the endpoint does not exist (404); a wrong or missing token answers 401.
 */
@ApplicationScoped
public class MetricsGuardRoutes {

  static final String PATH = "/q/metrics";

  @ConfigProperty(name = "fumin.metrics.token")
  Optional<String> token;

  void install(@Observes Router router) {
    byte[] expected = token.filter(t -> !t.isBlank()).map(t -> ("Bearer " + t.strip()).getBytes(StandardCharsets.UTF_8))
        .orElse(null);
    router.routeWithRegex(PATH + "(/.*)?").order(Integer.MIN_VALUE + 1).handler(ctx -> {
      if (expected == null) {
        RouteProblems.send(ctx, ProblemType.NOT_FOUND, "problem.no-route.detail", List.of());
        return;
      }
      String authorization = ctx.request().getHeader("Authorization");
      byte[] given = authorization == null ? new byte[0] : authorization.strip().getBytes(StandardCharsets.UTF_8);
      if (!MessageDigest.isEqual(expected, given)) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
        RouteProblems.send(ctx, ProblemType.UNAUTHENTICATED, ProblemType.UNAUTHENTICATED.detailKey(), List.of());
        return;
      }
      ctx.next();
    });
  }
}
