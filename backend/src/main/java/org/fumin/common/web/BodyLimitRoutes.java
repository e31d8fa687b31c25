package org.fumin.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fumin.common.problem.Messages;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemType;

/**
 * Refuses a declared body over the limit with problem details before it is read; the HTTP layer
 * would otherwise answer 413 with an empty body.
 */
@ApplicationScoped
public class BodyLimitRoutes {

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  void install(@Observes Router router) {
    long limit = maxBodySize.asLongValue();
    router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
      String length = ctx.request().getHeader("Content-Length");
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
  }
}
