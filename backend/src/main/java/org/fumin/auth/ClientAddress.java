package org.fumin.auth;

import io.vertx.core.http.HttpServerRequest;

/** The client's address as seen by this server (behind a proxy, configure forwarding in Quarkus). */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServerRequest request) {
    return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
  }
}
