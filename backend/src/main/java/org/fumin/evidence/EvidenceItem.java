package org.fumin.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fumin.common.persistence.TrackedEntity;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.nomination.Nomination;

/**
 * The evidence of one nomination for one framework indicator: its review state and current
 * revision. The content lives in {@link SavedEvidence} rows, one per save. A row exists from the
 * first save on; before that the item is a {@code DRAFT} at revision 0 that nobody stored.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends TrackedEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "nomination_id", updatable = false)
  public Nomination nomination;

  @Column(name = "indicator_code", updatable = false)
  public String indicatorCode;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  public IndicatorKind kind;

  @Column(name = "round_id", updatable = false)
  public long roundId;

  @Column(name = "district_id", updatable = false)
  public long districtId;

  @Column(name = "township_id", updatable = false)
  public long townshipId;

  @Enumerated(EnumType.STRING)
  public EvidenceState state = EvidenceState.DRAFT;

  public int revision;

  /** The revision last submitted, or null before the first submission. */
  @Column(name = "submitted_revision")
  public Integer submittedRevision;

  @Column(name = "return_reason")
  public String returnReason;

  /** Who returned the item last: {@code DISTRICT} or {@code CITY}. */
  @Column(name = "returned_by")
  public String returnedBy;

  /** While the item is out for supplement after an assessor's NEEDS_SUPPLEMENT: the last day to resubmit (Asia/Shanghai). */
  @Column(name = "supplement_until")
  public java.time.LocalDate supplementUntil;

  @Column(name = "saved_at")
  public Instant savedAt;

  @Column(name = "saved_by")
  public String savedBy;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "reviewed_at")
  public Instant reviewedAt;

  @Column(name = "reviewed_by")
  public String reviewedBy;

  /** A new item of the nomination for the indicator, persisted at revision 0 (nothing saved yet). */
  static EvidenceItem open(Nomination nomination, String indicatorCode, IndicatorKind kind) {
    EvidenceItem item = new EvidenceItem();
    item.nomination = nomination;
    item.indicatorCode = indicatorCode;
    item.kind = kind;
    item.roundId = nomination.round.id;
    item.districtId = nomination.districtId;
    item.townshipId = nomination.township.id;
    item.persist();
    return item;
  }

  /** Stores {@code saved} (its content filled in) as this item's next revision, saved at {@code at} by {@code by}. */
  void append(SavedEvidence saved, Instant at, String by) {
    saved.itemId = id;
    saved.revision = revision + 1;
    saved.savedAt = at;
    saved.savedBy = by;
    saved.persist();
    revision = saved.revision;
    savedAt = at;
    savedBy = by;
  }
}
