package org.fumin.verdict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A candidate's persisted position in a round's ranking, with the justification of its latest move. */
@Entity
@Table(name = "provincial_ranking_entry")
public class RankingEntry extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "ranking_id", updatable = false)
  public long rankingId;

  @Column(name = "nomination_id", updatable = false)
  public long nominationId;

  public int position;

  public String justification;

  @Column(name = "moved_by")
  public String movedBy;

  @Column(name = "moved_at")
  public Instant movedAt;
}
