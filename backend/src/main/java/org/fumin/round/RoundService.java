package org.fumin.round;

import static org.fumin.common.persistence.Columns.instant;
import static org.fumin.common.persistence.Columns.num;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.auth.Role;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.common.web.ETags;
import org.fumin.district.DistrictKind;
import org.fumin.framework.FrameworkService;
import org.fumin.round.RoundApi.PhaseInput;
import org.fumin.round.RoundApi.PhaseView;
import org.fumin.round.RoundApi.ProvincialCandidate;
import org.fumin.round.RoundApi.RoundAction;
import org.fumin.round.RoundApi.RoundDistrict;
import org.fumin.round.RoundApi.RoundInput;
import org.fumin.round.RoundApi.RoundView;

/**
 * Runs the rounds: one per year, dated phases, quotas per district kind with per-district
 * overrides, and the state machine DRAFT → OPEN → ASSESSMENT (framework frozen) → CLOSED.
 */
@ApplicationScoped
@Transactional
public class RoundService {

  private static final Map<String, String> SORTS = Map.of("year", "r.year", "name", "r.name", "createdAt", "r.createdAt");

  /** The state each action leads from, and to. */
  private static final Map<RoundAction, RoundState[]> TRANSITIONS = Map.of(
      RoundAction.OPEN, new RoundState[] {RoundState.DRAFT, RoundState.OPEN},
      RoundAction.START_ASSESSMENT, new RoundState[] {RoundState.OPEN, RoundState.ASSESSMENT},
      RoundAction.CLOSE, new RoundState[] {RoundState.ASSESSMENT, RoundState.CLOSED});

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject FrameworkService frameworks;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<RoundView> list(RoundState state, PageRequest paging) {
    String condition = state == null ? "" : " where r.state = :state";
    Parameters params = state == null ? new Parameters() : Parameters.with("state", state);
    List<Round> items = Round.<Round>find("from Round r" + condition + paging.orderBy(SORTS, "-year", "r.id"), params.map())
        .range(paging.offset(), paging.offset() + paging.size() - 1)
        .list();
    long total = Round.count("from Round r" + condition, params.map());
    Long current = currentId();
    return new Page<>(items.stream().map(r -> view(r, current)).toList(), paging.page(), paging.size(), total);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public RoundView get(long id) {
    return view(find(id), currentId());
  }

  public RoundView create(RoundInput input) {
    requireFramework(input.frameworkId());
    requireYearFree(input.year(), -1L);
    Round round = new Round();
    round.year = input.year();
    round.name = input.name().strip();
    round.frameworkId = input.frameworkId();
    round.quotaCountyLevel = input.quotaCountyLevel();
    round.quotaFunctionalZone = input.quotaFunctionalZone();
    round.persistAndFlush();
    writePhases(round.id, input.phases());
    RoundView created = view(round, currentId());
    audit.record("ROUND_CREATED", "ROUND", round.id, null, created);
    return created;
  }

  public RoundView update(long id, String ifMatch, RoundInput input) {
    Round round = lock(id);
    ETags.requireMatch(ifMatch, round.version);
    if (!allowedActions(round).contains(RoundAction.EDIT)) {
      throw new ProblemException(ProblemType.INVALID_TRANSITION, "round.not-editable", round.state.name())
          .allowedActions(names(allowedActions(round)));
    }
    if (round.frameworkId != input.frameworkId()) {
      if (round.state != RoundState.DRAFT) {
        throw new ProblemException(ProblemType.CONFLICT, "round.framework-fixed");
      }
      requireFramework(input.frameworkId());
    }
    requireYearFree(input.year(), round.id);
    RoundView before = view(round, currentId());
    round.year = input.year();
    round.name = input.name().strip();
    round.frameworkId = input.frameworkId();
    round.quotaCountyLevel = input.quotaCountyLevel();
    round.quotaFunctionalZone = input.quotaFunctionalZone();
    applyDefaultQuotas(round);
    round.updatedAt = Instant.now();
    writePhases(round.id, input.phases());
    em.flush();
    RoundView after = view(round, currentId());
    audit.record("ROUND_UPDATED", "ROUND", round.id, before, after);
    return after;
  }

  /** Performs a state action; an action the state does not allow answers 409 with the allowed ones. */
  public RoundView act(long id, String ifMatch, RoundAction action) {
    Round round = lock(id);
    ETags.checkMatch(ifMatch, round.version);
    RoundState[] transition = TRANSITIONS.get(action);
    if (round.state != transition[0]) {
      throw new ProblemException(ProblemType.INVALID_TRANSITION, "round.invalid-transition", action.name(), round.state.name())
          .allowedActions(names(allowedActions(round)));
    }
    RoundView before = view(round, currentId());
    round.state = transition[1];
    round.updatedAt = Instant.now();
    if (action == RoundAction.START_ASSESSMENT) {
      frameworks.freeze(round.frameworkId);
    }
    em.flush();
    RoundView after = view(round, currentId());
    audit.record("ROUND_" + action.name(), "ROUND", round.id, before, after);
    return after;
  }

  /** Quota, places used and provincial candidates for every district the caller may see. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public List<RoundDistrict> districts(long roundId) {
    Round round = find(roundId);
    Long scope = caller.townshipScope() != null ? districtOfTownship(caller.townshipScope()) : caller.districtScope();
    List<Object[]> rows = em.createNativeQuery("""
            select d.id, d.code, d.name, d.kind, s.quota, coalesce(s.used, 0)
            from district d left join round_district_slot s on s.district_id = d.id and s.round_id = ?1
            where cast(?2 as bigint) is null or d.id = cast(?2 as bigint)
            order by d.code""")
        .setParameter(1, roundId).setParameter(2, scope).getResultList();
    Map<Long, List<ProvincialCandidate>> candidates = new LinkedHashMap<>();
    List<Object[]> selected = em.createNativeQuery("""
            select n.district_id, n.id, t.id, t.name from nomination n join township t on t.id = n.township_id
            where n.round_id = ?1 and n.provincial_candidate and n.state <> 'WITHDRAWN' order by t.code""")
        .setParameter(1, roundId).getResultList();
    for (Object[] s : selected) {
      candidates.computeIfAbsent(num(s[0]), k -> new ArrayList<>())
          .add(new ProvincialCandidate(num(s[1]), num(s[2]), (String) s[3]));
    }
    List<RoundDistrict> result = new ArrayList<>();
    for (Object[] r : rows) {
      DistrictKind kind = DistrictKind.valueOf((String) r[3]);
      int quota = r[4] == null ? defaultQuota(round, kind) : (int) num(r[4]);
      result.add(new RoundDistrict(num(r[0]), (String) r[1], (String) r[2], kind, quota, (int) num(r[5]),
          candidates.getOrDefault(num(r[0]), List.of())));
    }
    return result;
  }

  /** Overrides one district's quota; never below the places already used. */
  public RoundDistrict setQuota(long roundId, long districtId, int quota) {
    Round round = lock(roundId);
    if (round.state != RoundState.DRAFT && round.state != RoundState.OPEN) {
      throw new ProblemException(ProblemType.CONFLICT, "round.quota-fixed", round.state.name());
    }
    DistrictKind kind = districtKind(districtId);
    ensureSlot(round, districtId, kind);
    Object[] slot = (Object[]) em.createNativeQuery(
            "select quota, used from round_district_slot where round_id = ?1 and district_id = ?2 for update")
        .setParameter(1, roundId).setParameter(2, districtId).getSingleResult();
    int used = (int) num(slot[1]);
    if (quota < used) {
      throw new ProblemException(ProblemType.CONFLICT, "round.quota-below-used", quota, used);
    }
    em.createNativeQuery("update round_district_slot set quota = ?3, overridden = true where round_id = ?1 and district_id = ?2")
        .setParameter(1, roundId).setParameter(2, districtId).setParameter(3, quota).executeUpdate();
    audit.record("ROUND_QUOTA_SET", "ROUND", roundId, Map.of("districtId", districtId, "quota", num(slot[0])),
        Map.of("districtId", districtId, "quota", quota));
    return districts(roundId).stream().filter(d -> d.districtId() == districtId).findFirst().orElseThrow();
  }

  /**
   * Takes one of the district's places in the round, or refuses with 409 when none is left. The
   * conditional update locks the district's row, so parallel nominations queue behind each other
   * and never exceed the quota.
   */
  public void takePlace(Round round, long districtId) {
    ensureSlot(round, districtId, districtKind(districtId));
    int taken = em.createNativeQuery(
            "update round_district_slot set used = used + 1 where round_id = ?1 and district_id = ?2 and used < quota")
        .setParameter(1, round.id).setParameter(2, districtId).executeUpdate();
    if (taken == 0) {
      Object quota = em.createNativeQuery("select quota from round_district_slot where round_id = ?1 and district_id = ?2")
          .setParameter(1, round.id).setParameter(2, districtId).getSingleResult();
      throw new ProblemException(ProblemType.QUOTA_EXHAUSTED, "nomination.quota-exhausted", quota);
    }
  }

  /** Gives a place back (a withdrawn nomination). */
  public void freePlace(long roundId, long districtId) {
    em.createNativeQuery("update round_district_slot set used = used - 1 where round_id = ?1 and district_id = ?2 and used > 0")
        .setParameter(1, roundId).setParameter(2, districtId).executeUpdate();
  }

  /** The round with this id (rounds are city-wide: every role sees every round). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Round find(long id) {
    Round round = Round.findById(id);
    if (round == null) {
      throw ProblemException.notFound("entity.round", id);
    }
    return round;
  }

  public long frameworkOf(long roundId) {
    return find(roundId).frameworkId;
  }

  /** The phases of a round by code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Phase, PhaseView> phases(long roundId) {
    return phases(List.of(roundId)).getOrDefault(roundId, new EnumMap<>(Phase.class));
  }

  /** The phases of several rounds, by round and code, in one query. */
  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public Map<Long, Map<Phase, PhaseView>> phases(Collection<Long> roundIds) {
    Map<Long, Map<Phase, PhaseView>> phases = new HashMap<>();
    List<Object[]> rows = em.createNativeQuery("select round_id, phase, starts_at, ends_at from round_phase where round_id in (?1)")
        .setParameter(1, roundIds).getResultList();
    for (Object[] r : rows) {
      Phase phase = Phase.valueOf((String) r[1]);
      phases.computeIfAbsent(num(r[0]), k -> new EnumMap<>(Phase.class))
          .put(phase, new PhaseView(phase, Shanghai.at(instant(r[2])), Shanghai.at(instant(r[3]))));
    }
    return phases;
  }

  private Round lock(long id) {
    Round round = Round.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (round == null) {
      throw ProblemException.notFound("entity.round", id);
    }
    return round;
  }

  private RoundView view(Round round, Long currentId) {
    Object[] framework = (Object[]) em.createNativeQuery("select name, edition from framework where id = ?1")
        .setParameter(1, round.frameworkId).getSingleResult();
    return new RoundView(round.id, round.year, round.name, round.frameworkId, (String) framework[0], (int) num(framework[1]),
        round.state, round.quotaCountyLevel, round.quotaFunctionalZone, List.copyOf(phases(round.id).values()),
        round.id.equals(currentId), caller.role() == Role.CITY_ADMIN ? allowedActions(round) : List.of(),
        round.version, round.createdAt, round.updatedAt);
  }

  private static List<RoundAction> allowedActions(Round round) {
    List<RoundAction> actions = new ArrayList<>();
    TRANSITIONS.forEach((action, transition) -> {
      if (transition[0] == round.state) {
        actions.add(action);
      }
    });
    if (round.state == RoundState.DRAFT || round.state == RoundState.OPEN) {
      actions.add(RoundAction.EDIT);
    }
    actions.sort(null);
    return actions;
  }

  /** The round lists default to: a running one first, else the newest that is not a draft, else the newest. */
  private Long currentId() {
    List<?> ids = em.createNativeQuery("""
            select id from round
            order by (state in ('OPEN', 'ASSESSMENT')) desc, (state <> 'DRAFT') desc, year desc limit 1""")
        .getResultList();
    return ids.isEmpty() ? null : num(ids.get(0));
  }

  private void writePhases(long roundId, List<PhaseInput> phases) {
    Set<Phase> seen = EnumSet.noneOf(Phase.class);
    for (int i = 0; i < phases.size(); i++) {
      PhaseInput phase = phases.get(i);
      if (!seen.add(phase.code())) {
        throw ProblemException.invalidField("phases", "round.phases");
      }
      if (phase.endsAt().isBefore(phase.startsAt())) {
        throw ProblemException.invalidField("phases[" + i + "].endsAt", "round.phase-order");
      }
    }
    em.createNativeQuery("delete from round_phase where round_id = ?1").setParameter(1, roundId).executeUpdate();
    for (PhaseInput phase : phases) {
      em.createNativeQuery("insert into round_phase (round_id, phase, starts_at, ends_at) values (?1, ?2, ?3, ?4)")
          .setParameter(1, roundId).setParameter(2, phase.code().name())
          .setParameter(3, phase.startsAt().toInstant()).setParameter(4, phase.endsAt().toInstant())
          .executeUpdate();
    }
  }

  /** New defaults apply to every district without an override; refused where more places are used. */
  private void applyDefaultQuotas(Round round) {
    List<?> over = em.createNativeQuery("""
            select d.name from round_district_slot s join district d on d.id = s.district_id
            where s.round_id = ?1 and not s.overridden
              and s.used > case d.kind when 'COUNTY_LEVEL' then ?2 else ?3 end""")
        .setParameter(1, round.id).setParameter(2, round.quotaCountyLevel).setParameter(3, round.quotaFunctionalZone)
        .getResultList();
    if (!over.isEmpty()) {
      throw new ProblemException(ProblemType.CONFLICT, "round.defaults-below-used", over.get(0));
    }
    em.createNativeQuery("""
            update round_district_slot s set quota = case d.kind when 'COUNTY_LEVEL' then ?2 else ?3 end
            from district d where d.id = s.district_id and s.round_id = ?1 and not s.overridden""")
        .setParameter(1, round.id).setParameter(2, round.quotaCountyLevel).setParameter(3, round.quotaFunctionalZone)
        .executeUpdate();
  }

  private void ensureSlot(Round round, long districtId, DistrictKind kind) {
    em.createNativeQuery("""
            insert into round_district_slot (round_id, district_id, quota) values (?1, ?2, ?3)
            on conflict (round_id, district_id) do nothing""")
        .setParameter(1, round.id).setParameter(2, districtId).setParameter(3, defaultQuota(round, kind))
        .executeUpdate();
  }

  private static int defaultQuota(Round round, DistrictKind kind) {
    return kind == DistrictKind.COUNTY_LEVEL ? round.quotaCountyLevel : round.quotaFunctionalZone;
  }

  @SuppressWarnings("unchecked")
  private DistrictKind districtKind(long districtId) {
    List<String> kinds = em.createNativeQuery("select kind from district where id = ?1").setParameter(1, districtId).getResultList();
    if (kinds.isEmpty()) {
      throw ProblemException.notFound("entity.district", districtId);
    }
    return DistrictKind.valueOf(kinds.get(0));
  }

  private Long districtOfTownship(long townshipId) {
    return num(em.createNativeQuery("select district_id from township where id = ?1").setParameter(1, townshipId).getSingleResult());
  }

  private void requireFramework(long frameworkId) {
    if (em.createNativeQuery("select 1 from framework where id = ?1").setParameter(1, frameworkId).getResultList().isEmpty()) {
      throw ProblemException.invalidField("frameworkId", "round.framework-unknown", frameworkId);
    }
  }

  private void requireYearFree(int year, long self) {
    if (Round.count("year = ?1 and id <> ?2", year, self) > 0) {
      throw new ProblemException(ProblemType.DUPLICATE, "round.year-taken", year);
    }
  }

  private static List<String> names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }
}
