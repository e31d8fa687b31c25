package org.fumin.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fumin.common.persistence.TrackedEntity;

/** A round's ranking of provincial candidates once the city moved or confirmed it (its version is the ETag). */
@Entity
@Table(name = "provincial_ranking")
public class Ranking extends TrackedEntity {

  @Column(name = "round_id", updatable = false)
  public long roundId;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "confirmed_by")
  public String confirmedBy;
}
