package org.fumin.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The import_job rows: reserving an import (and its idempotency key), progress, and the outcome.
 * Reservations and progress commit on their own, so that a retry and a poller see them while the
 * import's own transaction is still writing.
 */
@ApplicationScoped
public class ImportJobs {

  private static final Logger LOG = Logger.getLogger(ImportJobs.class);

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject InstantSource clock;
  @Inject ImportConfig config;
  @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int httpPort;

  private volatile String instanceId;

  /** This instance's name on the imports it runs: configured, or host name and HTTP port. */
  public String instanceId() {
    if (instanceId == null) {
      instanceId = config.instanceId().map(String::strip).filter(id -> !id.isEmpty()).orElseGet(() -> {
        try {
          return java.net.InetAddress.getLocalHost().getHostName() + ":" + httpPort;
        } catch (java.net.UnknownHostException e) {
          return "localhost:" + httpPort + ":" + ProcessHandle.current().pid();
        }
      });
    }
    return instanceId;
  }

  /** A new import to run, or the earlier one with the same key to replay. */
  public record Reservation(ImportJob job, boolean replay) {}

  /**
   * Reserves an import. With a key: PostgreSQL's {@code insert ... on conflict do nothing} makes
   * the reservation atomic (a concurrent request with the same key waits for this one's commit and
   * then finds it). The same key with another payload is 422, while the first runs 409; a key whose
   * import failed (e.g. the server was killed) runs afresh.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Reservation reserve(ImportJob job) {
    job.state = ImportJob.State.RUNNING;
    job.createdAt = clock.instant();
    job.owner = instanceId();
    job.heartbeatAt = job.createdAt;
    if (job.idempotencyKey == null) {
      job.persistAndFlush();
      return new Reservation(job, false);
    }
    expireKey(job.caller, job.idempotencyKey);
    int inserted = em.createNativeQuery("""
            insert into import_job (kind, format, mode, dry_run, file_name, caller, caller_name, idempotency_key, request_hash,
                                    state, total_rows, created_at, owner, heartbeat_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'RUNNING', ?10, ?11, ?12, ?11)
            on conflict (caller, idempotency_key) where idempotency_key is not null and not key_expired do nothing""")
        .setParameter(1, job.kind.name()).setParameter(2, job.format.name()).setParameter(3, job.mode.name())
        .setParameter(4, job.dryRun).setParameter(5, job.fileName).setParameter(6, job.caller).setParameter(7, job.callerName)
        .setParameter(8, job.idempotencyKey).setParameter(9, job.requestHash).setParameter(10, job.totalRows)
        .setParameter(11, job.createdAt).setParameter(12, job.owner)
        .executeUpdate();
    ImportJob held = ImportJob.<ImportJob>find("caller = ?1 and idempotencyKey = ?2 and keyExpired = false", job.caller, job.idempotencyKey)
        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    if (inserted == 1) {
      return new Reservation(held, false);
    }
    if (!held.requestHash.equals(job.requestHash)) {
      throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "problem.idempotency-key-reused.detail");
    }
    if (held.state == ImportJob.State.RUNNING) {
      throw new ProblemException(ProblemType.IN_PROGRESS, "import.key-running", held.id);
    }
    if (held.state == ImportJob.State.FAILED) {
      held.state = ImportJob.State.RUNNING;
      held.createdAt = job.createdAt;
      held.finishedAt = null;
      held.processedRows = 0;
      held.totalRows = job.totalRows;
      held.report = null;
      held.fileName = job.fileName;
      held.owner = job.owner;
      held.heartbeatAt = job.createdAt;
      return new Reservation(held, false);
    }
    return new Reservation(held, true);
  }

  /** Rows processed so far, visible to pollers at once; also a heartbeat. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void progress(long id, int processed) {
    em.createQuery("update ImportJob j set j.processedRows = :processed, j.heartbeatAt = :now where j.id = :id and j.state = :running")
        .setParameter("processed", processed).setParameter("now", clock.instant()).setParameter("id", id)
        .setParameter("running", ImportJob.State.RUNNING)
        .executeUpdate();
  }

  /**
   * The outcome, in the import's own transaction: the rows and "succeeded" commit together or not at all.
   * An import that is no longer RUNNING was given up while this instance stalled (another replica saw its
   * heartbeat go stale and marked it FAILED, and a retry may run it afresh): it throws {@link Superseded},
   * which rolls the import's rows back.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void finishWithImport(long id, ImportJob.State state, KindImporter.Counts counts, Findings findings, int total) {
    if (!finish(id, state, counts, findings, total)) {
      throw new Superseded(id);
    }
  }

  /** The outcome of an import whose own transaction wrote nothing (dry run, rejected, failed); none once given up. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finishAlone(long id, ImportJob.State state, KindImporter.Counts counts, Findings findings, int total) {
    if (!finish(id, state, counts, findings, total)) {
      LOG.warnf("import %d was given up while it ran (its heartbeat went stale); its outcome is not recorded", id);
    }
  }

  /** An import given up while it ran: whatever it was about to write is rolled back. */
  public static final class Superseded extends RuntimeException {
    Superseded(long id) {
      super("import " + id + " was given up while it ran", null, false, false);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ImportJob get(long id) {
    return ImportJob.findById(id);
  }

  /**
   * At start-up, an import still RUNNING that this instance owned was cut off by a crash or a kill
   * (its transaction rolled back with it, so none of its rows exist): it is marked failed, and a
   * retry with the same key runs afresh. So is one whose owner's heartbeat is stale. Another
   * replica's import with a fresh heartbeat runs on and is left alone.
   */
  void failInterrupted(@Observes StartupEvent start) {
    failAbandoned(true);
  }

  /**
   * Says that this instance still runs its RUNNING imports, and fails those of instances that
   * stopped saying so (a replica killed for good never restarts to clean up after itself).
   */
  @Scheduled(identity = "import-heartbeat", every = "${fumin.jobs.import-heartbeat-every:10s}", delayed = "${fumin.jobs.delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void heartbeat() {
    beat();
    failAbandoned(false);
  }

  /** This instance's RUNNING imports are alive as of now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int beat() {
    return em.createQuery("update ImportJob j set j.heartbeatAt = :now where j.owner = :me and j.state = :running")
        .setParameter("now", clock.instant()).setParameter("me", instanceId()).setParameter("running", ImportJob.State.RUNNING)
        .executeUpdate();
  }

  /**
   * Marks FAILED the RUNNING imports whose owner stopped: a stale (or missing) heartbeat, or, at
   * start-up, this instance's own (it has just started, so it runs none of them).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int failAbandoned(boolean starting) {
    Instant now = clock.instant();
    jakarta.persistence.Query update = em.createQuery("""
            update ImportJob j set j.state = :failed, j.finishedAt = :now
            where j.state = :running and (j.heartbeatAt is null or j.heartbeatAt < :stale or j.owner is null"""
            + (starting ? " or j.owner = :me)" : ")"))
        .setParameter("failed", ImportJob.State.FAILED).setParameter("running", ImportJob.State.RUNNING)
        .setParameter("now", now).setParameter("stale", now.minus(config.heartbeatStale()));
    if (starting) {
      update.setParameter("me", instanceId());
    }
    int failed = update.executeUpdate();
    if (failed > 0) {
      LOG.warnf("%d import(s) whose instance stopped marked failed; nothing of them was written", failed);
    }
    return failed;
  }

  /**
   * Releases the idempotency keys of imports that ended longer ago than the keys live
   * ({@code fumin.imports.idempotency-ttl}): a retry with such a key runs again. The rows stay as
   * the import history. Idempotent, so replicas may run it at the same time.
   */
  @Scheduled(identity = "import-key-expiry", every = "${fumin.jobs.housekeeping-every:1h}", delayed = "${fumin.jobs.delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void expireKeysNow() {
    expireKeys();
  }

  /** The releases of {@link #expireKeysNow()}: how many keys were released. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int expireKeys() {
    return em.createQuery("""
            update ImportJob j set j.keyExpired = true
            where j.idempotencyKey is not null and j.keyExpired = false and j.state <> :running and j.finishedAt < :cutoff""")
        .setParameter("running", ImportJob.State.RUNNING).setParameter("cutoff", clock.instant().minus(config.idempotencyTtl()))
        .executeUpdate();
  }

  /** The same for one key, just before it is reserved again, so expiry never waits for housekeeping. */
  private void expireKey(String caller, String key) {
    em.createQuery("""
            update ImportJob j set j.keyExpired = true
            where j.caller = :caller and j.idempotencyKey = :key and j.keyExpired = false and j.state <> :running and j.finishedAt < :cutoff""")
        .setParameter("caller", caller).setParameter("key", key)
        .setParameter("running", ImportJob.State.RUNNING).setParameter("cutoff", clock.instant().minus(config.idempotencyTtl()))
        .executeUpdate();
  }

  /** Records the outcome if the import is still RUNNING (the row locked against a replica failing it now). */
  private boolean finish(long id, ImportJob.State state, KindImporter.Counts counts, Findings findings, int total) {
    ImportJob job = ImportJob.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (job.state != ImportJob.State.RUNNING) {
      return false;
    }
    job.state = state;
    job.finishedAt = clock.instant();
    job.totalRows = total;
    job.processedRows = state == ImportJob.State.FAILED ? job.processedRows : total;
    boolean written = state == ImportJob.State.SUCCEEDED;
    job.createdCount = counts == null || (!written && !job.dryRun) ? 0 : counts.created();
    job.updatedCount = counts == null || (!written && !job.dryRun) ? 0 : counts.updated();
    job.unchangedCount = counts == null ? 0 : counts.unchanged();
    job.rejectedCount = findings.rejectedCount();
    try {
      job.report = json.writeValueAsString(new ImportApi.StoredReport(findings.errors(), findings.warnings()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return true;
  }
}
