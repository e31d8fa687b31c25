package org.fumin.auth;

import java.time.Instant;

/** A session that is still live, read together with its user (a typed projection of one query). */
public record LiveSession(
    long sessionId,
    String csrfToken,
    Instant lastSeenAt,
    Instant expiresAt,
    long userId,
    String username,
    Role role,
    Long districtId,
    Long townshipId,
    Long townshipDistrictId,
    boolean mustChangePassword) {

  /** Who is calling; a township operator's district is its township's. */
  SessionUser user() {
    return new SessionUser(sessionId, csrfToken, userId, username, role,
        districtId != null ? districtId : townshipDistrictId, townshipId, mustChangePassword);
  }

  LiveSession seenAt(Instant at) {
    return new LiveSession(sessionId, csrfToken, at, expiresAt, userId, username, role, districtId, townshipId,
        townshipDistrictId, mustChangePassword);
  }
}
