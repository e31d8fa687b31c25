package org.fumin.apikey;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fumin.auth.CallerIdentity;
import org.fumin.auth.KeyCredential;

/** Resolves a bearer API key into its identity, counting the request against the key's limit. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<KeyCredential> {

  @Inject ApiKeyAuthenticator keys;

  @Override
  public Class<KeyCredential> getRequestType() {
    return KeyCredential.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(KeyCredential credential, AuthenticationRequestContext context) {
    return context.runBlocking(() -> keys.authenticate(credential.secret())
        .map(key -> CallerIdentity.ofKey(new CallerIdentity.KeyPrincipal(key.id, key.name, key.scopeSet(), key.districtId)))
        .orElseThrow(AuthenticationFailedException::new));
  }
}
