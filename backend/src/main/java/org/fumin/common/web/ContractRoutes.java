package org.fumin.common.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves {@code openapi.yaml} byte for byte at {@code /q/openapi} (SmallRye would re-serialise it).
 * A request for JSON ({@code ?format=json} or {@code Accept: application/json}) falls through to
 * SmallRye, which converts the same document.
 */
@ApplicationScoped
public class ContractRoutes {

  private final Buffer contract = load();

  void install(@Observes Router router) {
    router.route(HttpMethod.GET, "/q/openapi").order(Integer.MIN_VALUE + 2).handler(ctx -> {
      String format = ctx.request().getParam("format");
      String accept = ctx.request().getHeader("Accept");
      boolean json = "json".equalsIgnoreCase(format) || (accept != null && accept.contains("json") && !accept.contains("yaml"));
      if (json) {
        ctx.next();
        return;
      }
      ctx.response().putHeader("Content-Type", "application/yaml;charset=UTF-8").end(contract);
    });
  }

  private static Buffer load() {
    try (InputStream in = ContractRoutes.class.getResourceAsStream("/META-INF/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("META-INF/openapi.yaml is missing from the build");
      }
      return Buffer.buffer(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
