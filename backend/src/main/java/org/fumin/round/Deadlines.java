package org.fumin.round;

import static org.fumin.common.persistence.Columns.instant;
import static org.fumin.common.persistence.Columns.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.round.RoundApi.PhaseView;
import org.fumin.round.RoundApi.Reopening;
import org.fumin.round.RoundApi.ReopeningInput;
import org.fumin.township.Township;
import org.fumin.township.TownshipService;

/**
 * Deadlines by phase: a phase's submissions close at its end, unless a city admin reopened the
 * phase for one township until a later date (audited and visible to everyone concerned).
 */
@ApplicationScoped
@Transactional
public class Deadlines {

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject RoundService rounds;
  @Inject TownshipService townships;

  /** When a phase closes for a township, and whether a reopening set that date. */
  public record Deadline(Phase phase, OffsetDateTime deadline, boolean reopened, boolean passed) {}

  /** The deadline of a phase for one township; null when the round has no such phase. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Deadline of(long roundId, long townshipId, Phase phase) {
    return forTownship(roundId, townshipId).stream().filter(d -> d.phase() == phase).findFirst()
        .orElseGet(() -> of(rounds.phases(roundId), Map.of(), phase));
  }

  /** The deadlines of the phases whose submissions a township makes. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Deadline> forTownship(long roundId, long townshipId) {
    return forTownships(List.of(new RoundTownship(roundId, townshipId))).get(new RoundTownship(roundId, townshipId));
  }

  /** A township in a round: whose deadlines to compute. */
  public record RoundTownship(long roundId, long townshipId) {}

  /**
   * The deadlines of many townships at once (a page of nominations), with one query for the
   * rounds' phases and one for their reopenings, whatever the number of townships.
   */
  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<RoundTownship, List<Deadline>> forTownships(Collection<RoundTownship> townships) {
    Map<RoundTownship, List<Deadline>> result = new HashMap<>();
    if (townships.isEmpty()) {
      return result;
    }
    List<Long> roundIds = townships.stream().map(RoundTownship::roundId).distinct().toList();
    List<Long> townshipIds = townships.stream().map(RoundTownship::townshipId).distinct().toList();
    Map<Long, Map<Phase, PhaseView>> phases = rounds.phases(roundIds);
    Map<RoundTownship, Map<Phase, Instant>> reopened = new HashMap<>();
    List<Object[]> rows = em.createNativeQuery("""
            select round_id, township_id, phase, max(until) from deadline_reopening
            where round_id in (?1) and township_id in (?2) group by round_id, township_id, phase""")
        .setParameter(1, roundIds).setParameter(2, townshipIds).getResultList();
    for (Object[] r : rows) {
      reopened.computeIfAbsent(new RoundTownship(num(r[0]), num(r[1])), k -> new EnumMap<>(Phase.class))
          .put(Phase.valueOf((String) r[2]), instant(r[3]));
    }
    for (RoundTownship key : townships) {
      List<Deadline> deadlines = new ArrayList<>();
      for (Phase phase : List.of(Phase.DEPLOYMENT, Phase.IMPLEMENTATION, Phase.PROVINCIAL_SELECTION)) {
        Deadline deadline = of(phases.getOrDefault(key.roundId(), Map.of()), reopened.getOrDefault(key, Map.of()), phase);
        if (deadline != null) {
          deadlines.add(deadline);
        }
      }
      result.put(key, deadlines);
    }
    return result;
  }

  /** Refuses with 409 {@code deadline-passed} once the phase has closed for the township. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void require(long roundId, long townshipId, Phase phase) {
    Deadline deadline = of(roundId, townshipId, phase);
    if (deadline != null && deadline.passed()) {
      throw new ProblemException(ProblemType.DEADLINE_PASSED, "deadline.passed",
          new ProblemException.Message("phase." + phase.name()), deadline.deadline().toLocalDateTime().toString().replace('T', ' '))
          .deadline(deadline.deadline());
    }
  }

  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Reopening> list(long roundId) {
    rounds.find(roundId);
    List<Object[]> rows = em.createNativeQuery("""
            select r.id, r.round_id, t.id, t.name, t.district_id, r.phase, r.until, r.reason, r.created_by, r.created_at
            from deadline_reopening r join township t on t.id = r.township_id
            where r.round_id = ?1
              and (cast(?2 as bigint) is null or t.id = cast(?2 as bigint))
              and (cast(?3 as bigint) is null or t.district_id = cast(?3 as bigint))
            order by r.created_at desc, r.id desc""")
        .setParameter(1, roundId).setParameter(2, caller.townshipScope())
        .setParameter(3, caller.townshipScope() == null ? caller.districtScope() : null)
        .getResultList();
    return rows.stream().map(r -> new Reopening(num(r[0]), num(r[1]), num(r[2]), (String) r[3], num(r[4]),
        Phase.valueOf((String) r[5]), Shanghai.at(instant(r[6])), (String) r[7], (String) r[8],
        Shanghai.at(instant(r[9])))).toList();
  }

  public Reopening reopen(long roundId, ReopeningInput input) {
    Round round = rounds.find(roundId);
    if (round.state == RoundState.CLOSED) {
      throw new ProblemException(ProblemType.CONFLICT, "deadline.round-closed");
    }
    Township township;
    try {
      township = townships.find(input.townshipId());
    } catch (ProblemException e) {
      throw ProblemException.invalidField("townshipId", "deadline.township-unknown", input.townshipId());
    }
    if (!rounds.phases(roundId).containsKey(input.phase())) {
      throw ProblemException.invalidField("phase", "deadline.phase-unknown");
    }
    if (!input.until().toInstant().isAfter(Instant.now())) {
      throw ProblemException.invalidField("until", "deadline.until-past");
    }
    Deadline before = of(roundId, township.id, input.phase());
    long id = ((Number) em.createNativeQuery("""
            insert into deadline_reopening (round_id, township_id, phase, until, reason, created_by)
            values (?1, ?2, ?3, ?4, ?5, ?6) returning id""")
        .setParameter(1, roundId).setParameter(2, township.id).setParameter(3, input.phase().name())
        .setParameter(4, input.until().toInstant()).setParameter(5, input.reason().strip()).setParameter(6, caller.name())
        .getSingleResult()).longValue();
    Reopening created = list(roundId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    audit.record("DEADLINE_REOPENED", "ROUND", roundId, before, created);
    return created;
  }

  private Deadline of(Map<Phase, PhaseView> phases, Map<Phase, Instant> reopened, Phase phase) {
    PhaseView view = phases.get(phase);
    if (view == null) {
      return null;
    }
    Instant end = view.endsAt().toInstant();
    Instant until = reopened.get(phase);
    boolean extended = until != null && until.isAfter(end);
    Instant deadline = extended ? until : end;
    return new Deadline(phase, Shanghai.at(deadline), extended, !Instant.now().isBefore(deadline));
  }
}
