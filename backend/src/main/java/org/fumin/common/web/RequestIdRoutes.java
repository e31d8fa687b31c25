package org.fumin.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** Gives every request a correlation id: the caller's when valid, a new one otherwise. */
@ApplicationScoped
public class RequestIdRoutes {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(ctx -> {
      String id = ctx.request().getHeader(RequestId.HEADER);
      if (id == null || !VALID.matcher(id).matches()) {
        // not UUID.randomUUID(): SecureRandom can block the event loop, and ids need no secrecy
        ThreadLocalRandom random = ThreadLocalRandom.current();
        id = new UUID(random.nextLong(), random.nextLong()).toString();
        ctx.request().headers().set(RequestId.HEADER, id);
      }
      MDC.put(RequestId.KEY, id);
      ctx.response().putHeader(RequestId.HEADER, id);
      ctx.next();
    });
  }
}
