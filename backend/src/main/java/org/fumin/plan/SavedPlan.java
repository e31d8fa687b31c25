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
import org.fumin.programme.PlanChange.Kind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One revision of a nomination's cultivation plan as it was saved. Every save adds a row and none
 * is ever changed, so the entity is only persisted; the newest revision is the plan.
 */
@Entity
@Table(name = "plan_revision")
public class SavedPlan extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "nomination_id", updatable = false)
  public long nominationId;

  @Column(updatable = false)
  public int revision;

  @Column(updatable = false)
  public String content;

  @Column(name = "responsible_person", updatable = false)
  public String responsiblePerson;

  @Column(name = "contact_phone", updatable = false)
  public String contactPhone;

  /** The milestones as a JSON array of {@code MilestoneInput}s. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(updatable = false)
  public String milestones;

  /** Whether this revision changed the plan or only reported progress on its milestones. */
  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  public Kind kind = Kind.CHANGE;

  @Column(name = "saved_by", updatable = false)
  public String savedBy;

  @Column(name = "saved_at", updatable = false)
  public Instant savedAt;
}
