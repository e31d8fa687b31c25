package org.fumin.auth;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.fumin.apikey.ApiKeyAuthenticator;
import org.fumin.common.idempotency.Idempotency;

/**
 * Forgets what is only needed briefly: API-key rate counters, sign-in failures, idempotency records.
 * Each owner purges its own table. With several replicas on one database a run happens once: it
 * takes a transaction-scoped advisory lock first and skips when another replica holds it.
 */
@ApplicationScoped
public class Housekeeping {

  private static final long LOCK = 0x66756d696e02L;

  @Inject EntityManager em;
  @Inject InstantSource clock;
  @Inject ApiKeyAuthenticator keys;
  @Inject AuthService auth;
  @Inject Idempotency idempotency;

  @Scheduled(identity = "housekeeping", every = "${fumin.jobs.housekeeping-every:1h}", delayed = "${fumin.jobs.delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  public void run() {
    if (locked()) {
      Instant now = clock.instant();
      keys.purgeUsage(now.minus(Duration.ofDays(1)));
      auth.purgeFailures(now.minus(Duration.ofDays(1)));
      idempotency.purge(now.minus(Duration.ofDays(2)));
    }
  }

  /** A PostgreSQL advisory lock: the one lock all replicas of this database see. */
  private boolean locked() {
    return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
  }
}
