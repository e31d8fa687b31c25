package org.fumin.round;

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

/** A phase reopened for one township until a later date, by a city admin and for a reason (never changed). */
@Entity
@Table(name = "deadline_reopening")
public class DeadlineReopening extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "round_id")
  public long roundId;

  @Column(name = "township_id")
  public long townshipId;

  @Enumerated(EnumType.STRING)
  public Phase phase;

  public Instant until;

  public String reason;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at", updatable = false)
  public Instant createdAt;
}
