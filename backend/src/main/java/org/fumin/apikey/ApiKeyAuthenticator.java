package org.fumin.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.fumin.common.Hashes;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;

/**
 * Recognises {@code Authorization: Bearer fmk_<prefix>_<secret>} and counts its use against the
 * key's per-minute limit. The counter is in the database (one upsert per request), so the limit
 * holds exactly across replicas; the key itself is one read by its unique prefix, not cached, so a
 * revocation takes effect on every replica with the next request.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = ProblemException.class)
public class ApiKeyAuthenticator {

  public static final String KEY_PREFIX = "fmk_";

  @Inject EntityManager em;
  @Inject InstantSource clock;

  public Optional<ApiKey> authenticate(String presented) {
    String[] parts = presented.startsWith(KEY_PREFIX) ? presented.substring(KEY_PREFIX.length()).split("_", 2) : new String[0];
    if (parts.length != 2) {
      return Optional.empty();
    }
    ApiKey key = ApiKey.find("prefix", parts[0]).firstResult();
    Instant now = clock.instant();
    if (key == null || !key.isActive(now)) {
      return Optional.empty();
    }
    byte[] hash = Hashes.sha256(presented).getBytes(StandardCharsets.US_ASCII);
    boolean current = MessageDigest.isEqual(hash, key.secretHash.getBytes(StandardCharsets.US_ASCII));
    boolean previous = key.previousSecretHash != null && key.previousValidUntil != null
        && key.previousValidUntil.isAfter(now)
        && MessageDigest.isEqual(hash, key.previousSecretHash.getBytes(StandardCharsets.US_ASCII));
    if (!current && !previous) {
      return Optional.empty();
    }
    countUse(key, now);
    return Optional.of(key);
  }

  private void countUse(ApiKey key, Instant now) {
    int used = countInWindow(key.id, now.truncatedTo(ChronoUnit.MINUTES));
    if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minusSeconds(60))) {
      // a bulk update: last use is bookkeeping, not an edit, so it neither bumps the version nor races one
      em.createQuery("update ApiKey k set k.lastUsedAt = :now where k.id = :id")
          .setParameter("now", now).setParameter("id", key.id).executeUpdate();
    }
    if (used > key.rateLimitPerMinute) {
      long retryAfter = Math.max(1, 60 - now.getEpochSecond() % 60);
      throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.detail").retryAfter(retryAfter);
    }
  }

  /** PostgreSQL's atomic upsert: concurrent requests on any replica each get their own count. */
  private int countInWindow(long keyId, Instant windowStart) {
    return ((Number) em.createNativeQuery("""
            insert into api_key_usage (api_key_id, window_start, requests) values (?1, ?2, 1)
            on conflict (api_key_id, window_start) do update set requests = api_key_usage.requests + 1
            returning requests""")
        .setParameter(1, keyId).setParameter(2, windowStart).getSingleResult()).intValue();
  }

  /** Forgets usage counters of windows before {@code before} (housekeeping). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int purgeUsage(Instant before) {
    return em.createQuery("delete from ApiKeyUsage u where u.window.windowStart < :before")
        .setParameter("before", before).executeUpdate();
  }
}
