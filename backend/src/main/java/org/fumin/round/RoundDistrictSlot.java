package org.fumin.round;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A district's places in a round: its quota (the round's default for its kind unless overridden)
 * and how many nominations use one. Created on first need.
 */
@Entity
@Table(name = "round_district_slot")
@IdClass(RoundDistrictSlot.Key.class)
public class RoundDistrictSlot extends PanacheEntityBase {

  @Id
  @Column(name = "round_id")
  public long roundId;

  @Id
  @Column(name = "district_id")
  public long districtId;

  public int quota;

  /** Whether a city admin set this district's quota; round defaults then leave it alone. */
  public boolean overridden;

  public int used;

  /** The primary key: a round and a district. */
  public static class Key implements Serializable {

    public long roundId;
    public long districtId;

    public Key() {}

    public Key(long roundId, long districtId) {
      this.roundId = roundId;
      this.districtId = districtId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.roundId == roundId && k.districtId == districtId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(roundId, districtId);
    }
  }
}
