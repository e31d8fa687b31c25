package org.fumin.importing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of bulk imports ({@code fumin.imports.*}); beyond them an import answers 413. */
@ConfigMapping(prefix = "fumin.imports")
public interface ImportConfig {

  /** The largest import body ({@code FUMIN_IMPORT_MAX_BYTES}). */
  @WithDefault("32M")
  MemorySize maxBytes();

  /** The most data rows in one import ({@code FUMIN_IMPORT_MAX_ROWS}). */
  @WithDefault("200000")
  int maxRows();

  /** Imports with more rows than this run as jobs: 202 with the job's location, polled for progress. */
  @WithDefault("5000")
  int jobThreshold();

  /**
   * This instance's name on the imports it runs ({@code FUMIN_INSTANCE_ID}); empty means the host
   * name and HTTP port, which tell replicas apart on one host as well as across hosts.
   */
  java.util.Optional<String> instanceId();

  /**
   * A RUNNING import whose heartbeat is older than this belongs to an instance that stopped: it is
   * marked FAILED ({@code FUMIN_IMPORT_HEARTBEAT_STALE}); well above {@code fumin.jobs.import-heartbeat-every} ({@code FUMIN_IMPORT_HEARTBEAT_EVERY}, 10 s).
   */
  @WithDefault("2m")
  java.time.Duration heartbeatStale();

  /**
   * How long an import's {@code Idempotency-Key} replays its first answer ({@code FUMIN_IMPORT_KEY_TTL});
   * after that housekeeping releases the key and the same key runs a new import.
   */
  @WithDefault("24h")
  java.time.Duration idempotencyTtl();
}
