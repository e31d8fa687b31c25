package org.fumin.common.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 started by the application itself when no datasource URL is configured,
 * so that a newcomer needs nothing but a JDK. Data lives in a directory that survives restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts on {@code dataDirectory}, keeping data, with durable settings on (zonky turns them off);
   * {@code port} 0 picks a free port.
   */
  public static EmbeddedDatabase startDurable(Path dataDirectory, int port) throws IOException {
    Files.createDirectories(dataDirectory);
    stopOrphanedPostmaster(dataDirectory);
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false) // Main stops it after the application
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on");
    if (port > 0) {
      builder.setPort(port);
    }
    return start(builder);
  }

  /** Starts a throw-away server for tests: fast, nothing kept. */
  public static EmbeddedDatabase startEphemeral() throws IOException {
    return start(EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)));
  }

  private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder) throws IOException {
    builder.setServerConfig("max_connections", "200")
        .setServerConfig("timezone", "Asia/Shanghai")
        .setLocaleConfig("encoding", "UTF8")
        .setLocaleConfig("locale", "C.UTF-8");
    return new EmbeddedDatabase(builder.start());
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public int port() {
    return postgres.getPort();
  }

  /** The Quarkus datasource settings that point at this server. */
  public Map<String, String> datasourceProperties() {
    return Map.of(
        "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port() + "/postgres",
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /**
   * After a {@code kill -9} of the JVM the postmaster survives as an orphan and keeps its pid file;
   * a new start on the same directory would fail. Stop it first (a fast shutdown keeps the data).
   */
  static void stopOrphanedPostmaster(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle process = orphan.get();
    LOG.warnf("Stopping orphaned PostgreSQL (pid %d) left on %s", process.pid(), dataDirectory);
    signal(process.pid(), "INT");
    try {
      process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
    }
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void signal(long pid, String signal) {
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    } catch (IOException e) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
