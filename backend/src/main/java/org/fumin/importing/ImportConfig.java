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
}
