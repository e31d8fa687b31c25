package org.fumin.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests per client address and minute to the public results (fixed one-minute windows, kept in
 * this server's memory: behind several replicas each allows the limit; the answers are cached
 * publicly, so honest clients rarely reach it).
 */
@ApplicationScoped
public class PublicThrottle {

  private record Window(long minute, int count) {}

  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  @Inject InstantSource clock;

  @ConfigProperty(name = "fumin.public.requests-per-minute", defaultValue = "60")
  int perMinute;

  /** Counts a request; 0 when it may go on, else the seconds until the address's window ends. */
  public long take(String address) {
    long now = clock.millis();
    long minute = now / 60_000;
    String key = address == null ? "unknown" : address;
    if (windows.size() > 100_000) {
      windows.clear(); // a flood of addresses must not grow the map without bound
    }
    Window w = windows.merge(key, new Window(minute, 1),
        (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
    return w.count() <= perMinute ? 0 : Math.max(1, 60 - (now % 60_000) / 1000);
  }

  /** Forgets every window (tests). */
  public void reset() {
    windows.clear();
  }
}
