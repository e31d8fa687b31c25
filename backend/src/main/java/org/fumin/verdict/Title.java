package org.fumin.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.fumin.common.persistence.TrackedEntity;

/**
 * A named base's title (动态管理): held by a township from its naming date under its document,
 * granted when the naming verdict is published; a revocation keeps the row, with its reason,
 * document and date.
 */
@Entity
@Table(name = "title")
public class Title extends TrackedEntity {

  @Column(name = "township_id", updatable = false)
  public long townshipId;

  @Column(name = "district_id", updatable = false)
  public long districtId;

  @Column(name = "round_id", updatable = false)
  public long roundId;

  @Column(name = "nomination_id", updatable = false)
  public long nominationId;

  @Column(name = "verdict_id")
  public long verdictId;

  @Column(name = "document_number")
  public String documentNumber;

  @Column(name = "named_on")
  public LocalDate namedOn;

  @Column(name = "revoked_on")
  public LocalDate revokedOn;

  @Column(name = "revocation_reason")
  public String revocationReason;

  @Column(name = "revocation_document_number")
  public String revocationDocumentNumber;

  @Column(name = "revoked_by")
  public String revokedBy;
}
