package org.fumin.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.fumin.common.Hashes;

/**
 * Browser sessions, kept in the database so that any replica can serve any request. The cookie
 * holds a random token; the database only its SHA-256.
 */
@ApplicationScoped
@Transactional
public class Sessions {

  @Inject EntityManager em;
  @Inject AuthConfig config;

  /** A new session's secrets, returned to the browser once. */
  public record Opened(String token, String csrfToken) {}

  public Opened open(long userId, String clientAddress, String userAgent) {
    String token = Hashes.token(32);
    String csrf = Hashes.token(24);
    em.createNativeQuery("""
            insert into user_session (token_hash, csrf_token, user_id, expires_at, client_address, user_agent)
            values (?1, ?2, ?3, ?4, cast(?5 as varchar), cast(?6 as varchar))""")
        .setParameter(1, Hashes.sha256(token))
        .setParameter(2, csrf)
        .setParameter(3, userId)
        .setParameter(4, Instant.now().plus(config.sessionAbsoluteTimeout()))
        .setParameter(5, clientAddress)
        .setParameter(6, userAgent == null ? null : userAgent.substring(0, Math.min(256, userAgent.length())))
        .executeUpdate();
    return new Opened(token, csrf);
  }

  /**
   * The live session of this token: not revoked, not past its absolute or idle expiry, user enabled.
   * Runs on every signed-in request, so it reads without a transaction and writes only to keep the
   * idle timer going (at most every 30 seconds).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SessionUser> find(String token) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("""
            select s.id, s.csrf_token, u.id as uid, u.username, u.role, u.district_id, u.township_id,
                   u.must_change_password, s.last_seen_at,
                   (select t.district_id from township t where t.id = u.township_id) as township_district
            from user_session s join app_user u on u.id = s.user_id
            where s.token_hash = ?1 and s.revoked_at is null and s.expires_at > now()
              and s.last_seen_at > ?2 and u.enabled and not u.locked""")
        .setParameter(1, Hashes.sha256(token))
        .setParameter(2, Instant.now().minus(config.sessionIdleTimeout()))
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    long sessionId = ((Number) row[0]).longValue();
    Instant lastSeen = (Instant) row[8];
    if (lastSeen.isBefore(Instant.now().minusSeconds(30))) {
      touch(sessionId);
    }
    Long district = row[5] != null ? asLong(row[5]) : asLong(row[9]); // a township operator's is the township's
    return Optional.of(new SessionUser(sessionId, (String) row[1], asLong(row[2]), (String) row[3],
        Role.valueOf((String) row[4]), district, asLong(row[6]), (Boolean) row[7]));
  }

  void touch(long sessionId) {
    em.createNativeQuery("update user_session set last_seen_at = now() where id = ?1").setParameter(1, sessionId).executeUpdate();
  }

  private static Long asLong(Object value) {
    return value == null ? null : Long.valueOf(((Number) value).longValue());
  }

  public void revoke(long sessionId) {
    em.createNativeQuery("update user_session set revoked_at = now() where id = ?1 and revoked_at is null")
        .setParameter(1, sessionId).executeUpdate();
  }

  /** Ends every session of a user except {@code keep} (after a password change, disable, reset). */
  public void revokeAllOf(long userId, Long keep) {
    em.createNativeQuery("update user_session set revoked_at = now() where user_id = ?1 and revoked_at is null and id <> ?2")
        .setParameter(1, userId).setParameter(2, keep == null ? -1L : keep).executeUpdate();
  }

  /** A user's live sessions, newest first. */
  @SuppressWarnings("unchecked")
  public List<Object[]> liveOf(long userId) {
    return em.createNativeQuery("""
            select id, created_at, last_seen_at, expires_at, client_address, user_agent from user_session
            where user_id = ?1 and revoked_at is null and expires_at > now() and last_seen_at > ?2
            order by last_seen_at desc""")
        .setParameter(1, userId)
        .setParameter(2, Instant.now().minus(config.sessionIdleTimeout()))
        .getResultList();
  }
}
