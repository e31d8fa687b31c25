package org.fumin.auth;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies a resource method's {@link Allow} to the caller Quarkus security authenticated: role for
 * users, scope for keys (both as {@link AccessRule} permissions of the identity), the CSRF token for
 * cookie-authenticated changes, and the first-password gate. A method may use Quarkus' standard
 * annotations instead ({@code @RolesAllowed} with the role names, {@code @PermissionsAllowed}); one
 * with neither is refused to everyone. Refusals are fired as Quarkus
 * {@link AuthorizationFailureEvent}s, which {@link AccessAudit} writes to the audit trail. (Credentials
 * in the query string are refused before this, by {@code RequestGuardRoutes}.)
 */
public class AccessControl {

  /** Quarkus' own rules; a method with one of them needs no {@link Allow} (CSRF and the password gate still apply). */
  private static final List<Class<? extends Annotation>> STANDARD_RULES = List.of(
      RolesAllowed.class, PermissionsAllowed.class, Authenticated.class, DenyAll.class);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject Caller caller;
  @Inject CurrentIdentityAssociation identities;
  @Inject Event<AuthorizationFailureEvent> refusals;

  /**
   * What a resource method's annotations say, read once per method (reflection on every request
   * showed in profiles): public, its {@link Allow} as an {@link AccessRule}, or a standard rule.
   */
  private record MethodRule(boolean permitAll, Allow allow, AccessRule rule, boolean standard) {

    static MethodRule of(Method method) {
      Allow allow = method.getAnnotation(Allow.class);
      boolean standard = STANDARD_RULES.stream().anyMatch(a -> method.isAnnotationPresent(a)
          || method.getDeclaringClass().isAnnotationPresent(a)); // already enforced by Quarkus security
      return new MethodRule(method.isAnnotationPresent(PermitAll.class), allow,
          allow == null ? null : new AccessRule(method, allow), standard);
    }
  }

  private static final ConcurrentHashMap<Method, MethodRule> RULES = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public void authorize(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
    caller.from(ClientAddress.of(http));
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    MethodRule rules = RULES.computeIfAbsent(method, MethodRule::of);
    if (rules.permitAll()) {
      return;
    }
    SecurityIdentity identity = identities.getIdentity();
    if (identity.isAnonymous()) {
      throw new UnauthorizedException();
    }
    caller.from(identity);
    Allow allow = rules.allow();
    if (allow == null && !rules.standard()) {
      refuse(identity, request, method, "no access rule");
    }
    AccessRule rule = rules.rule();
    if (caller.kind() == Caller.Kind.API_KEY) {
      if (rule != null && !identity.checkPermissionBlocking(rule)) {
        refuse(identity, request, method, "key scope");
      }
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !csrfMatches(request.getHeaderString(CredentialMechanism.CSRF_HEADER))) {
      throw new ProblemException(ProblemType.CSRF, "problem.csrf.detail");
    }
    if (caller.mustChangePassword() && (allow == null || !allow.beforePasswordChange())) {
      throw new ProblemException(ProblemType.PASSWORD_CHANGE_REQUIRED, "problem.password-change-required.detail");
    }
    if (rule != null && !identity.checkPermissionBlocking(rule)) {
      refuse(identity, request, method, "role");
    }
  }

  /** Every 401 names how to authenticate: an API key as a bearer token, or the session cookie. */
  @ServerResponseFilter
  public void challenge(ContainerResponseContext response) {
    if (response.getStatus() == 401 && !response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
      response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, CredentialMechanism.BEARER_CHALLENGE);
      response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, CredentialMechanism.SESSION_CHALLENGE);
    }
  }

  private boolean csrfMatches(String header) {
    return header != null && caller.csrfToken() != null
        && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), caller.csrfToken().getBytes(StandardCharsets.UTF_8));
  }

  private void refuse(SecurityIdentity identity, ContainerRequestContext request, Method method, String reason) {
    ForbiddenException refusal = new ForbiddenException(reason);
    refusals.fire(new AuthorizationFailureEvent(identity, refusal, AccessControl.class.getName(), Map.of(
        AccessAudit.METHOD, request.getMethod(),
        AccessAudit.PATH, request.getUriInfo().getPath(),
        AccessAudit.REASON, reason)));
    throw refusal;
  }
}
