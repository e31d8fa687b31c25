package org.fumin.evidence;

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
import org.fumin.programme.EvidenceAction;

/** One step of the review chain taken on one revision: who submitted, approved, accepted or returned it, and why. */
@Entity
@Table(name = "evidence_review")
public class EvidenceReview extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "item_id", updatable = false)
  public long itemId;

  @Column(updatable = false)
  public int revision;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  public EvidenceAction action;

  /** The item's state after the step. */
  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  public EvidenceState state;

  @Column(updatable = false)
  public String actor;

  @Column(updatable = false)
  public String reason;

  @Column(updatable = false)
  public Instant at;
}
