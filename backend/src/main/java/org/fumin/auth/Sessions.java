package org.fumin.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.fumin.auth.AuthApi.SessionView;
import org.fumin.common.Hashes;

/**
 * Browser sessions, kept in the database so that any replica can serve any request. The cookie
 * holds a random token; the database only its SHA-256. Resolved sessions are kept briefly in memory
 * ({@link SessionCache}); every change that ends or alters a session is announced to all replicas
 * ({@link SessionChanges}).
 */
@ApplicationScoped
@Transactional
public class Sessions {

  /** The idle timer is written at most this often. */
  static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

  @Inject AuthConfig config;
  @Inject InstantSource clock;
  @Inject SessionCache cache;
  @Inject SessionChanges changes;

  /** A new session's secrets, returned to the browser once. */
  public record Opened(String token, String csrfToken) {}

  public Opened open(long userId, String clientAddress, String userAgent) {
    String token = Hashes.token(32);
    UserSession session = new UserSession();
    session.tokenHash = Hashes.sha256(token);
    session.csrfToken = Hashes.token(24);
    session.userId = userId;
    session.createdAt = clock.instant();
    session.lastSeenAt = session.createdAt;
    session.expiresAt = session.createdAt.plus(config.sessionAbsoluteTimeout());
    session.clientAddress = clientAddress;
    session.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(256, userAgent.length()));
    session.persist();
    return new Opened(token, session.csrfToken);
  }

  /**
   * The live session of this token: not revoked, not past its absolute or idle expiry, user enabled
   * and not locked. Runs on every signed-in request, so it answers from the cache when it can, reads
   * without a transaction otherwise, and writes only to keep the idle timer going.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  @ActivateRequestContext
  public Optional<SessionUser> find(String token) {
    return findByHash(Hashes.sha256(token));
  }

  /** {@link #find(String)} by the token's SHA-256 (a request computes it once). */
  @Transactional(Transactional.TxType.SUPPORTS)
  @ActivateRequestContext
  public Optional<SessionUser> findByHash(String hash) {
    Instant now = clock.instant();
    Optional<LiveSession> live = cache.get(hash)
        .filter(s -> s.expiresAt().isAfter(now) && s.lastSeenAt().isAfter(now.minus(config.sessionIdleTimeout())))
        .or(() -> load(hash, now).map(s -> cache.put(hash, s)));
    live.filter(s -> s.lastSeenAt().isBefore(now.minus(TOUCH_EVERY)))
        .ifPresent(s -> {
          touch(s.sessionId(), now);
          cache.replace(hash, s.seenAt(now));
        });
    return live.map(LiveSession::user);
  }

  /** The session just opened, read from the database (not cached: nothing has used it yet). */
  @Transactional(Transactional.TxType.SUPPORTS)
  SessionUser opened(String token) {
    return load(Hashes.sha256(token), clock.instant()).orElseThrow().user();
  }

  private Optional<LiveSession> load(String tokenHash, Instant now) {
    return UserSession.getEntityManager().createQuery("""
            select new org.fumin.auth.LiveSession(s.id, s.csrfToken, s.lastSeenAt, s.expiresAt, u.id, u.username, u.role,
                   u.districtId, u.townshipId, t.district.id, u.mustChangePassword)
            from UserSession s join User u on u.id = s.userId left join Township t on t.id = u.townshipId
            where s.tokenHash = :hash and s.revokedAt is null and s.expiresAt > :now and s.lastSeenAt > :idleSince
              and u.enabled = true and u.locked = false""", LiveSession.class)
        .setParameter("hash", tokenHash)
        .setParameter("now", now)
        .setParameter("idleSince", now.minus(config.sessionIdleTimeout()))
        .getResultStream().findFirst();
  }

  /** Keeps the idle timer going, in a transaction of its own (the lookup itself runs without one). */
  private void touch(long sessionId, Instant now) {
    QuarkusTransaction.requiringNew().run(() -> UserSession.update("lastSeenAt = ?1 where id = ?2", now, sessionId));
  }

  public void revoke(long sessionId) {
    UserSession.update("revokedAt = ?1 where id = ?2 and revokedAt is null", clock.instant(), sessionId);
    changes.sessionEnded(sessionId);
  }

  /** Ends every session of a user except {@code keep} (after a password change, disable, reset). */
  public void revokeAllOf(long userId, Long keep) {
    UserSession.update("revokedAt = ?1 where userId = ?2 and revokedAt is null and id <> ?3",
        clock.instant(), userId, keep == null ? -1L : keep);
    changes.userChanged(userId);
  }

  /** The user's account changed in a way its sessions must see at once (locked, password changed). */
  public void userChanged(long userId) {
    changes.userChanged(userId);
  }

  /** A user's live sessions, newest first; {@code current} marks the caller's own. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SessionView> liveOf(long userId, Long current) {
    Instant now = clock.instant();
    List<UserSession> sessions = UserSession.list(
        "userId = ?1 and revokedAt is null and expiresAt > ?2 and lastSeenAt > ?3 order by lastSeenAt desc",
        userId, now, now.minus(config.sessionIdleTimeout()));
    return sessions.stream()
        .map(s -> new SessionView(s.id, s.id.equals(current), s.createdAt, s.lastSeenAt, s.expiresAt, s.clientAddress,
            s.userAgent))
        .toList();
  }
}
