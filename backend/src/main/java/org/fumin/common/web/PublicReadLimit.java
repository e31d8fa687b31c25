package org.fumin.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;

/**
 * Holds each client address to {@code fumin.public.requests-per-minute} reads a minute of the
 * public endpoints, published results and typical cases alike (429 with {@code Retry-After}
 * beyond). Counted per replica, in memory: the answers are cacheable and cheap, so this only stops
 * one address from hammering the database; signed-in callers and keys have their own limits.
 */
@ApplicationScoped
public class PublicReadLimit {

  /** Addresses remembered before old windows are swept. */
  private static final int SWEEP_AT = 10_000;

  @ConfigProperty(name = "fumin.public.requests-per-minute", defaultValue = "300")
  int perMinute;

  @Inject InstantSource clock;
  @Inject Caller caller;

  private final Windows windows = new Windows();

  /** Counts this request against its address; refuses it (429) over the limit. */
  public void check() {
    String address = caller.clientAddress();
    if (address == null) {
      return;
    }
    long retryAfter = windows.take(address, clock.instant(), perMinute);
    if (retryAfter > 0) {
      throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "problem.too-many-requests.detail").retryAfter(retryAfter);
    }
  }

  /** Fixed one-minute windows per address: the rule, apart from the container. */
  static final class Windows {

    private record Window(long minute, AtomicInteger count) {}

    private final ConcurrentHashMap<String, Window> byAddress = new ConcurrentHashMap<>();

    /** Counts one request; answers 0 when it is within {@code limit}, else the seconds until the next window. */
    long take(String address, Instant now, int limit) {
      long minute = now.getEpochSecond() / 60;
      Window window = byAddress.compute(address,
          (key, old) -> old == null || old.minute() != minute ? new Window(minute, new AtomicInteger()) : old);
      if (byAddress.size() > SWEEP_AT) {
        byAddress.values().removeIf(w -> w.minute() < minute);
      }
      return window.count().incrementAndGet() <= limit ? 0 : 60 - now.getEpochSecond() % 60;
    }
  }
}
