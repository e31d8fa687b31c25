package org.fumin.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented as {@code Authorization: Bearer fmk_...}. */
public final class KeyCredential extends BaseAuthenticationRequest {

  private final String secret;

  public KeyCredential(String secret) {
    this.secret = secret;
  }

  public String secret() {
    return secret;
  }
}
