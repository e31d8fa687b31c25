package org.fumin.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Resolves a session cookie into the signed-in user. A session this replica resolved moments ago
 * (and whose idle timer needs no write) is answered at once from {@link SessionCache}; anything else
 * goes off the event loop, since it may read or write the database.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionCredential> {

  @Inject Sessions sessions;
  @Inject SessionCache cache;

  @Override
  public Class<SessionCredential> getRequestType() {
    return SessionCredential.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(SessionCredential credential, AuthenticationRequestContext context) {
    String hash = credential.tokenHash();
    Optional<LiveSession> fresh = cache.fresh(hash);
    if (fresh.isPresent()) {
      return Uni.createFrom().item(CallerIdentity.of(fresh.get().user()));
    }
    return context.runBlocking(() -> sessions.findByHash(hash)
        .map(CallerIdentity::of)
        .orElseThrow(AuthenticationFailedException::new));
  }
}
