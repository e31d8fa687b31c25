package org.fumin;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fumin.common.db.EmbeddedDatabase;
import org.jboss.logging.Logger;

/**
 * Starts an embedded PostgreSQL before the application when no datasource URL is configured
 * ({@code QUARKUS_DATASOURCE_JDBC_URL} or {@code -Dquarkus.datasource.jdbc.url}).
 */
@QuarkusMain
public final class Main {

  private static final Logger LOG = Logger.getLogger(Main.class);

  private Main() {}

  public static void main(String... args) throws Exception {
    if (setting("quarkus.datasource.jdbc.url") != null) {
      Quarkus.run(args);
      return;
    }
    String dir = setting("fumin.database.dir");
    Path dataDirectory = Path.of(dir == null ? "data/postgres" : dir).toAbsolutePath();
    String port = setting("fumin.database.port");
    EmbeddedDatabase database = EmbeddedDatabase.startDurable(dataDirectory, port == null ? 0 : Integer.parseInt(port));
    LOG.infof("Embedded PostgreSQL on port %d, data in %s", database.port(), dataDirectory);
    database.datasourceProperties().forEach(System::setProperty);
    // Stop PostgreSQL only after the application has stopped (requests finished, pool closed),
    // whether it ends by itself or by a signal.
    CountDownLatch databaseStopped = new CountDownLatch(1);
    AtomicBoolean signalled = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      signalled.set(true);
      try {
        databaseStopped.await(60, TimeUnit.SECONDS); // keep the JVM up until main has stopped PostgreSQL
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "embedded-postgres-stop"));
    int[] exitCode = {0};
    Quarkus.run(null, (code, failure) -> exitCode[0] = code, args);
    database.close();
    databaseStopped.countDown();
    if (!signalled.get()) {
      System.exit(exitCode[0]);
    }
  }

  /** A setting from a system property or its environment-variable form. */
  private static String setting(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
    }
    return value == null || value.isBlank() ? null : value;
  }
}
