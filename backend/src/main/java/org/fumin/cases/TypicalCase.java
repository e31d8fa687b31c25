package org.fumin.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fumin.common.persistence.TrackedEntity;

/** A typical case (典型案例): a district's write-up of a township's good practice, reviewed and published by the city. */
@Entity
@Table(name = "typical_case")
public class TypicalCase extends TrackedEntity {

  @Column(name = "district_id")
  public long districtId;

  @Column(name = "township_id")
  public long townshipId;

  @Column(name = "round_id")
  public Long roundId;

  public int year;

  public String title;

  public String summary = "";

  /** Sanitised Markdown. */
  public String body = "";

  @Enumerated(EnumType.STRING)
  public CaseState state = CaseState.DRAFT;

  @Column(name = "return_reason")
  public String returnReason;

  @Column(name = "withdrawal_reason")
  public String withdrawalReason;

  @Column(name = "written_by")
  public String writtenBy;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "submitted_by")
  public String submittedBy;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(name = "published_by")
  public String publishedBy;
}
