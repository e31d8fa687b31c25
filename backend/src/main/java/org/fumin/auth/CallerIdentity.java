package org.fumin.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.util.Set;

/**
 * The {@link SecurityIdentity} of a signed-in user (its role as the one role) or of an API key (no
 * role; its scopes decide). Either way it carries what {@link Caller} needs, and it decides
 * {@link AccessRule}s through Quarkus' permission checks.
 */
public final class CallerIdentity {

  static final String SESSION = "fumin.session";
  static final String KEY = "fumin.key";

  /** An API key as a principal: which key, what it may do, where. */
  public record KeyPrincipal(long keyId, String name, Set<String> scopes, Long districtId) {}

  private CallerIdentity() {}

  static SecurityIdentity of(SessionUser session) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(session.username()))
        .addRole(session.role().name())
        .addAttribute(SESSION, session)
        .addPermissionChecker(permission -> Uni.createFrom().item(
            permission instanceof AccessRule rule && rule.admitsRole(session.role())))
        .build();
  }

  public static SecurityIdentity ofKey(KeyPrincipal key) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal("api-key:" + key.name()))
        .addAttribute(KEY, key)
        .addPermissionChecker(permission -> Uni.createFrom().item(
            permission instanceof AccessRule rule && rule.admitsScopes(key.scopes())))
        .build();
  }

  static SessionUser session(SecurityIdentity identity) {
    return identity.getAttribute(SESSION);
  }

  static KeyPrincipal key(SecurityIdentity identity) {
    return identity.getAttribute(KEY);
  }
}
