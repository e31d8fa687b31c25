package org.fumin.assessment;

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
import java.time.LocalDate;
import org.fumin.programme.Judging.Outcome;

/**
 * One assessor's judgement of one indicator of a nomination. Insert-only (the database refuses
 * UPDATE and DELETE): a changed mind is a new row, and the latest row per assessor counts.
 */
@Entity
@Table(name = "assessment_judgement")
public class Judgement extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "nomination_id", updatable = false)
  public long nominationId;

  @Column(name = "indicator_code", updatable = false)
  public String indicatorCode;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  public Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "suggested_outcome", updatable = false)
  public Outcome suggestedOutcome;

  @Column(updatable = false)
  public String comment;

  @Column(updatable = false)
  public String justification;

  @Column(name = "supplement_until", updatable = false)
  public LocalDate supplementUntil;

  @Column(name = "document_number", updatable = false)
  public String documentNumber;

  @Column(name = "assessor_id", updatable = false)
  public long assessorId;

  @Column(updatable = false)
  public String assessor;

  @Column(name = "assessor_name", updatable = false)
  public String assessorName;

  @Column(name = "judged_at", updatable = false)
  public Instant judgedAt;
}
