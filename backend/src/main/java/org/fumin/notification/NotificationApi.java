package org.fumin.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.fumin.nomination.NominationState;
import org.fumin.round.Phase;

/** The records at the notification API's boundary. */
public final class NotificationApi {

  private NotificationApi() {}

  public enum NotificationKind {
    DEADLINE_APPROACHING, RETURNED_FOR_SUPPLEMENT, NOMINATION_STATE_CHANGED, EVIDENCE_RETURNED,
    // typical cases: submitted (to the city admins), returned, published, withdrawn (to the district admins)
    CASE_SUBMITTED, CASE_RETURNED, CASE_PUBLISHED, CASE_WITHDRAWN,
    // a district's quota in a round changed (to the district admins)
    QUOTA_CHANGED
  }

  /** The parts a client words the message from, in its own language. */
  public record Notification(
      long id,
      NotificationKind kind,
      Long roundId,
      Long nominationId,
      String townshipName,
      @JsonInclude(JsonInclude.Include.NON_NULL) NominationState state,
      @JsonInclude(JsonInclude.Include.NON_NULL) Phase phase,
      OffsetDateTime deadline,
      Integer daysLeft,
      String reason,
      @JsonInclude(JsonInclude.Include.NON_NULL) String indicatorCode,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long caseId,
      @JsonInclude(JsonInclude.Include.NON_NULL) String caseTitle,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer quota,
      boolean read,
      Instant createdAt) {}

  public record NotificationPage(List<Notification> items, int page, int size, long total, long unread) {}

  public record ReadAllResult(long marked) {}
}
