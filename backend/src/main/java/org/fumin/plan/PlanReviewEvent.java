package org.fumin.plan;

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
import org.fumin.programme.PlanChange.Review;

/** A revision of a plan was submitted, approved or returned (with the reason), by whom and when. Only added. */
@Entity
@Table(name = "plan_review_event")
public class PlanReviewEvent extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "nomination_id", updatable = false)
  public long nominationId;

  @Column(updatable = false)
  public int revision;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  public Review action;

  @Column(updatable = false)
  public String reason;

  @Column(updatable = false)
  public String actor;

  @Column(updatable = false)
  public Instant at;
}
