package org.fumin.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.fumin.common.persistence.TrackedEntity;
import org.fumin.programme.VerdictProposal.Decision;

/**
 * One revision of a nomination's verdict (考核结论). A confirmed revision may change until it is
 * published; from then on the database refuses UPDATE and DELETE of the row, and a correction is
 * a new revision.
 */
@Entity
@Table(name = "verdict")
public class Verdict extends TrackedEntity {

  @Column(name = "nomination_id", updatable = false)
  public long nominationId;

  @Column(updatable = false)
  public int revision;

  @Enumerated(EnumType.STRING)
  public Decision decision;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_decision")
  public Decision proposedDecision;

  public String justification;

  @Column(name = "document_number")
  public String documentNumber;

  @Column(name = "document_date")
  public LocalDate documentDate;

  @Column(name = "correction_reason")
  public String correctionReason;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "confirmed_by")
  public String confirmedBy;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(name = "published_by")
  public String publishedBy;
}
