package org.fumin.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link DatabaseTestResource} for every {@code @QuarkusTest} in the run. */
@QuarkusTestResource(DatabaseTestResource.class)
public final class TestDatabase {
  private TestDatabase() {}
}
