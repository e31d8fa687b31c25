package org.fumin.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.paging.Where;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.ETags;
import org.fumin.nomination.NominationApi.NominationFilter;
import org.fumin.nomination.NominationApi.NominationRow;
import org.fumin.nomination.NominationApi.NominationView;
import org.fumin.notification.NotificationService;
import org.fumin.notification.NotificationService.Subject;
import org.fumin.plan.PlanService;
import org.fumin.programme.NominationAction;
import org.fumin.programme.PlanChange;
import org.fumin.programme.PlanStatus;
import org.fumin.round.Deadlines;
import org.fumin.round.Deadlines.Deadline;
import org.fumin.round.Deadlines.RoundTownship;
import org.fumin.round.Round;
import org.fumin.round.RoundService;
import org.fumin.round.RoundState;
import org.fumin.township.Township;
import org.fumin.township.TownshipService;

/**
 * Nominations within quota and their state machine. Every answer carries the actions the caller
 * may take now, computed from {@link NominationAction}'s table, the round's state and deadlines.
 */
@ApplicationScoped
@Transactional
public class NominationService {

  private static final Map<String, String> SORTS = Map.of(
      "township", "t.code", "district", "d.code, t.code", "state", "n.state", "createdAt", "n.createdAt");

  @Inject ProvincialRanking provincialRanking;
  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject RoundService rounds;
  @Inject Deadlines deadlines;
  @Inject TownshipService townships;
  @Inject NotificationService notifications;
  @Inject PlanService plans;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<NominationView> list(NominationFilter filter, PageRequest paging) {
    Where where = where(filter);
    Page<Listed> page = where.project(Listed.class, """
            n.id, r.id, r.year, r.state, t.id, t.code, t.name, d.id, d.name, n.state, n.provincialCandidate,
            n.returnReason, n.decisionReason, n.version, n.createdAt, n.updatedAt""",
        "from Nomination n join n.township t join t.district d join n.round r",
        "from Nomination n join n.township t", paging.orderBy(SORTS, "township", "n.id"), paging);
    Map<RoundTownship, List<Deadline>> dates = deadlines.forTownships(
        page.items().stream().map(n -> new RoundTownship(n.roundId(), n.townshipId())).toList());
    Map<Long, PlanStatus> planStatuses = plans.statuses(page.items().stream().map(Listed::id).toList());
    Map<Long, Set<String>> authors = authorsUnderReview(planStatuses);
    return page.map(n -> {
      List<Deadline> due = dates.get(new RoundTownship(n.roundId(), n.townshipId()));
      return new NominationView(n.id(), n.roundId(), n.roundYear(), n.roundState(), n.townshipId(), n.townshipCode(),
          n.townshipName(), n.districtId(), n.districtName(), n.state(), n.provincialCandidate(), n.returnReason(),
          n.decisionReason(), allowedActions(n.state(), n.provincialCandidate(), n.roundState(), due, planStatuses.get(n.id()),
              authors.getOrDefault(n.id(), Set.of())),
          due, n.version(), n.createdAt(), n.updatedAt());
    });
  }

  /** The columns of {@link NominationRow}, in the order of its constructor. */
  private static final String ROW = "n.id, r.year, t.code, t.name, d.name, n.state, n.provincialCandidate, n.updatedAt";

  /**
   * Every nomination of the list under {@code filter} (the caller's scope applies as in {@link #list})
   * as flat rows, by township code, handed on {@code size} rows at a time: keyset pages, no offset,
   * no count, no entities, so an export of any length reads each row once and holds one page.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void forEachPage(NominationFilter filter, int size, java.util.function.Consumer<List<NominationRow>> sink) {
    where(filter).keyset(NominationRow.class, ROW, "from Nomination n join n.round r join n.township t join t.district d",
        List.of("t.code", "n.id"), n -> List.of(n.townshipCode(), n.id()), size, sink);
  }

  private Where where(NominationFilter filter) {
    Where where = new Where()
        .equal("n.round.id", "roundId", filter.roundId())
        .equal("n.districtId", "districtId", filter.districtId())
        .equal("n.state", "state", filter.state())
        .equal("n.provincialCandidate", "candidate", filter.provincialCandidate())
        .equal("t.code", "townshipCode", filter.townshipCode())
        .equal("t.district.code", "districtCode", filter.districtCode())
        .atLeast("n.updatedAt", "updatedSince", filter.updatedSince())
        .contains(filter.q(), "lower(t.name) like :q or t.code like :q")
        .equal("t.id", "scopeTownship", caller.townshipScope());
    if (caller.townshipScope() == null) {
      where.equal("n.districtId", "scopeDistrict", caller.districtScope());
    }
    return where;
  }

  /** A nomination as a page of the list reads it: a projection, no entity is loaded. */
  public record Listed(long id, long roundId, int roundYear, RoundState roundState, long townshipId, String townshipCode,
      String townshipName, long districtId, String districtName, NominationState state, boolean provincialCandidate,
      String returnReason, String decisionReason, long version, Instant createdAt, Instant updatedAt) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public NominationView get(long id) {
    return view(find(id));
  }

  /** The township a nomination input names, by id or by code (exactly one). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long townshipOf(org.fumin.nomination.NominationApi.NominationInput input) {
    if ((input.townshipId() == null) == (input.townshipCode() == null)) {
      throw ProblemException.invalidField("townshipId", "nomination.township-id-or-code");
    }
    if (input.townshipId() != null) {
      return input.townshipId();
    }
    Long id = townships.idOfCode(input.townshipCode());
    if (id == null) {
      throw ProblemException.invalidField("townshipCode", "nomination.township-unknown", input.townshipCode());
    }
    return id;
  }

  /** The townships nominated in a round and not withdrawn, for imports that must not nominate twice. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Set<Long> nominatedTownships(long roundId) {
    return new java.util.HashSet<>(em.createQuery(
        "select n.township.id from Nomination n where n.round.id = :round and n.state <> :withdrawn", Long.class)
        .setParameter("round", roundId).setParameter("withdrawn", NominationState.WITHDRAWN).getResultList());
  }

  /** Nominates a township of the caller's district, taking one of the district's places. */
  public NominationView create(long roundId, long townshipId) {
    Round round = rounds.find(roundId);
    Township township;
    try {
      township = townships.find(townshipId);
    } catch (ProblemException e) {
      throw ProblemException.invalidField("townshipId", "nomination.township-unknown", townshipId);
    }
    if (round.state != RoundState.OPEN) {
      throw new ProblemException(ProblemType.CONFLICT, "nomination.round-not-open", new ProblemException.Message("round-state." + round.state));
    }
    deadlines.require(round.id, township.id, NominationAction.NOMINATING_CLOSES_WITH);
    if (Nomination.count("round = ?1 and township = ?2 and state <> ?3", round, township, NominationState.WITHDRAWN) > 0) {
      throw new ProblemException(ProblemType.DUPLICATE, "nomination.duplicate", township.name);
    }
    rounds.takePlace(round, township.district.id);
    Nomination nomination = new Nomination();
    nomination.round = round;
    nomination.township = township;
    nomination.districtId = township.district.id;
    nomination.persistAndFlush();
    NominationView created = view(nomination);
    audit.record("NOMINATION_CREATED", "NOMINATION", nomination.id, null, created);
    notifications.nominationChanged(subject(nomination), null);
    return created;
  }

  /** Takes an action: refused with 409 when the state, the round or a deadline does not allow it. */
  public NominationView act(long id, String ifMatch, NominationAction action, String reason) {
    Nomination nomination = lock(id);
    ETags.checkMatch(ifMatch, nomination.version);
    check(nomination, action);
    if ((action == NominationAction.SELECT_PROVINCIAL || action == NominationAction.DESELECT_PROVINCIAL)
        && provincialRanking.confirmed(nomination.round.id)) {
      throw new ProblemException(ProblemType.CONFLICT, "ranking.confirmed-candidates");
    }
    if ((action == NominationAction.SUBMIT_PLAN || action == NominationAction.SUBMIT_PLAN_CHANGE) && !planComplete(nomination.id)) {
      throw new ProblemException(ProblemType.CONFLICT, "nomination.plan-incomplete");
    }
    NominationView before = view(nomination);
    nomination.state = action.target(nomination.state);
    switch (action) {
      case RETURN_PLAN, RETURN_PLAN_CHANGE -> nomination.returnReason = reason.strip();
      case APPROVE_PLAN, APPROVE_PLAN_CHANGE -> nomination.returnReason = null; // the return is over; the revisions keep it
      case WITHDRAW -> {
        nomination.decisionReason = reason.strip();
        nomination.provincialCandidate = false;
        rounds.freePlace(nomination.round.id, nomination.districtId);
      }
      case SELECT_PROVINCIAL -> nomination.provincialCandidate = true;
      case DESELECT_PROVINCIAL -> nomination.provincialCandidate = false;
      default -> { }
    }
    if (action.reviewsPlan()) {
      plans.review(nomination.id, action, reason);
      // a change's review leaves the state as it is; the nomination still changed (its actions did)
      nomination.touch();
    }
    em.flush();
    NominationView after = view(nomination);
    audit.record("NOMINATION_" + action.name(), "NOMINATION", nomination.id, before, after);
    if (before.state() != after.state()) {
      notifications.nominationChanged(subject(nomination), action == NominationAction.RETURN_PLAN ? nomination.returnReason : null);
    }
    return after;
  }

  /**
   * Moves a nomination to NAMED or NOT_NAMED because its verdict was published (or corrected); the
   * verdict feature calls this, no request does directly. Audited and notified like an action.
   */
  public NominationView decide(long id, boolean named, String reason) {
    Nomination nomination = lock(id);
    if (!NominationAction.decidable(nomination.state)) {
      throw new ProblemException(ProblemType.INVALID_TRANSITION, "nomination.invalid-transition",
          new ProblemException.Message(named ? "verdict-decision.NAMED" : "verdict-decision.NOT_NAMED"),
          new ProblemException.Message("nomination-state." + nomination.state.name()))
          .allowedActions(allowedActions(nomination).stream().map(Enum::name).toList());
    }
    NominationView before = view(nomination);
    nomination.state = NominationAction.decidedBy(named);
    nomination.decisionReason = named || reason == null ? null : reason.strip();
    nomination.touch();
    em.flush();
    NominationView after = view(nomination);
    audit.record(named ? "NOMINATION_NAMED" : "NOMINATION_NOT_NAMED", "NOMINATION", nomination.id, before, after);
    if (before.state() != after.state()) {
      notifications.nominationChanged(subject(nomination), null);
    }
    return after;
  }

  /**
   * Puts a nomination straight into a state, outside the state machine: for seeding a fresh
   * installation (the demo data), never for a request. Audited.
   */
  public void seedState(long id, NominationState state, String submittedBy, String approvedBy) {
    Nomination nomination = lock(id);
    NominationView before = view(nomination);
    nomination.state = state;
    plans.seedReview(id, state, submittedBy, approvedBy);
    em.flush();
    audit.record("NOMINATION_SEEDED", "NOMINATION", nomination.id, before, view(nomination));
  }

  /**
   * Refuses an action the nomination's state, its round's state or the caller's role does not
   * allow (409 {@code invalid-transition} naming the allowed ones), or whose phase has closed for
   * the township (409 {@code deadline-passed}).
   */
  public void check(Nomination nomination, NominationAction action) {
    boolean stateAllows = caller.role() != null && action.allows(caller.role())
        && action.applies(nomination.state, nomination.provincialCandidate, nomination.round.state);
    if (!stateAllows || !action.applies(nomination.state, nomination.provincialCandidate, nomination.round.state,
        plans.status(nomination.id))) {
      String planReason = stateAllows ? planRefusal(action) : null;
      ProblemException refusal = planReason != null ? new ProblemException(ProblemType.INVALID_TRANSITION, planReason)
          : new ProblemException(ProblemType.INVALID_TRANSITION, "nomination.invalid-transition",
              new ProblemException.Message("nomination-action." + action.name()),
              new ProblemException.Message("nomination-state." + nomination.state.name()));
      throw refusal.allowedActions(allowedActions(nomination).stream().map(Enum::name).toList());
    }
    if (action.deadline() != null) {
      deadlines.require(nomination.round.id, nomination.township.id, action.deadline());
    }
  }

  /**
   * Why the plan's review refuses an action the nomination's state would allow, when the state
   * name alone would mislead: a plan under review cannot be edited, and a nomination whose plan
   * change is not approved cannot go to the assessment. Null for the other actions.
   */
  private static String planRefusal(NominationAction action) {
    return switch (action) {
      case EDIT_PLAN -> "plan.under-review";
      case SUBMIT_FOR_ASSESSMENT -> "nomination.plan-change-unapproved";
      default -> null;
    };
  }

  /** The nomination with this id, locked for a change; 404 outside the caller's scope. */
  public Nomination lock(long id) {
    Nomination nomination = find(id);
    em.lock(nomination, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(nomination);
    return nomination;
  }

  /** The nomination with this id; 404 when there is none or it lies outside the caller's scope. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Nomination find(long id) {
    Nomination nomination = Nomination.<Nomination>find(
            "from Nomination n join fetch n.township t join fetch t.district join fetch n.round where n.id = ?1", id)
        .firstResultOptional()
        .orElseThrow(() -> ProblemException.notFound("entity.nomination", id));
    if (!caller.mayUseTownship(nomination.township.id, nomination.districtId)) {
      throw ProblemException.notFound("entity.nomination", id);
    }
    return nomination;
  }

  /** What the caller may do to the nomination now. */
  public List<NominationAction> allowedActions(Nomination nomination) {
    PlanStatus plan = plans.status(nomination.id);
    return allowedActions(nomination.state, nomination.provincialCandidate, nomination.round.state,
        deadlines.forTownship(nomination.round.id, nomination.township.id), plan,
        authorsUnderReview(Map.of(nomination.id, plan)).getOrDefault(nomination.id, Set.of()));
  }

  /**
   * The authors of the plans under review among these nominations, fetched only when the caller
   * could approve one (one query for a whole page): an author is not offered the approval.
   */
  private Map<Long, Set<String>> authorsUnderReview(Map<Long, PlanStatus> planStatuses) {
    if (caller.role() == null || Arrays.stream(NominationAction.values()).noneMatch(a -> a.approvesPlan() && a.allows(caller.role()))) {
      return Map.of();
    }
    return plans.authorsUnderReview(planStatuses.entrySet().stream()
        .filter(e -> e.getValue().underReview()).map(Map.Entry::getKey).toList());
  }

  private List<NominationAction> allowedActions(NominationState state, boolean provincialCandidate, RoundState roundState,
      List<Deadline> dates, PlanStatus plan, Set<String> authorsUnderReview) {
    if (caller.role() == null) {
      return List.of();
    }
    return Arrays.stream(NominationAction.values())
        .filter(a -> a.allows(caller.role()))
        .filter(a -> a.applies(state, provincialCandidate, roundState, plan))
        .filter(a -> a.deadline() == null || dates.stream().noneMatch(d -> d.phase() == a.deadline() && d.passed()))
        .filter(a -> !a.approvesPlan() || PlanChange.mayApprove(caller.name(), authorsUnderReview))
        .toList();
  }

  private NominationView view(Nomination n) {
    PlanStatus plan = plans.status(n.id);
    List<Deadline> dates = deadlines.forTownship(n.round.id, n.township.id);
    Township t = n.township;
    return new NominationView(n.id, n.round.id, n.round.year, n.round.state, t.id, t.code, t.name, t.district.id,
        t.district.name, n.state, n.provincialCandidate, n.returnReason, n.decisionReason,
        allowedActions(n.state, n.provincialCandidate, n.round.state, dates, plan,
            authorsUnderReview(Map.of(n.id, plan)).getOrDefault(n.id, Set.of())),
        dates, n.version, n.createdAt, n.updatedAt);
  }

  /** Submitting needs a complete plan; what complete means is the plan feature's rule. */
  private boolean planComplete(long nominationId) {
    return plans.isComplete(nominationId);
  }

  private static Subject subject(Nomination n) {
    return new Subject(n.id, n.round.id, n.township.id, n.districtId, n.township.name, n.state);
  }

  /** A provincial candidate of a round: which district picked which township. */
  public record Candidate(long districtId, long nominationId, long townshipId, String townshipName) {}

  /** The provincial candidates of a round (withdrawn nominations are none), by township code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Candidate> provincialCandidates(long roundId) {
    return em.createQuery("""
            select n.districtId, n.id, t.id, t.name from Nomination n join n.township t
            where n.round.id = :round and n.provincialCandidate = true and n.state <> :withdrawn order by t.code""",
            Candidate.class)
        .setParameter("round", roundId).setParameter("withdrawn", NominationState.WITHDRAWN).getResultList();
  }

  /** A nomination as the verdict feature reads it. */
  public record Decided(Long nominationId, Long roundId, Integer roundYear, Long frameworkId, Long townshipId, String townshipCode,
      String townshipName, Long districtId, String districtCode, String districtName, NominationState state,
      Boolean provincialCandidate) {}

  private static final String DECIDED = """
      select n.id, r.id, r.year, r.frameworkId, t.id, t.code, t.name, d.id, d.code, d.name, n.state, n.provincialCandidate
      from Nomination n join n.round r join n.township t join t.district d """;

  /** A round's nominations submitted for assessment or decided, within the caller's scope, by township code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Decided> assessed(long roundId, Long districtId) {
    Where where = new Where()
        .equal("r.id", "roundId", roundId)
        .equal("n.districtId", "districtId", districtId)
        .equal("t.id", "scopeTownship", caller.townshipScope());
    if (caller.townshipScope() == null) {
      where.equal("n.districtId", "scopeDistrict", caller.districtScope());
    }
    where.in("n.state", "assessed", java.util.EnumSet.of(NominationState.SUBMITTED_FOR_ASSESSMENT,
        NominationState.NAMED, NominationState.NOT_NAMED));
    jakarta.persistence.TypedQuery<Decided> query = em.createQuery(DECIDED + where.clause() + " order by t.code", Decided.class);
    where.bindTo(query);
    return query.getResultList();
  }

  /** A township's nominations across rounds (withdrawn ones too), oldest round first; not scoped (the caller checks). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Decided> ofTownship(long townshipId) {
    return em.createQuery(DECIDED + " where t.id = :township order by r.year, n.id", Decided.class)
        .setParameter("township", townshipId).getResultList();
  }

  /** These nominations, not scoped (the caller checks). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Decided> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(DECIDED + " where any_of(:ids, n.id)", Decided.class).setParameter("ids", AnyOf.ids(ids)).getResultStream()
        .collect(java.util.stream.Collectors.toMap(Decided::nominationId, x -> x));
  }

  /** A nomination a deadline may concern, with what deciding and addressing a reminder needs. */
  public record Pending(long nominationId, long roundId, RoundState roundState, long townshipId, long districtId,
      String townshipName, NominationState state) {}

  /** The nominations in these states, in rounds in these states (the reminder run's candidates). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Pending> pending(Collection<NominationState> states, Collection<RoundState> roundStates) {
    return em.createQuery("""
            select n.id, r.id, r.state, t.id, n.districtId, t.name, n.state
            from Nomination n join n.round r join n.township t
            where n.state in :states and r.state in :roundStates order by n.id""", Pending.class)
        .setParameter("states", states).setParameter("roundStates", roundStates).getResultList();
  }
}
