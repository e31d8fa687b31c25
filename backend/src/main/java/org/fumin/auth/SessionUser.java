package org.fumin.auth;

/** A valid session and the user it belongs to, as read on each request. */
public record SessionUser(
    long sessionId,
    String csrfToken,
    long userId,
    String username,
    Role role,
    Long districtId,
    Long townshipId,
    boolean mustChangePassword) {}
