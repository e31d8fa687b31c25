package org.fumin.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of the {@code fumin_session} cookie, to be resolved into the signed-in user. */
public final class SessionCredential extends BaseAuthenticationRequest {

  private final String token;

  public SessionCredential(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }
}
