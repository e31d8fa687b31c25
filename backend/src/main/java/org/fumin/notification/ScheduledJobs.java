package org.fumin.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * The periodic work. Each job takes a transaction-scoped advisory lock first, so that with several
 * replicas on one database a run happens once; the notifications' dedupe keys make a repeated run
 * harmless anyway.
 */
@ApplicationScoped
public class ScheduledJobs {

  private static final Logger LOG = Logger.getLogger(ScheduledJobs.class);
  private static final long REMINDER_LOCK = 0x66756d696e01L;

  @Inject EntityManager em;
  @Inject NotificationService notifications;

  @Scheduled(identity = "deadline-reminders", every = "${fumin.jobs.reminders-every:1h}", delayed = "${fumin.jobs.delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void remindDeadlines() {
    if (locked(REMINDER_LOCK)) {
      int written = notifications.remindDeadlines();
      if (written > 0) {
        LOG.infof("Wrote %d deadline reminders", written);
      }
    }
  }

  /** A PostgreSQL advisory lock held until the transaction ends: with several replicas, one runs the job. */
  private boolean locked(long key) {
    return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
  }
}
