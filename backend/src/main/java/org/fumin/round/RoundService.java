package org.fumin.round;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.auth.Role;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.common.web.ETags;
import org.fumin.district.DistrictApi.DistrictFilter;
import org.fumin.district.DistrictApi.DistrictView;
import org.fumin.district.DistrictKind;
import org.fumin.district.DistrictService;
import org.fumin.framework.FrameworkApi.FrameworkSummary;
import org.fumin.framework.FrameworkService;
import org.fumin.nomination.NominationService;
import org.fumin.programme.QuotaDefaults;
import org.fumin.round.RoundApi.PhaseInput;
import org.fumin.round.RoundApi.PhaseView;
import org.fumin.round.RoundApi.ProvincialCandidate;
import org.fumin.round.RoundApi.RoundAction;
import org.fumin.round.RoundApi.RoundDistrict;
import org.fumin.round.RoundApi.RoundInput;
import org.fumin.round.RoundApi.RoundView;
import org.fumin.township.TownshipService;

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

  @Inject Event<QuotaSet> quotaSet;
  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject FrameworkService frameworks;
  @Inject DistrictService districts;
  @Inject TownshipService townships;
  @Inject NominationService nominations;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<RoundView> list(RoundState state, PageRequest paging) {
    return list(state, null, null, paging);
  }

  /** Rounds by state, by year (exact) and changed since an instant (for systems that sync). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<RoundView> list(RoundState state, Integer year, java.time.Instant updatedSince, PageRequest paging) {
    List<String> conditions = new java.util.ArrayList<>();
    Parameters params = new Parameters();
    if (state != null) {
      conditions.add("r.state = :state");
      params.and("state", state);
    }
    if (year != null) {
      conditions.add("r.year = :year");
      params.and("year", year);
    }
    if (updatedSince != null) {
      conditions.add("r.updatedAt >= :updatedSince");
      params.and("updatedSince", updatedSince);
    }
    String condition = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    List<Round> items = Round.<Round>find("from Round r" + condition + paging.orderBy(SORTS, "-year", "r.id"), params.map())
        .range(paging.offset(), paging.offset() + paging.size() - 1)
        .list();
    long total = Round.count("from Round r" + condition, params.map());
    Long current = currentId();
    Map<Long, FrameworkSummary> frameworks = frameworksById();
    return new Page<>(items.stream().map(r -> view(r, current, frameworks)).toList(), paging.page(), paging.size(), total);
  }

  /** A round as imports name it: by its year. */
  public record RoundRef(long id, int year, RoundState state) {}

  /** The round of this year, if there is one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Optional<RoundRef> ofYear(int year) {
    return em.createQuery("select r.id, r.year, r.state from Round r where r.year = :year", RoundRef.class)
        .setParameter("year", year).getResultList().stream().findFirst();
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
    if (action == RoundAction.CLOSE) {
      requireAssessmentsSettled(round.id);
    }
    RoundView before = view(round, currentId());
    round.state = transition[1];
    if (action == RoundAction.START_ASSESSMENT) {
      frameworks.freeze(round.frameworkId);
    }
    em.flush();
    RoundView after = view(round, currentId());
    audit.record("ROUND_" + action.name(), "ROUND", round.id, before, after);
    return after;
  }

  /**
   * A round closes only once every nomination submitted for assessment has a published verdict
   * (NAMED or NOT_NAMED): after closing, nothing could publish a confirmed verdict or decide the
   * rest, so closing earlier would strand them. 409 names the open ones.
   */
  private void requireAssessmentsSettled(long roundId) {
    List<String> open = nominations.assessed(roundId, null).stream()
        .filter(d -> d.state() == org.fumin.nomination.NominationState.SUBMITTED_FOR_ASSESSMENT)
        .map(d -> d.townshipName() + "（" + d.nominationId() + "）").toList();
    if (!open.isEmpty()) {
      String listed = String.join("、", open.subList(0, Math.min(open.size(), 20))) + (open.size() > 20 ? " …" : "");
      throw new ProblemException(ProblemType.CONFLICT, "round.assessment-open", listed);
    }
  }

  /** Quota, places used and provincial candidates for every district the caller may see, by district code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RoundDistrict> districts(long roundId) {
    Round round = find(roundId);
    Long scope = caller.townshipScope() != null ? townships.find(caller.townshipScope()).district.id : caller.districtScope();
    Map<Long, RoundDistrictSlot> slots = new HashMap<>();
    RoundDistrictSlot.<RoundDistrictSlot>list("roundId", roundId).forEach(s -> slots.put(s.districtId, s));
    Map<Long, List<ProvincialCandidate>> candidates = new HashMap<>();
    for (NominationService.Candidate c : nominations.provincialCandidates(roundId)) {
      candidates.computeIfAbsent(c.districtId(), k -> new ArrayList<>())
          .add(new ProvincialCandidate(c.nominationId(), c.townshipId(), c.townshipName()));
    }
    List<RoundDistrict> result = new ArrayList<>();
    for (DistrictView d : allDistricts()) {
      if (scope != null && d.id() != scope) {
        continue;
      }
      RoundDistrictSlot slot = slots.get(d.id());
      int quota = slot == null ? round.quotaDefaults().quotaFor(d.kind()) : slot.quota;
      result.add(new RoundDistrict(d.id(), d.code(), d.name(), d.kind(), quota, slot == null ? 0 : slot.used,
          candidates.getOrDefault(d.id(), List.of())));
    }
    return result;
  }

  /**
   * Overrides one district's quota; never below the places already used. The quota is part of the
   * round's settings, so {@code If-Match} names the round's version and a change moves it on.
   */
  public QuotaChange setQuota(long roundId, long districtId, String ifMatch, int quota) {
    Round round = lock(roundId);
    ETags.requireMatch(ifMatch, round.version);
    if (round.state != RoundState.DRAFT && round.state != RoundState.OPEN) {
      throw new ProblemException(ProblemType.CONFLICT, "round.quota-fixed", round.state.name());
    }
    DistrictKind kind = districts.find(districtId).kind;
    ensureSlot(round, districtId, kind);
    RoundDistrictSlot slot = RoundDistrictSlot.findById(new RoundDistrictSlot.Key(roundId, districtId), LockModeType.PESSIMISTIC_WRITE);
    if (quota < slot.used) {
      throw new ProblemException(ProblemType.CONFLICT, "round.quota-below-used", quota, slot.used);
    }
    int before = slot.quota;
    slot.quota = quota;
    slot.overridden = true;
    em.lock(round, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    em.flush();
    audit.record("ROUND_QUOTA_SET", "ROUND", roundId, Map.of("districtId", districtId, "quota", before),
        Map.of("districtId", districtId, "quota", quota));
    if (before != quota) {
      quotaSet.fire(new QuotaSet(roundId, districtId, quota));
    }
    RoundDistrict district = districts(roundId).stream().filter(d -> d.districtId() == districtId).findFirst().orElseThrow();
    return new QuotaChange(district, round.version);
  }

  /** A district's quota after a change, and the round's version it moved on to (the answer's ETag). */
  public record QuotaChange(RoundDistrict district, long roundVersion) {}

  /**
   * Takes one of the district's places in the round, or refuses with 409 when none is left. The
   * conditional update locks the district's row, so parallel nominations queue behind each other
   * and never exceed the quota.
   */
  public void takePlace(Round round, long districtId) {
    ensureSlot(round, districtId, districts.find(districtId).kind);
    if (incrementUsedBelowQuota(round.id, districtId) == 0) {
      RoundDistrictSlot slot = RoundDistrictSlot.findById(new RoundDistrictSlot.Key(round.id, districtId));
      em.refresh(slot);
      throw new ProblemException(ProblemType.QUOTA_EXHAUSTED, "nomination.quota-exhausted", slot.quota);
    }
  }

  /** Gives a place back (a withdrawn nomination). */
  public void freePlace(long roundId, long districtId) {
    decrementUsed(roundId, districtId);
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

  /** Whether a round beyond its draft (townships at work, or later) uses this framework. */
  public boolean frameworkInUse(long frameworkId) {
    return Round.count("frameworkId = ?1 and state <> ?2", frameworkId, RoundState.DRAFT) > 0;
  }

  public long frameworkOf(long roundId) {
    return find(roundId).frameworkId;
  }

  /** The version of a round: the ETag of its settings, district quotas included. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long version(long roundId) {
    return find(roundId).version;
  }

  /** The phases of a round by code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Phase, PhaseView> phases(long roundId) {
    return phases(List.of(roundId)).getOrDefault(roundId, new EnumMap<>(Phase.class));
  }

  /** The phases of several rounds, by round and code, in one query. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Map<Phase, PhaseView>> phases(Collection<Long> roundIds) {
    Map<Long, Map<Phase, PhaseView>> phases = new HashMap<>();
    if (roundIds.isEmpty()) {
      return phases;
    }
    for (RoundPhase p : RoundPhase.<RoundPhase>list("any_of(:rounds, roundId)", Parameters.with("rounds", AnyOf.ids(roundIds)))) {
      phases.computeIfAbsent(p.roundId, k -> new EnumMap<>(Phase.class))
          .put(p.phase, new PhaseView(p.phase, Shanghai.at(p.startsAt), Shanghai.at(p.endsAt)));
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
    return view(round, currentId, frameworksById());
  }

  private RoundView view(Round round, Long currentId, Map<Long, FrameworkSummary> frameworks) {
    FrameworkSummary framework = frameworks.get(round.frameworkId);
    return new RoundView(round.id, round.year, round.name, round.frameworkId, framework.name(), framework.edition(),
        round.state, round.quotaCountyLevel, round.quotaFunctionalZone, List.copyOf(phases(round.id).values()),
        round.id.equals(currentId), caller.role() == Role.CITY_ADMIN ? allowedActions(round) : List.of(),
        round.version, round.createdAt, round.updatedAt);
  }

  private Map<Long, FrameworkSummary> frameworksById() {
    Map<Long, FrameworkSummary> byId = new HashMap<>();
    frameworks.list().forEach(f -> byId.put(f.id(), f));
    return byId;
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

  /** What picking the current round needs to know of each round. */
  record RoundHead(long id, RoundState state, int year) {}

  /** The round lists default to: a running one first, else the newest that is not a draft, else the newest. */
  private Long currentId() {
    Comparator<RoundHead> preference = Comparator
        .comparing((RoundHead r) -> r.state() == RoundState.OPEN || r.state() == RoundState.ASSESSMENT)
        .thenComparing(r -> r.state() != RoundState.DRAFT)
        .thenComparingInt(RoundHead::year);
    return em.createQuery("select r.id, r.state, r.year from Round r", RoundHead.class).getResultStream()
        .max(preference).map(RoundHead::id).orElse(null);
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
    Map<Phase, RoundPhase> existing = new EnumMap<>(Phase.class);
    RoundPhase.<RoundPhase>list("roundId", roundId).forEach(p -> existing.put(p.phase, p));
    for (PhaseInput input : phases) {
      RoundPhase phase = existing.remove(input.code());
      boolean added = phase == null;
      if (added) {
        phase = new RoundPhase();
        phase.roundId = roundId;
        phase.phase = input.code();
      }
      phase.startsAt = input.startsAt().toInstant();
      phase.endsAt = input.endsAt().toInstant();
      if (added) {
        phase.persist();
      }
    }
    existing.values().forEach(RoundPhase::delete);
  }

  /** New defaults apply to every district without an override; refused where more places are used. */
  private void applyDefaultQuotas(Round round) {
    List<RoundDistrictSlot> slots = RoundDistrictSlot.list("roundId = ?1 and overridden = false", round.id);
    if (slots.isEmpty()) {
      return;
    }
    Map<Long, DistrictView> byId = new HashMap<>();
    allDistricts().forEach(d -> byId.put(d.id(), d));
    QuotaDefaults defaults = round.quotaDefaults();
    for (RoundDistrictSlot slot : slots) {
      DistrictView district = byId.get(slot.districtId);
      if (slot.used > defaults.quotaFor(district.kind())) {
        throw new ProblemException(ProblemType.CONFLICT, "round.defaults-below-used", district.name());
      }
    }
    slots.forEach(slot -> slot.quota = defaults.quotaFor(byId.get(slot.districtId).kind()));
  }

  private void ensureSlot(Round round, long districtId, DistrictKind kind) {
    insertSlotIfAbsent(round.id, districtId, round.quotaDefaults().quotaFor(kind));
  }

  /** ON CONFLICT DO NOTHING: parallel first nominations of a district may both try to create its slot. */
  private void insertSlotIfAbsent(long roundId, long districtId, int quota) {
    em.createNativeQuery("""
            insert into round_district_slot (round_id, district_id, quota) values (?1, ?2, ?3)
            on conflict (round_id, district_id) do nothing""")
        .setParameter(1, roundId).setParameter(2, districtId).setParameter(3, quota)
        .executeUpdate();
  }

  /** The conditional update holds the quota: the row lock serialises parallel nominations, and none passes the quota. */
  private int incrementUsedBelowQuota(long roundId, long districtId) {
    return em.createNativeQuery(
            "update round_district_slot set used = used + 1 where round_id = ?1 and district_id = ?2 and used < quota")
        .setParameter(1, roundId).setParameter(2, districtId).executeUpdate();
  }

  /** The counterpart in one statement, never below zero, whatever else is changing the row. */
  private void decrementUsed(long roundId, long districtId) {
    em.createNativeQuery("update round_district_slot set used = used - 1 where round_id = ?1 and district_id = ?2 and used > 0")
        .setParameter(1, roundId).setParameter(2, districtId).executeUpdate();
  }

  /** Every district of the city (a few dozen at most), through the district feature. */
  private List<DistrictView> allDistricts() {
    return districts.list(new DistrictFilter(null, null), new PageRequest(1, Integer.MAX_VALUE / 2, null)).items();
  }

  private void requireFramework(long frameworkId) {
    if (!frameworksById().containsKey(frameworkId)) {
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
