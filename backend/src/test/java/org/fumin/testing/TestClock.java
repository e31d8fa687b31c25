package org.fumin.testing;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Replaces the application's clock in {@code @QuarkusTest}s: time flows as usual, shifted by an
 * offset a test can move (past a deadline, say). Tests that move it call {@link #reset()} afterwards.
 */
@Singleton
public class TestClock implements InstantSource {

  private volatile Duration offset = Duration.ZERO;

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  /** Moves the clock forward (or back, for a negative amount). */
  public void advance(Duration amount) {
    offset = offset.plus(amount);
  }

  /** Sets the clock to {@code at}; it keeps flowing from there. */
  public void setTo(Instant at) {
    offset = Duration.between(Instant.now(), at);
  }

  public void reset() {
    offset = Duration.ZERO;
  }
}
