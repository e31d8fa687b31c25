package org.fumin.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.fumin.apikey.ApiKey;
import org.fumin.apikey.ApiKeyAuthenticator;
import org.fumin.audit.AuditService;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every API request (session cookie or API key) and applies the method's
 * {@link Allow}: role for users, scope for keys, CSRF token for cookie-authenticated changes.
 * Methods without {@code @Allow} or {@code @Public} are refused to everyone.
 */
public class AuthFilter {

  public static final String SESSION_COOKIE = "fumin_session";
  public static final String CSRF_COOKIE = "fumin_csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> QUERY_CREDENTIALS = Set.of("access_token", "api_key", "apikey", "token", "key");

  @Inject Caller caller;
  @Inject Sessions sessions;
  @Inject ApiKeyAuthenticator keys;
  @Inject AuditService audit;

  @ServerRequestFilter
  public void authenticate(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
    caller.from(ClientAddress.of(http));
    if (request.getUriInfo().getQueryParameters().keySet().stream().anyMatch(QUERY_CREDENTIALS::contains)) {
      throw new ProblemException(ProblemType.VALIDATION, "problem.query-credentials.detail");
    }
    Method method = resource.getResourceMethod();
    boolean isPublic = method.isAnnotationPresent(Public.class);
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ApiKey key = keys.authenticate(authorization.substring(7).trim()).orElseThrow(AuthFilter::unauthenticated);
      caller.useKey(key.id, key.name, key.scopeSet(), key.districtId);
    } else {
      Cookie cookie = http.getCookie(SESSION_COOKIE);
      if (cookie != null) {
        sessions.find(cookie.getValue()).ifPresent(caller::signIn);
      }
    }
    if (isPublic) {
      return;
    }
    if (caller.kind() == Caller.Kind.ANONYMOUS) {
      throw unauthenticated();
    }
    Allow allow = method.getAnnotation(Allow.class);
    if (allow == null) {
      refuse(request, "no access rule");
    }
    if (caller.kind() == Caller.Kind.API_KEY) {
      if (allow.keyScope().isEmpty() || !caller.scopes().contains(allow.keyScope())) {
        refuse(request, "key scope");
      }
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !csrfMatches(request.getHeaderString(CSRF_HEADER))) {
      throw new ProblemException(ProblemType.CSRF, "problem.csrf.detail");
    }
    if (caller.mustChangePassword() && !allow.beforePasswordChange()) {
      throw new ProblemException(ProblemType.PASSWORD_CHANGE_REQUIRED, "problem.password-change-required.detail");
    }
    if (Arrays.stream(allow.value()).noneMatch(role -> role == caller.role())) {
      refuse(request, "role");
    }
  }

  private boolean csrfMatches(String header) {
    return header != null && caller.csrfToken() != null
        && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), caller.csrfToken().getBytes(StandardCharsets.UTF_8));
  }

  private void refuse(ContainerRequestContext request, String reason) {
    audit.recordAlways("ACCESS_DENIED", "REQUEST", null,
        Map.of("method", request.getMethod(), "path", request.getUriInfo().getPath(), "reason", reason));
    throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.detail");
  }

  private static ProblemException unauthenticated() {
    return new ProblemException(ProblemType.UNAUTHENTICATED, "problem.unauthenticated.detail");
  }
}
