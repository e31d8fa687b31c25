package org.fumin.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.fumin.common.db.EmbeddedDatabase;

/**
 * One embedded PostgreSQL for the whole test run, the same mechanism as {@code make run}. When
 * {@code QUARKUS_DATASOURCE_JDBC_URL} is set the tests use that server instead and start nothing.
 */
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedDatabase database;

  @Override
  public synchronized Map<String, String> start() {
    String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    if (url != null && !url.isBlank()) {
      return Map.of();
    }
    if (database == null) {
      try {
        database = EmbeddedDatabase.startEphemeral();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          database.close();
        } catch (IOException ignored) {
          // the process is ending anyway
        }
      }));
    }
    return database.datasourceProperties();
  }

  @Override
  public void stop() {
    // kept for the whole run: several Quarkus test profiles may restart the app on it
  }
}
