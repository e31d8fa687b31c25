package org.fumin.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.fumin.common.Hashes;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;

/**
 * Recognises {@code Authorization: Bearer fmk_<prefix>_<secret>} and counts its use against the
 * key's per-minute limit. The counter is in the database, so the limit holds across replicas.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = ProblemException.class)
public class ApiKeyAuthenticator {

  public static final String KEY_PREFIX = "fmk_";

  @Inject EntityManager em;

  public Optional<ApiKey> authenticate(String presented) {
    String[] parts = presented.startsWith(KEY_PREFIX) ? presented.substring(KEY_PREFIX.length()).split("_", 2) : new String[0];
    if (parts.length != 2) {
      return Optional.empty();
    }
    ApiKey key = ApiKey.find("prefix", parts[0]).firstResult();
    Instant now = Instant.now();
    if (key == null || !key.isActive(now)) {
      return Optional.empty();
    }
    String hash = Hashes.sha256(presented);
    boolean current = java.security.MessageDigest.isEqual(hash.getBytes(), key.secretHash.getBytes());
    boolean previous = key.previousSecretHash != null && key.previousValidUntil != null
        && key.previousValidUntil.isAfter(now)
        && java.security.MessageDigest.isEqual(hash.getBytes(), key.previousSecretHash.getBytes());
    if (!current && !previous) {
      return Optional.empty();
    }
    countUse(key, now);
    return Optional.of(key);
  }

  private void countUse(ApiKey key, Instant now) {
    Instant window = now.truncatedTo(ChronoUnit.MINUTES);
    int used = ((Number) em.createNativeQuery("""
            insert into api_key_usage (api_key_id, window_start, requests) values (?1, ?2, 1)
            on conflict (api_key_id, window_start) do update set requests = api_key_usage.requests + 1
            returning requests""")
        .setParameter(1, key.id).setParameter(2, window).getSingleResult()).intValue();
    if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minusSeconds(60))) {
      em.createNativeQuery("update api_key set last_used_at = ?2 where id = ?1")
          .setParameter(1, key.id).setParameter(2, now).executeUpdate();
    }
    if (used > key.rateLimitPerMinute) {
      long retryAfter = Math.max(1, 60 - now.getEpochSecond() % 60);
      throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.detail").retryAfter(retryAfter);
    }
  }
}
