package org.fumin.common.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Caching and browser-security headers on every answer, set as the headers are written so that
 * problem details, resources and static files all get them:
 * <ul>
 *   <li>{@code /api}: {@code Cache-Control: no-store} (personal data and secrets; entity tags
 *       still work for {@code If-Match}), except public results under {@code /api/v1/public/},
 *       which set their own;
 *   <li>the SPA: {@code index.html} and deep links {@code no-cache} (revalidated, so a deploy is
 *       seen at once), content-hashed {@code /assets/*} cached for a year, and a
 *       {@code Content-Security-Policy} that allows only this origin's scripts. Styles need
 *       {@code 'unsafe-inline'}: antd writes its CSS-in-JS into {@code <style>} elements.
 * </ul>
 * {@code /q/*} (health, metrics, the contract, Swagger UI with its inline script) keep their own
 * caching and get no policy.
 */
@ApplicationScoped
public class SecurityHeaderRoutes {

  static final String SPA_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
      + "base-uri 'self'; form-action 'self'; object-src 'none'";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  /** Published, public data (公示) sets its own shared caching. */
  static final String PUBLIC_API = "/api/v1/public/";

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(ctx -> {
      String path = ctx.request().path();
      ctx.addHeadersEndHandler(ignored -> {
        MultiMap headers = ctx.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (path == null || path.startsWith("/q/") || path.equals("/q")) {
          return;
        }
        headers.set("X-Frame-Options", "DENY");
        if (path.startsWith("/api/") || path.equals("/api")) {
          if (!(path.startsWith(PUBLIC_API) && headers.contains("Cache-Control"))) {
            headers.set("Cache-Control", "no-store");
          }
          headers.set("Content-Security-Policy", API_POLICY);
        } else {
          boolean hashed = path.startsWith("/assets/") && ctx.response().getStatusCode() == 200;
          headers.set("Cache-Control", hashed ? IMMUTABLE : "no-cache");
          headers.set("Content-Security-Policy", SPA_POLICY);
        }
      });
      ctx.next();
    });
  }
}
