package org.fumin.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.fumin.auth.Caller;
import org.fumin.auth.Role;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.time.Shanghai;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationService.Pending;
import org.fumin.nomination.NominationState;
import org.fumin.notification.NotificationApi.NotificationKind;
import org.fumin.notification.NotificationApi.NotificationPage;
import org.fumin.programme.NominationAction;
import org.fumin.programme.ReminderSchedule;
import org.fumin.round.Deadlines;
import org.fumin.round.Deadlines.Deadline;
import org.fumin.round.Deadlines.RoundTownship;
import org.fumin.round.Phase;
import org.fumin.round.QuotaSet;
import org.fumin.round.RoundState;
import org.fumin.user.UserApi.UserView;
import org.fumin.user.UserService;

/**
 * In-app notifications: written in the transaction of the change they report (state changes,
 * plans returned for supplement) or by the reminder job (deadlines 7, 3 and 1 days ahead), read
 * and marked read by their own user only.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject InstantSource clock;
  @Inject UserService users;
  @Inject NominationService nominations;
  @Inject Deadlines deadlines;

  /** The nomination a notification is about, as it is now. */
  public record Subject(long nominationId, long roundId, long townshipId, long districtId, String townshipName,
      NominationState state) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public NotificationPage list(Boolean unread, PageRequest paging) {
    String condition = unread == null ? "" : unread ? " and readAt is null" : " and readAt is not null";
    List<Notification> rows = Notification.<Notification>find("userId = ?1" + condition + " order by createdAt desc, id desc",
            caller.id())
        .range(paging.offset(), paging.offset() + paging.size() - 1).list();
    long total = Notification.count("userId = ?1" + condition, caller.id());
    long unreadCount = Notification.count("userId = ?1 and readAt is null", caller.id());
    return new NotificationPage(rows.stream().map(NotificationService::view).toList(), paging.page(), paging.size(),
        total, unreadCount);
  }

  public NotificationApi.Notification markRead(long id) {
    Notification notification = Notification.<Notification>find("id = ?1 and userId = ?2", id, caller.id())
        .firstResultOptional()
        .orElseThrow(() -> ProblemException.notFound("entity.notification", id));
    if (notification.readAt == null) {
      notification.readAt = now();
    }
    return view(notification);
  }

  public long markAllRead() {
    return Notification.update("readAt = ?1 where userId = ?2 and readAt is null", now(), caller.id());
  }

  /**
   * Tells the nomination's township operators and district admins (not the one who acted) of its
   * new state; with a reason, that the plan came back for supplement.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void nominationChanged(Subject subject, String returnReason) {
    NotificationKind kind = returnReason == null ? NotificationKind.NOMINATION_STATE_CHANGED : NotificationKind.RETURNED_FOR_SUPPLEMENT;
    Long actor = caller.isUser() ? caller.id() : null;
    Instant now = now();
    Set<Long> audience = new java.util.LinkedHashSet<>(audience().of(subject.townshipId(), subject.districtId()));
    if (subject.state() == NominationState.SUBMITTED_FOR_ASSESSMENT) { // the city assesses what the district submits
      users.enabledWith(EnumSet.of(Role.CITY_ADMIN, Role.CITY_ASSESSOR)).forEach(u -> audience.add(u.id()));
    }
    for (long userId : audience) {
      if (!Long.valueOf(userId).equals(actor)) {
        Notification n = new Notification();
        n.userId = userId;
        n.kind = kind;
        n.roundId = subject.roundId();
        n.nominationId = subject.nominationId();
        n.townshipName = subject.townshipName();
        n.state = subject.state();
        n.reason = returnReason;
        n.createdAt = now;
        n.persist();
      }
    }
  }

  /**
   * Tells the nomination's township operators (not the one who acted) that an indicator's evidence
   * came back for supplement, with the reason; the item is open for saving again.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void evidenceReturned(Subject subject, String indicatorCode, String reason) {
    evidenceReturned(subject, indicatorCode, reason, null);
  }

  /** As above, with the deadline the township has for the supplement (the city's NEEDS_SUPPLEMENT date). */
  public void evidenceReturned(Subject subject, String indicatorCode, String reason, Instant deadline) {
    Long actor = caller.isUser() ? caller.id() : null;
    Instant now = now();
    for (long userId : audience().operatorsByTownship().getOrDefault(subject.townshipId(), List.of())) {
      if (!Long.valueOf(userId).equals(actor)) {
        Notification n = new Notification();
        n.userId = userId;
        n.kind = NotificationKind.EVIDENCE_RETURNED;
        n.roundId = subject.roundId();
        n.nominationId = subject.nominationId();
        n.townshipName = subject.townshipName();
        n.state = subject.state();
        n.reason = reason;
        n.indicatorCode = indicatorCode;
        n.deadline = deadline;
        n.createdAt = now;
        n.persist();
      }
    }
  }

  /** Tells the district's admins (not the one who acted) that its quota in a round changed. */
  void quotaSet(@Observes QuotaSet change) {
    Long actor = caller.isUser() ? caller.id() : null;
    Instant now = now();
    for (long userId : audience().adminsByDistrict().getOrDefault(change.districtId(), List.of())) {
      if (!Long.valueOf(userId).equals(actor)) {
        Notification n = new Notification();
        n.userId = userId;
        n.kind = NotificationKind.QUOTA_CHANGED;
        n.roundId = change.roundId();
        n.quota = change.quota();
        n.createdAt = now;
        n.persist();
      }
    }
  }

  /** The typical case a notification is about. */
  public record CaseSubject(long caseId, String title, String townshipName, long districtId, Long roundId) {}

  /**
   * Tells the people concerned of a typical case's review step (not the one who acted): a submission
   * reaches the city admins; a return, publication or withdrawal the case's district admins, with
   * the reason where there is one.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void caseChanged(NotificationKind kind, CaseSubject subject, String reason) {
    Long actor = caller.isUser() ? caller.id() : null;
    Instant now = now();
    List<Long> audience = kind == NotificationKind.CASE_SUBMITTED
        ? users.enabledWith(EnumSet.of(Role.CITY_ADMIN)).stream().map(UserView::id).toList()
        : audience().adminsByDistrict().getOrDefault(subject.districtId(), List.of());
    for (long userId : audience) {
      if (!Long.valueOf(userId).equals(actor)) {
        Notification n = new Notification();
        n.userId = userId;
        n.kind = kind;
        n.roundId = subject.roundId();
        n.townshipName = subject.townshipName();
        n.caseId = subject.caseId();
        n.caseTitle = subject.title();
        n.reason = reason;
        n.createdAt = now;
        n.persist();
      }
    }
  }

  /**
   * Reminds the people concerned 7, 3 and 1 days (Asia/Shanghai calendar days) before each
   * deadline that still matters for their nomination ({@link ReminderSchedule}). Each reminder is
   * written once per user: a second run, or a second replica, adds nothing.
   */
  public int remindDeadlines() {
    Set<NominationState> states = EnumSet.noneOf(NominationState.class);
    Set<RoundState> roundStates = EnumSet.noneOf(RoundState.class);
    for (Phase phase : NominationAction.deadlinePhases()) {
      states.addAll(NominationAction.statesConcernedBy(phase));
      roundStates.addAll(NominationAction.roundStatesConcernedBy(phase));
    }
    List<Pending> pending = nominations.pending(states, roundStates);
    if (pending.isEmpty()) {
      return 0;
    }
    Map<RoundTownship, List<Deadline>> dates = deadlines.forTownships(
        pending.stream().map(p -> new RoundTownship(p.roundId(), p.townshipId())).distinct().toList());
    Audience audience = audience();
    Instant now = now();
    int written = 0;
    for (Pending p : pending) {
      for (Deadline d : dates.getOrDefault(new RoundTownship(p.roundId(), p.townshipId()), List.of())) {
        Instant deadline = d.deadline().toInstant();
        OptionalInt days = ReminderSchedule.due(d.phase(), p.state(), p.roundState(), deadline, now);
        if (days.isEmpty()) {
          continue;
        }
        String key = "deadline:" + p.nominationId() + ":" + d.phase() + ":" + deadline + ":" + days.getAsInt();
        for (long userId : audience.of(p.townshipId(), p.districtId())) {
          written += insertReminderOnce(userId, p, d.phase(), deadline, days.getAsInt(), key, now);
        }
      }
    }
    return written;
  }

  /** Who hears about a nomination: its township's operators and its district's admins (enabled ones). */
  record Audience(Map<Long, List<Long>> operatorsByTownship, Map<Long, List<Long>> adminsByDistrict) {

    List<Long> of(long townshipId, long districtId) {
      List<Long> ids = new ArrayList<>(operatorsByTownship.getOrDefault(townshipId, List.of()));
      ids.addAll(adminsByDistrict.getOrDefault(districtId, List.of()));
      return ids;
    }
  }

  private Audience audience() {
    Map<Long, List<Long>> operators = new HashMap<>();
    Map<Long, List<Long>> admins = new HashMap<>();
    for (UserView user : users.enabledWith(EnumSet.of(Role.TOWNSHIP_OPERATOR, Role.DISTRICT_ADMIN))) {
      if (user.role() == Role.TOWNSHIP_OPERATOR && user.townshipId() != null) {
        operators.computeIfAbsent(user.townshipId(), k -> new ArrayList<>()).add(user.id());
      } else if (user.role() == Role.DISTRICT_ADMIN && user.districtId() != null) {
        admins.computeIfAbsent(user.districtId(), k -> new ArrayList<>()).add(user.id());
      }
    }
    return new Audience(operators, admins);
  }

  /** ON CONFLICT on the (user, dedupe key) constraint: replicas and repeated runs write each reminder once. */
  private int insertReminderOnce(long userId, Pending p, Phase phase, Instant deadline, int daysLeft, String dedupeKey,
      Instant now) {
    return em.createNativeQuery("""
            insert into notification (user_id, kind, round_id, nomination_id, township_name, phase, deadline, days_left,
                                      dedupe_key, created_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            on conflict (user_id, dedupe_key) do nothing""")
        .setParameter(1, userId).setParameter(2, NotificationKind.DEADLINE_APPROACHING.name())
        .setParameter(3, p.roundId()).setParameter(4, p.nominationId()).setParameter(5, p.townshipName())
        .setParameter(6, phase.name()).setParameter(7, deadline).setParameter(8, daysLeft)
        .setParameter(9, dedupeKey).setParameter(10, now)
        .executeUpdate();
  }

  /** Now, to the microsecond the columns keep. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static NotificationApi.Notification view(Notification n) {
    return new NotificationApi.Notification(n.id, n.kind, n.roundId, n.nominationId, n.townshipName, n.state, n.phase,
        Shanghai.at(n.deadline), n.daysLeft, n.reason, n.indicatorCode, n.caseId, n.caseTitle, n.quota,
        n.readAt != null, n.createdAt);
  }
}
