package org.fumin.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolved sessions by token hash, kept for a few seconds ({@code fumin.auth.session-cache-ttl}) so
 * that a signed-in request needs no database read. Entries are evicted on every replica when a
 * session ends or its user changes ({@link SessionChanges}); while this replica is not listening for
 * those changes the cache is bypassed, so it can never answer with a session another replica ended.
 */
@ApplicationScoped
public class SessionCache {

  private record Entry(LiveSession session, Instant cachedUntil) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private volatile boolean listening;

  @Inject InstantSource clock;
  @Inject AuthConfig config;

  Optional<LiveSession> get(String tokenHash) {
    if (!listening) {
      return Optional.empty();
    }
    Entry entry = entries.get(tokenHash);
    if (entry == null) {
      return Optional.empty();
    }
    if (!entry.cachedUntil().isAfter(clock.instant())) {
      entries.remove(tokenHash, entry);
      return Optional.empty();
    }
    return Optional.of(entry.session());
  }

  /**
   * The cached session of this token when it is live and its idle timer needs no write (it was
   * written less than {@link Sessions#TOUCH_EVERY} ago): then a request needs neither the database
   * nor a worker thread to know who calls.
   */
  Optional<LiveSession> fresh(String tokenHash) {
    Instant now = clock.instant();
    Instant touchedSince = now.minus(Sessions.TOUCH_EVERY);
    Instant idleSince = now.minus(config.sessionIdleTimeout());
    return get(tokenHash).filter(s -> s.expiresAt().isAfter(now) && s.lastSeenAt().isAfter(touchedSince)
        && s.lastSeenAt().isAfter(idleSince));
  }

  LiveSession put(String tokenHash, LiveSession session) {
    if (listening) {
      if (entries.size() > 100_000) {
        entries.clear(); // a bound, not a policy: a flood of distinct sessions only costs re-reads
      }
      entries.put(tokenHash, new Entry(session, clock.instant().plus(config.sessionCacheTtl())));
    }
    return session;
  }

  void replace(String tokenHash, LiveSession session) {
    entries.computeIfPresent(tokenHash, (k, e) -> new Entry(session, e.cachedUntil()));
  }

  void evictSession(long sessionId) {
    entries.values().removeIf(e -> e.session().sessionId() == sessionId);
  }

  void evictUser(long userId) {
    entries.values().removeIf(e -> e.session().userId() == userId);
  }

  void clear() {
    entries.clear();
  }

  /** Whether changes from other replicas reach this one; off empties and bypasses the cache. */
  void listening(boolean on) {
    listening = on;
    entries.clear();
  }

  boolean isListening() {
    return listening;
  }
}
