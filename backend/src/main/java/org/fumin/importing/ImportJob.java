package org.fumin.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import, dry run or real: who sent which file, how far it got, and its report. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

  /** RUNNING until it ends; SUCCEEDED (written, or a dry run without errors), REJECTED (errors, nothing written) or FAILED. */
  public enum State { RUNNING, SUCCEEDED, REJECTED, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Enumerated(EnumType.STRING)
  public ImportKind kind;

  @Enumerated(EnumType.STRING)
  public ImportFormat format;

  @Enumerated(EnumType.STRING)
  public ImportMode mode;

  @Column(name = "dry_run")
  public boolean dryRun;

  @Column(name = "file_name")
  public String fileName;

  /** Whose import: {@code USER:<id>} or {@code API_KEY:<id>}; idempotency keys are per caller. */
  public String caller;

  @Column(name = "caller_name")
  public String callerName;

  @Column(name = "idempotency_key")
  public String idempotencyKey;

  @Column(name = "request_hash")
  public String requestHash;

  @Enumerated(EnumType.STRING)
  public State state;

  @Column(name = "total_rows")
  public int totalRows;

  @Column(name = "processed_rows")
  public int processedRows;

  @Column(name = "created_count")
  public int createdCount;

  @Column(name = "updated_count")
  public int updatedCount;

  @Column(name = "unchanged_count")
  public int unchangedCount;

  @Column(name = "rejected_count")
  public int rejectedCount;

  /** The report's problems, language-neutral (codes and arguments); messages are formatted per request. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String report;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  /** The instance that runs a RUNNING import ({@link ImportConfig#instanceId()}). */
  public String owner;

  /** When the owner last said it still runs this import; stale means the owner stopped. */
  @Column(name = "heartbeat_at")
  public Instant heartbeatAt;

  /** The idempotency key no longer replays this import (it expired); the key stays as history. */
  @Column(name = "key_expired")
  public boolean keyExpired;
}
