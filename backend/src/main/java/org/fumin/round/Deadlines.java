package org.fumin.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.programme.NominationAction;
import org.fumin.programme.PhaseDeadline;
import org.fumin.round.RoundApi.PhaseView;
import org.fumin.round.RoundApi.Reopening;
import org.fumin.round.RoundApi.ReopeningInput;
import org.fumin.township.Township;
import org.fumin.township.TownshipService;

/**
 * Deadlines by phase: a phase's submissions close at its end, unless a city admin reopened the
 * phase for one township until a later date (audited and visible to everyone concerned). The rule
 * itself is {@link PhaseDeadline}; this class loads what it needs.
 */
@ApplicationScoped
@Transactional
public class Deadlines {

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject RoundService rounds;
  @Inject TownshipService townships;
  @Inject InstantSource clock;

  /** When a phase closes for a township, and whether a reopening set that date. */
  public record Deadline(Phase phase, OffsetDateTime deadline, boolean reopened, boolean passed) {}

  /** A township in a round: whose deadlines to compute. */
  public record RoundTownship(long roundId, long townshipId) {}

  /** The latest date a phase was reopened until for a township. */
  record ReopenedUntil(long roundId, long townshipId, Phase phase, Instant until) {}

  /** The deadline of a phase for one township; null when the round has no such phase. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Deadline of(long roundId, long townshipId, Phase phase) {
    RoundTownship key = new RoundTownship(roundId, townshipId);
    List<Deadline> deadlines = compute(List.of(key), List.of(phase)).get(key);
    return deadlines.isEmpty() ? null : deadlines.get(0);
  }

  /** The deadlines of the phases whose submissions a township makes. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Deadline> forTownship(long roundId, long townshipId) {
    RoundTownship key = new RoundTownship(roundId, townshipId);
    return forTownships(List.of(key)).get(key);
  }

  /**
   * The deadlines of many townships at once (a page of nominations, the reminder run), with one
   * query for the rounds' phases and one for their reopenings, whatever the number of townships.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<RoundTownship, List<Deadline>> forTownships(Collection<RoundTownship> townships) {
    return compute(townships, NominationAction.deadlinePhases());
  }

  private Map<RoundTownship, List<Deadline>> compute(Collection<RoundTownship> townships, List<Phase> which) {
    Map<RoundTownship, List<Deadline>> result = new HashMap<>();
    if (townships.isEmpty()) {
      return result;
    }
    List<Long> roundIds = townships.stream().map(RoundTownship::roundId).distinct().toList();
    List<Long> townshipIds = townships.stream().map(RoundTownship::townshipId).distinct().toList();
    Map<Long, Map<Phase, PhaseView>> phases = rounds.phases(roundIds);
    Map<RoundTownship, Map<Phase, Instant>> reopened = new HashMap<>();
    for (ReopenedUntil r : latestReopenings(roundIds, townshipIds)) {
      reopened.computeIfAbsent(new RoundTownship(r.roundId(), r.townshipId()), k -> new EnumMap<>(Phase.class))
          .put(r.phase(), r.until());
    }
    Instant now = clock.instant();
    for (RoundTownship key : townships) {
      Map<Phase, PhaseView> roundPhases = phases.getOrDefault(key.roundId(), Map.of());
      Map<Phase, Instant> until = reopened.getOrDefault(key, Map.of());
      List<Deadline> deadlines = new ArrayList<>();
      for (Phase phase : which) {
        PhaseView view = roundPhases.get(phase);
        if (view != null) {
          PhaseDeadline deadline = PhaseDeadline.of(view.endsAt().toInstant(), until.get(phase));
          deadlines.add(new Deadline(phase, Shanghai.at(deadline.at()), deadline.reopened(), deadline.passedAt(now)));
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

  /** The reopenings of a round whose township the caller may see, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Reopening> list(long roundId) {
    rounds.find(roundId);
    List<DeadlineReopening> rows = DeadlineReopening.list("roundId = ?1 order by createdAt desc, id desc", roundId);
    Map<Long, Optional<Township>> visible = new HashMap<>();
    List<Reopening> result = new ArrayList<>();
    for (DeadlineReopening r : rows) {
      if (caller.townshipScope() != null && caller.townshipScope() != r.townshipId) {
        continue;
      }
      visible.computeIfAbsent(r.townshipId, this::visibleTownship).ifPresent(t -> result.add(view(r, t)));
    }
    return result;
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
    Instant now = clock.instant();
    if (!input.until().toInstant().isAfter(now)) {
      throw ProblemException.invalidField("until", "deadline.until-past");
    }
    Deadline before = of(roundId, township.id, input.phase());
    DeadlineReopening reopening = new DeadlineReopening();
    reopening.roundId = roundId;
    reopening.townshipId = township.id;
    reopening.phase = input.phase();
    reopening.until = input.until().toInstant();
    reopening.reason = input.reason().strip();
    reopening.createdBy = caller.name();
    reopening.createdAt = now.truncatedTo(ChronoUnit.MICROS); // what the column keeps
    reopening.persistAndFlush();
    Reopening created = view(reopening, township);
    audit.record("DEADLINE_REOPENED", "ROUND", roundId, before, created);
    return created;
  }

  private List<ReopenedUntil> latestReopenings(List<Long> roundIds, List<Long> townshipIds) {
    return em.createQuery("""
            select r.roundId, r.townshipId, r.phase, max(r.until) from DeadlineReopening r
            where any_of(:rounds, r.roundId) and any_of(:townships, r.townshipId) group by r.roundId, r.townshipId, r.phase""",
            ReopenedUntil.class)
        .setParameter("rounds", AnyOf.ids(roundIds)).setParameter("townships", AnyOf.ids(townshipIds)).getResultList();
  }

  /** The township when the caller may see it (foreign townships do not exist for confined callers). */
  private Optional<Township> visibleTownship(long townshipId) {
    try {
      return Optional.of(townships.find(townshipId));
    } catch (ProblemException e) {
      return Optional.empty();
    }
  }

  private static Reopening view(DeadlineReopening r, Township township) {
    return new Reopening(r.id, r.roundId, r.townshipId, township.name, township.district.id, r.phase,
        Shanghai.at(r.until), r.reason, r.createdBy, Shanghai.at(r.createdAt));
  }
}
