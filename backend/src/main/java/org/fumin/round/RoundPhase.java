package org.fumin.round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One dated phase of a round; a round has each of the five phases once. */
@Entity
@Table(name = "round_phase")
@IdClass(RoundPhase.Key.class)
public class RoundPhase extends PanacheEntityBase {

  @Id
  @Column(name = "round_id")
  public long roundId;

  @Id
  @Enumerated(EnumType.STRING)
  public Phase phase;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  /** The primary key: a round and a phase. */
  public static class Key implements Serializable {

    public long roundId;
    public Phase phase;

    public Key() {}

    public Key(long roundId, Phase phase) {
      this.roundId = roundId;
      this.phase = phase;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.roundId == roundId && k.phase == phase;
    }

    @Override
    public int hashCode() {
      return Objects.hash(roundId, phase);
    }
  }
}
