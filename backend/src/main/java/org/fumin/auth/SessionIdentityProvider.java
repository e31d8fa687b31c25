package org.fumin.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves a session cookie into the signed-in user (off the event loop: it may read the database). */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionCredential> {

  @Inject Sessions sessions;

  @Override
  public Class<SessionCredential> getRequestType() {
    return SessionCredential.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(SessionCredential credential, AuthenticationRequestContext context) {
    return context.runBlocking(() -> sessions.find(credential.token())
        .map(CallerIdentity::of)
        .orElseThrow(AuthenticationFailedException::new));
  }
}
