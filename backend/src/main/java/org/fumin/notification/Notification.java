package org.fumin.notification;

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
import org.fumin.nomination.NominationState;
import org.fumin.notification.NotificationApi.NotificationKind;
import org.fumin.round.Phase;

/** One in-app notification for one user; the parts are kept so that each client words it in its language. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id")
  public long userId;

  @Enumerated(EnumType.STRING)
  public NotificationKind kind;

  @Column(name = "round_id")
  public Long roundId;

  @Column(name = "nomination_id")
  public Long nominationId;

  @Column(name = "township_name")
  public String townshipName;

  @Enumerated(EnumType.STRING)
  public NominationState state;

  @Enumerated(EnumType.STRING)
  public Phase phase;

  public Instant deadline;

  @Column(name = "days_left")
  public Integer daysLeft;

  public String reason;

  /** With {@code EVIDENCE_RETURNED}: the indicator whose evidence came back. */
  @Column(name = "indicator_code")
  public String indicatorCode;

  /** With the {@code CASE_*} kinds: the typical case and its title. */
  @Column(name = "case_id")
  public Long caseId;

  @Column(name = "case_title")
  public String caseTitle;

  /** Set on reminders only: the same reminder reaches a user once (unique with the user). */
  /** QUOTA_CHANGED: the district's quota now. */
  public Integer quota;

  @Column(name = "dedupe_key")
  public String dedupeKey;

  @Column(name = "read_at")
  public Instant readAt;

  @Column(name = "created_at", updatable = false)
  public Instant createdAt;
}
