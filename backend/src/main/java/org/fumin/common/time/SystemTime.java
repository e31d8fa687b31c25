package org.fumin.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.InstantSource;

/**
 * The one clock of the application: inject {@link InstantSource} wherever "now" matters, never
 * {@code Instant.now()} or SQL {@code now()} for a rule. Tests replace it with a clock they can move.
 */
@ApplicationScoped
public class SystemTime {

  @Produces
  @Singleton
  @DefaultBean
  InstantSource instantSource() {
    return InstantSource.system();
  }
}
