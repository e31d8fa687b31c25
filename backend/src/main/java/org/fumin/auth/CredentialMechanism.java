package org.fumin.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * How callers prove who they are: an API key in {@code Authorization: Bearer}, else the session
 * cookie. A bad key is refused; a stale or unknown session cookie counts as no credential, so that
 * signing in again works with an old cookie still in the browser.
 */
@ApplicationScoped
public class CredentialMechanism implements HttpAuthenticationMechanism {

  public static final String SESSION_COOKIE = "fumin_session";
  public static final String CSRF_COOKIE = "fumin_csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  /** The challenges of a 401: an API key as a bearer token, or the session cookie from sign-in. */
  public static final String BEARER_CHALLENGE = "Bearer realm=\"fumin\"";
  public static final String SESSION_CHALLENGE = "Session realm=\"fumin\", cookie=\"" + SESSION_COOKIE + "\"";

  @Override
  public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
    String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return identities.authenticate(attach(new KeyCredential(authorization.substring(7).trim()), context));
    }
    Cookie cookie = context.request().getCookie(SESSION_COOKIE);
    if (cookie != null && !cookie.getValue().isEmpty()) {
      return identities.authenticate(attach(new SessionCredential(cookie.getValue()), context))
          .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }
    return Uni.createFrom().nullItem();
  }

  private static AuthenticationRequest attach(AuthenticationRequest request, RoutingContext context) {
    return HttpSecurityUtils.setRoutingContextAttribute(request, context);
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", BEARER_CHALLENGE));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(SessionCredential.class, KeyCredential.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
  }
}
