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
import org.fumin.evidence.EvidenceApi.SelfAssessment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One revision of an evidence item as it was saved. Every save adds a row and none is ever changed
 * or deleted, so what was submitted stays readable.
 */
@Entity
@Table(name = "evidence_revision")
public class SavedEvidence extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "item_id", updatable = false)
  public long itemId;

  @Column(updatable = false)
  public int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "self_assessment", updatable = false)
  public SelfAssessment selfAssessment;

  @Column(updatable = false)
  public String statement;

  @Column(updatable = false)
  public String narrative;

  /** The metric values as a JSON array of {@code StoredMetricValue}s. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "metric_values", updatable = false)
  public String metricValues;

  /** The bonus entries as a JSON {@code BonusEvidence}, or null for a standard indicator. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(updatable = false)
  public String bonus;

  @Column(name = "saved_at", updatable = false)
  public Instant savedAt;

  @Column(name = "saved_by", updatable = false)
  public String savedBy;
}
