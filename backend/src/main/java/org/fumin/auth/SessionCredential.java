package org.fumin.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import org.fumin.common.Hashes;

/** The token of the {@code fumin_session} cookie, to be resolved into the signed-in user. */
public final class SessionCredential extends BaseAuthenticationRequest {

  private final String token;
  private String tokenHash;

  public SessionCredential(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  /** The token's SHA-256, as sessions are stored and cached: computed once per request. */
  String tokenHash() {
    if (tokenHash == null) {
      tokenHash = Hashes.sha256(token);
    }
    return tokenHash;
  }
}
