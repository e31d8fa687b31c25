package org.fumin.common.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemType;

/**
 * Refuses, before any resource runs, what the parameters of an {@code /api} request may never
 * hold: a URI longer than {@value #MAX_URI_LENGTH} characters (414), header fields of over
 * {@value #MAX_HEADERS_LENGTH} characters in all (431), the NUL character (PostgreSQL
 * cannot store it), numbers written with other than ASCII digits, dates outside the years
 * {@value InputBounds#FIRST_YEAR}..{@value InputBounds#LAST_YEAR}, and a body without a
 * {@code Content-Type} (415), and credentials in the query string (they end up in logs and
 * histories). Each refusal is problem details naming the parameter. One walk over the query serves
 * all of these checks: this runs on every API request.
 */
@ApplicationScoped
public class RequestGuardRoutes {

  /** The HTTP layer accepts longer request lines (see application.properties) so that this answers first. */
  static final int MAX_URI_LENGTH = 4096;
  /** Likewise for the header fields (names and values), which the HTTP layer takes up to 256 KB. */
  static final int MAX_HEADERS_LENGTH = 32 * 1024;
  /** The endpoints for anyone (results, cases), which other government sites embed. */
  private static final String PUBLIC = "/api/v1/public/";
  private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\p{Nd}+");
  private static final Pattern ASCII_NUMBER = Pattern.compile("[+-]?[0-9]+");
  /** A value that starts like an ISO date: an optional sign, the year, month and day. */
  private static final Pattern DATE = Pattern.compile("^([+-]?)(\\d{4,})-\\d{2}-\\d{2}");
  /** Query parameters that would carry a credential; the API takes them only in headers. */
  private static final Set<String> QUERY_CREDENTIALS = Set.of("access_token", "api_key", "apikey", "token", "key");

  void install(@Observes Router router) {
    router.routeWithRegex("/api(/.*)?").order(Integer.MIN_VALUE + 1).handler(this::guard);
  }

  private void guard(RoutingContext ctx) {
    String uri = ctx.request().uri();
    if (uri.length() > MAX_URI_LENGTH) {
      RouteProblems.send(ctx, ProblemType.URI_TOO_LONG, ProblemType.URI_TOO_LONG.detailKey(), List.of());
      return;
    }
    if (headersLength(ctx.request().headers()) > MAX_HEADERS_LENGTH) {
      RouteProblems.send(ctx, ProblemType.HEADERS_TOO_LARGE, ProblemType.HEADERS_TOO_LARGE.detailKey(), List.of());
      return;
    }
    List<Problem.Violation> violations = new ArrayList<>();
    checkPath(ctx, violations);
    boolean credentials = checkQuery(ctx, violations);
    if (!violations.isEmpty()) {
      RouteProblems.send(ctx, ProblemType.VALIDATION, ProblemType.VALIDATION.detailKey(), violations);
      return;
    }
    if (credentials) {
      RouteProblems.send(ctx, ProblemType.VALIDATION, "problem.query-credentials.detail", List.of());
      return;
    }
    if (WITH_BODY.contains(ctx.request().method()) && hasBody(ctx) && ctx.request().getHeader("Content-Type") == null) {
      RouteProblems.send(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.UNSUPPORTED_MEDIA_TYPE.detailKey(), List.of());
      return;
    }
    if (ctx.request().path().startsWith(PUBLIC)) {
      // public data, read without credentials: other sites may fetch it from their pages
      ctx.response().putHeader("Access-Control-Allow-Origin", "*");
    }
    ctx.next();
  }

  private static void checkPath(RoutingContext ctx, List<Problem.Violation> violations) {
    String path = ctx.request().path();
    if (path.indexOf('%') >= 0) { // without an escape there is nothing to decode
      try {
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        violations.add(RouteProblems.violation(ctx, "path", "violation.wrong-type"));
        return;
      }
    }
    if (InputBounds.hasNul(path)) {
      violations.add(RouteProblems.violation(ctx, "path", "violation.nul-character"));
      return;
    }
    for (String segment : path.split("/")) {
      if (isNonAsciiNumber(segment)) {
        violations.add(RouteProblems.violation(ctx, "path", "violation.ascii-digits"));
        return;
      }
    }
  }

  /** Adds the query's violations; answers whether it carries a credential. */
  private static boolean checkQuery(RoutingContext ctx, List<Problem.Violation> violations) {
    if (ctx.request().query() == null) {
      return false;
    }
    MultiMap query;
    try {
      query = ctx.queryParams();
    } catch (RuntimeException malformed) {
      violations.add(RouteProblems.violation(ctx, "query", "violation.wrong-type"));
      return false;
    }
    boolean credentials = false;
    for (Map.Entry<String, String> parameter : query) {
      String name = parameter.getKey();
      String value = parameter.getValue();
      credentials |= QUERY_CREDENTIALS.contains(name);
      if (InputBounds.hasNul(name) || InputBounds.hasNul(value)) {
        violations.add(RouteProblems.violation(ctx, name.replace('\0', '?'), "violation.nul-character"));
      } else if (isNonAsciiNumber(value)) {
        violations.add(RouteProblems.violation(ctx, name, "violation.ascii-digits"));
      } else if (!yearInRange(value)) {
        violations.add(RouteProblems.violation(ctx, name, "violation.date-range", InputBounds.FIRST_YEAR,
            InputBounds.LAST_YEAR));
      }
    }
    return credentials;
  }

  /** Java parses {@code ١٢} (Arabic-Indic digits) as 12; the API takes ASCII digits only. */
  static boolean isNonAsciiNumber(String value) {
    return value != null && !isAscii(value) && NUMBER.matcher(value).matches() && !ASCII_NUMBER.matcher(value).matches();
  }

  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** A value written like a date or instant has a year within the bounds (and no sign). */
  static boolean yearInRange(String value) {
    Matcher date = DATE.matcher(value == null ? "" : value.strip());
    if (!date.find()) {
      return true;
    }
    if (!date.group(1).isEmpty() || date.group(2).length() > 4) {
      return false;
    }
    int year = Integer.parseInt(date.group(2));
    return year >= InputBounds.FIRST_YEAR && year <= InputBounds.LAST_YEAR;
  }

  private static int headersLength(MultiMap headers) {
    int length = 0;
    for (Map.Entry<String, String> header : headers) {
      length += header.getKey().length() + header.getValue().length();
    }
    return length;
  }

  private static boolean hasBody(RoutingContext ctx) {
    String length = ctx.request().getHeader("Content-Length");
    if (length != null) {
      return !length.strip().equals("0");
    }
    return ctx.request().getHeader("Transfer-Encoding") != null;
  }
}
