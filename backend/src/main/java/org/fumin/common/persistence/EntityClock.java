package org.fumin.common.persistence;

import io.quarkus.arc.Arc;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The application's {@link InstantSource} for entity callbacks, which JPA runs outside CDI
 * injection: the same clock the services use (the tests' movable clock in tests).
 */
final class EntityClock {

  private EntityClock() {}

  static Instant now() {
    return Arc.container().instance(InstantSource.class).get().instant();
  }
}
