package org.fumin.importing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds background imports RUNNING while a test wants them so: {@link #hold()} closes the gate,
 * every import job that starts waits at it (at most 60 s, so nothing hangs for good) until
 * {@link #release()}. Synchronous imports never wait. Without a hold, imports run straight on.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class HeldImports extends ImportHold {

  private volatile CountDownLatch gate;
  private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();

  public void hold() {
    gate = new CountDownLatch(1);
  }

  public void release() {
    CountDownLatch open = gate;
    gate = null;
    if (open != null) {
      open.countDown();
    }
  }

  private final java.util.Set<Long> ended = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Whether import {@code jobId} has ended (recorded or not). */
  public boolean hasEnded(long jobId) {
    return ended.contains(jobId);
  }

  @Override
  public void ended(long jobId) {
    ended.add(jobId);
  }

  /** How many jobs wait at the gate now. */
  public int waiting() {
    return waiting.get();
  }

  @Override
  public void starting(long jobId) {
    CountDownLatch closed = gate;
    if (closed == null || !Thread.currentThread().getName().startsWith("import-job")) {
      return;
    }
    waiting.incrementAndGet();
    try {
      closed.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      waiting.decrementAndGet();
    }
  }
}
