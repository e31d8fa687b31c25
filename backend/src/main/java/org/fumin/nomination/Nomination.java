package org.fumin.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.fumin.common.persistence.TrackedEntity;
import org.fumin.round.Round;
import org.fumin.township.Township;

/** A township nominated into a round (创建对象), taking one of its district's places. */
@Entity
@Table(name = "nomination")
public class Nomination extends TrackedEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  public Round round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "township_id")
  public Township township;

  /** The township's district when nominated: the district whose quota the nomination uses. */
  @Column(name = "district_id")
  public long districtId;

  @Enumerated(EnumType.STRING)
  public NominationState state = NominationState.NOMINATED;

  @Column(name = "provincial_candidate")
  public boolean provincialCandidate;

  @Column(name = "return_reason")
  public String returnReason;

  @Column(name = "decision_reason")
  public String decisionReason;
}
