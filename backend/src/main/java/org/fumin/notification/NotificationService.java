package org.fumin.notification;

import static org.fumin.common.persistence.Columns.instant;
import static org.fumin.common.persistence.Columns.numOrNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.fumin.auth.Caller;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.time.Shanghai;
import org.fumin.nomination.NominationState;
import org.fumin.notification.NotificationApi.Notification;
import org.fumin.notification.NotificationApi.NotificationKind;
import org.fumin.notification.NotificationApi.NotificationPage;
import org.fumin.round.Phase;

/**
 * In-app notifications: written in the transaction of the change they report (state changes,
 * plans returned for supplement) or by the reminder job (deadlines 7, 3 and 1 days ahead), read
 * and marked read by their own user only.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

  /** Who hears about a nomination: its township's operators and its district's admins. */
  private static final String CONCERNED = " u.enabled and ((u.role = 'TOWNSHIP_OPERATOR' and u.township_id = n.township_id)"
      + " or (u.role = 'DISTRICT_ADMIN' and u.district_id = n.district_id))";

  @Inject EntityManager em;
  @Inject Caller caller;

  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public NotificationPage list(Boolean unread, PageRequest paging) {
    String condition = unread == null ? "" : unread ? " and read_at is null" : " and read_at is not null";
    List<Object[]> rows = em.createNativeQuery("""
            select id, kind, round_id, nomination_id, township_name, state, phase, deadline, days_left, reason,
                   read_at is not null, created_at
            from notification where user_id = ?1""" + condition + " order by created_at desc, id desc offset ?2 limit ?3")
        .setParameter(1, caller.id()).setParameter(2, paging.offset()).setParameter(3, paging.size())
        .getResultList();
    long total = count("select count(*) from notification where user_id = ?1" + condition);
    long unreadCount = count("select count(*) from notification where user_id = ?1 and read_at is null");
    return new NotificationPage(rows.stream().map(NotificationService::notification).toList(), paging.page(), paging.size(),
        total, unreadCount);
  }

  @SuppressWarnings("unchecked")
  public Notification markRead(long id) {
    em.createNativeQuery("update notification set read_at = coalesce(read_at, now()) where id = ?1 and user_id = ?2")
        .setParameter(1, id).setParameter(2, caller.id()).executeUpdate();
    List<Object[]> rows = em.createNativeQuery("""
            select id, kind, round_id, nomination_id, township_name, state, phase, deadline, days_left, reason,
                   read_at is not null, created_at
            from notification where id = ?1 and user_id = ?2""")
        .setParameter(1, id).setParameter(2, caller.id()).getResultList();
    if (rows.isEmpty()) {
      throw ProblemException.notFound("entity.notification", id);
    }
    return notification(rows.get(0));
  }

  public long markAllRead() {
    return em.createNativeQuery("update notification set read_at = now() where user_id = ?1 and read_at is null")
        .setParameter(1, caller.id()).executeUpdate();
  }

  /**
   * Tells the nomination's township operators and district admins (not the one who acted) of its
   * new state; with a reason, that the plan came back for supplement.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void nominationChanged(long nominationId, String returnReason) {
    NotificationKind kind = returnReason == null ? NotificationKind.NOMINATION_STATE_CHANGED : NotificationKind.RETURNED_FOR_SUPPLEMENT;
    em.createNativeQuery("""
            insert into notification (user_id, kind, round_id, nomination_id, township_name, state, reason)
            select u.id, ?2, n.round_id, n.id, t.name, n.state, cast(?3 as varchar)
            from nomination n join township t on t.id = n.township_id, app_user u
            where n.id = ?1 and u.id <> ?4 and""" + CONCERNED)
        .setParameter(1, nominationId).setParameter(2, kind.name()).setParameter(3, returnReason)
        .setParameter(4, caller.isUser() ? caller.id() : -1L)
        .executeUpdate();
  }

  /**
   * Reminds the people concerned 7, 3 and 1 days (Asia/Shanghai calendar days) before each
   * deadline that still matters for their nomination. Each reminder is written once per user: a
   * second run, or a second replica, adds nothing.
   */
  public int remindDeadlines() {
    int written = 0;
    written += remind(Phase.DEPLOYMENT, List.of(NominationState.NOMINATED));
    written += remind(Phase.IMPLEMENTATION, List.of(NominationState.NOMINATED, NominationState.PLAN_SUBMITTED, NominationState.IN_PROGRESS));
    written += remind(Phase.PROVINCIAL_SELECTION,
        List.of(NominationState.PLAN_SUBMITTED, NominationState.IN_PROGRESS, NominationState.SUBMITTED_FOR_ASSESSMENT));
    return written;
  }

  private int remind(Phase phase, List<NominationState> states) {
    String inStates = String.join(", ", states.stream().map(s -> "'" + s.name() + "'").toList());
    return em.createNativeQuery("""
            insert into notification (user_id, kind, round_id, nomination_id, township_name, phase, deadline, days_left, dedupe_key)
            select u.id, 'DEADLINE_APPROACHING', n.round_id, n.id, t.name, p.phase, e.deadline, e.days,
                   'deadline:' || n.id || ':' || p.phase || ':' || e.deadline || ':' || e.days
            from nomination n
                 join township t on t.id = n.township_id
                 join round r on r.id = n.round_id and r.state in ('OPEN', 'ASSESSMENT')
                 join round_phase p on p.round_id = r.id and p.phase = ?1
                 cross join lateral (
                   select greatest(p.ends_at, coalesce((select max(d.until) from deadline_reopening d
                     where d.round_id = n.round_id and d.township_id = n.township_id and d.phase = p.phase), p.ends_at)) as deadline) dl
                 cross join lateral (
                   select dl.deadline,
                          (dl.deadline at time zone 'Asia/Shanghai')::date - (now() at time zone 'Asia/Shanghai')::date as days) e,
                 app_user u
            where n.state in (""" + inStates + """
            ) and e.deadline > now() and e.days in (7, 3, 1) and""" + CONCERNED + """

            on conflict (user_id, dedupe_key) do nothing""")
        .setParameter(1, phase.name())
        .executeUpdate();
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, caller.id()).getSingleResult()).longValue();
  }

  private static Notification notification(Object[] r) {
    return new Notification(((Number) r[0]).longValue(), NotificationKind.valueOf((String) r[1]), numOrNull(r[2]),
        numOrNull(r[3]), (String) r[4], r[5] == null ? null : NominationState.valueOf((String) r[5]),
        r[6] == null ? null : Phase.valueOf((String) r[6]), r[7] == null ? null : Shanghai.at(instant(r[7])),
        r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9], (Boolean) r[10], instant(r[11]));
  }
}
