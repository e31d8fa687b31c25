package org.fumin.verdict;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fumin.assessment.AssessmentApi.IndicatorResult;
import org.fumin.assessment.AssessmentApi.ProposalView;
import org.fumin.assessment.AssessmentService;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.auth.Role;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.common.web.ETags;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.nomination.Nomination;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationService.Decided;
import org.fumin.nomination.NominationState;
import org.fumin.programme.DocumentNumber;
import org.fumin.programme.Judging.Outcome;
import org.fumin.programme.VerdictProposal;
import org.fumin.programme.VerdictProposal.Decision;
import org.fumin.round.Round;
import org.fumin.round.RoundService;
import org.fumin.round.RoundState;
import org.fumin.verdict.VerdictApi.CorrectionInput;
import org.fumin.verdict.VerdictApi.IndicatorJudgement;
import org.fumin.verdict.VerdictApi.NominationVerdict;
import org.fumin.verdict.VerdictApi.Publication;
import org.fumin.verdict.VerdictApi.PublicationItem;
import org.fumin.verdict.VerdictApi.RevisionStatus;
import org.fumin.verdict.VerdictApi.RevisionView;
import org.fumin.verdict.VerdictApi.RoundVerdictRow;
import org.fumin.verdict.VerdictApi.RoundVerdicts;
import org.fumin.verdict.VerdictApi.StatusFilter;
import org.fumin.verdict.VerdictApi.VerdictAction;
import org.fumin.verdict.VerdictApi.VerdictInput;

/**
 * Verdicts (考核结论): the city admin confirms the proposal or overrides it with a justification,
 * may change a confirmed verdict until it is published, publishes (which moves the nomination to
 * NAMED or NOT_NAMED and grants titles), and corrects a published verdict with a new revision.
 * Unpublished verdicts are seen by city roles only.
 */
@ApplicationScoped
@Transactional
public class VerdictService {

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject NominationService nominations;
  @Inject AssessmentService assessment;
  @Inject RoundService rounds;
  @Inject TitleService titles;
  @Inject AuditService audit;
  @Inject InstantSource clock;

  // ---- reads -------------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public NominationVerdict get(long nominationId) {
    return view(nominations.find(nominationId));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public RoundVerdicts round(long roundId, Long districtId, StatusFilter status) {
    rounds.find(roundId);
    List<Decided> rows = nominations.assessed(roundId, districtId);
    Map<Long, List<Verdict>> verdicts = revisions(rows.stream().map(Decided::nominationId).toList());
    boolean city = cityReader();
    List<RoundVerdictRow> items = new ArrayList<>();
    for (Decided d : rows) {
      List<RevisionView> visible = visible(verdicts.getOrDefault(d.nominationId(), List.of()));
      RevisionView current = visible.isEmpty() ? null : visible.get(0);
      StatusFilter rowStatus = current == null ? StatusFilter.PENDING
          : current.status() == RevisionStatus.CONFIRMED ? StatusFilter.CONFIRMED : StatusFilter.PUBLISHED;
      if (status != null && status != rowStatus) {
        continue;
      }
      int total = 0;
      int judged = 0;
      int met = 0;
      Decision proposal = null;
      // judgements: city readers always, everyone else once a verdict is published
      if (city || current != null) {
        Nomination n = nominations.find(d.nominationId());
        for (IndicatorResult r : assessment.results(n)) {
          if (r.kind() == IndicatorKind.STANDARD) {
            total++;
            judged += r.outcome() == null ? 0 : 1;
            met += r.outcome() == Outcome.MET ? 1 : 0;
          }
        }
        proposal = city && d.state() == NominationState.SUBMITTED_FOR_ASSESSMENT ? assessment.proposal(n).decision() : null;
      }
      items.add(new RoundVerdictRow(d.nominationId(), d.townshipId(), d.townshipCode(), d.townshipName(), d.districtId(),
          d.districtName(), d.state(), total, judged, met, proposal, current));
    }
    return new RoundVerdicts(roundId, items);
  }

  /** The visible revisions of each nomination, newest first (for history and exports). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<RevisionView>> visibleRevisions(Collection<Long> nominationIds) {
    Map<Long, List<RevisionView>> result = new HashMap<>();
    revisions(nominationIds).forEach((id, rows) -> result.put(id, visible(rows)));
    return result;
  }

  /** A verdict as the dashboards show it: the newest revision the caller may see. */
  public record Standing(Decision decision, RevisionStatus status) {}

  /**
   * The verdicts of many nominations (already scoped by the caller) from one query, as the caller
   * may see them (unpublished ones for city readers only); a nomination without one is absent.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Standing> standings(Collection<Long> nominationIds) {
    Map<Long, Standing> result = new HashMap<>();
    if (nominationIds.isEmpty()) {
      return result;
    }
    Verdict.<Verdict>list("any_of(:ids, nominationId) order by revision desc",
        Parameters.with("ids", AnyOf.ids(nominationIds))).stream()
        .collect(Collectors.groupingBy(v -> v.nominationId))
        .forEach((id, rows) -> visible(rows).stream().findFirst()
            .ifPresent(v -> result.put(id, new Standing(v.decision(), v.status()))));
    return result;
  }

  // ---- changes -----------------------------------------------------------------------------

  /** Confirms (or, before publication, changes) the verdict of a nomination under assessment. */
  public NominationVerdict confirm(long nominationId, String ifMatch, VerdictInput input) {
    Nomination n = nominations.lock(nominationId);
    List<Verdict> rows = rows(n.id);
    Verdict current = rows.isEmpty() ? null : rows.get(0);
    if (current != null && current.publishedAt != null) {
      throw new ProblemException(ProblemType.CONFLICT, "verdict.published");
    }
    if (n.state != NominationState.SUBMITTED_FOR_ASSESSMENT || n.round.state != RoundState.ASSESSMENT) {
      throw new ProblemException(ProblemType.INVALID_TRANSITION, "verdict.not-open",
          new ProblemException.Message("nomination-state." + n.state.name()),
          new ProblemException.Message("round-state." + n.round.state.name()))
          .allowedActions(allowedActions(n, rows).stream().map(Enum::name).toList());
    }
    if (current == null) {
      ETags.checkMatch(ifMatch, 0);
    } else {
      ETags.requireMatch(ifMatch, version(rows));
    }
    VerdictProposal proposal = assessment.proposal(n);
    String justification = blankToNull(input.justification());
    if (input.decision() != proposal.decision() && justification == null) {
      throw ProblemException.invalidField("justification", "verdict.justification-required",
          new ProblemException.Message("verdict-decision." + proposal.decision().name()));
    }
    String document = null;
    LocalDate date = null;
    if (input.decision() == Decision.NAMED || input.documentNumber() != null) {
      document = document(input.documentNumber());
      date = documentDate(input.documentDate());
    }
    NominationVerdict before = current == null ? null : view(n);
    Verdict v = current == null ? new Verdict() : current;
    if (current == null) {
      v.nominationId = n.id;
      v.revision = 1;
    }
    v.decision = input.decision();
    v.proposedDecision = proposal.decision();
    v.justification = justification;
    v.documentNumber = document;
    v.documentDate = date;
    v.confirmedAt = now();
    v.confirmedBy = caller.name();
    if (current == null) {
      v.persist();
    }
    em.flush();
    NominationVerdict after = view(n);
    audit.record(current == null ? "VERDICT_CONFIRMED" : "VERDICT_CHANGED", "NOMINATION", n.id, before, after.verdict());
    return after;
  }

  /**
   * Publishes the confirmed verdicts of a round (all, or those of the listed nominations); with
   * dryRun, only lists them. A verdict whose proposal changed since it was confirmed is listed as
   * such and refuses publication (409) until the city admin confirms it again.
   */
  public Publication publish(long roundId, boolean dryRun, List<Long> nominationIds) {
    Round round = rounds.find(roundId);
    if (round.state != RoundState.ASSESSMENT) {
      throw new ProblemException(ProblemType.CONFLICT, "verdict.publish-round-state",
          new ProblemException.Message("round-state." + round.state.name()));
    }
    if (nominationIds != null && new LinkedHashSet<>(nominationIds).size() != nominationIds.size()) {
      throw ProblemException.invalidField("nominationIds", "verdict.nomination-ids-unique");
    }
    // locked: a concurrent publication waits, then finds these rows published (409, not an optimistic-lock 412)
    List<Verdict> pending = em.createQuery("""
            select v from Verdict v where v.publishedAt is null and v.nominationId in
              (select n.id from Nomination n where n.round.id = :round and n.state = :state)
            order by v.nominationId""", Verdict.class)
        .setParameter("round", roundId).setParameter("state", NominationState.SUBMITTED_FOR_ASSESSMENT)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    pending = pending.stream().filter(v -> v.publishedAt == null).toList();
    if (nominationIds != null && !nominationIds.isEmpty()) {
      Set<Long> wanted = new LinkedHashSet<>(nominationIds);
      Set<Long> found = pending.stream().map(v -> v.nominationId).collect(Collectors.toSet());
      List<String> missing = wanted.stream().filter(id -> !found.contains(id)).map(String::valueOf).toList();
      if (!missing.isEmpty()) {
        throw new ProblemException(ProblemType.CONFLICT, "verdict.publish-not-confirmed", String.join(", ", missing));
      }
      pending = pending.stream().filter(v -> wanted.contains(v.nominationId)).toList();
    }
    if (pending.isEmpty()) {
      throw new ProblemException(ProblemType.CONFLICT, "verdict.nothing-to-publish");
    }
    Map<Long, Decided> places = nominations.byIds(pending.stream().map(v -> v.nominationId).toList());
    Map<Long, Decision> proposals = new HashMap<>();
    pending.forEach(v -> proposals.put(v.nominationId, assessment.proposal(nominations.find(v.nominationId)).decision()));
    List<PublicationItem> items = pending.stream().map(v -> {
      Decided d = places.get(v.nominationId);
      Decision now = proposals.get(v.nominationId);
      return new PublicationItem(v.nominationId, d.townshipCode(), d.townshipName(), d.districtName(), v.decision,
          v.documentNumber, v.documentDate, now != v.proposedDecision, now);
    }).toList();
    if (!dryRun) {
      List<String> changed = items.stream().filter(PublicationItem::proposalChanged)
          .map(i -> i.townshipName() + "（" + i.nominationId() + "）").toList();
      if (!changed.isEmpty()) {
        throw new ProblemException(ProblemType.CONFLICT, "verdict.proposal-changed", String.join("、", changed));
      }
      Instant now = now();
      for (Verdict v : pending) {
        v.publishedAt = now;
        v.publishedBy = caller.name();
        em.flush();
        nominations.decide(v.nominationId, v.decision == Decision.NAMED, v.justification);
        if (v.decision == Decision.NAMED) {
          titles.grant(places.get(v.nominationId), v);
        }
        audit.record("VERDICT_PUBLISHED", "NOMINATION", v.nominationId, null, revision(v, List.of(v)));
      }
    }
    return new Publication(roundId, dryRun, items);
  }

  /** Corrects a published verdict: a new published revision with its reason and document; titles follow. */
  public NominationVerdict correct(long nominationId, String ifMatch, CorrectionInput input) {
    Nomination n = nominations.lock(nominationId);
    List<Verdict> rows = rows(n.id);
    Verdict current = rows.isEmpty() ? null : rows.get(0);
    if (current == null || current.publishedAt == null) {
      throw new ProblemException(ProblemType.CONFLICT, "verdict.not-published");
    }
    ETags.requireMatch(ifMatch, version(rows));
    String document = document(input.documentNumber());
    LocalDate date = documentDate(input.documentDate());
    // a correction is a new document: never the number of an earlier revision of this verdict
    for (Verdict earlier : rows) {
      if (document.equals(earlier.documentNumber)) {
        throw ProblemException.invalidField("documentNumber", "verdict.document-number-reused", document, earlier.revision);
      }
    }
    // not dated before what it corrects, nor (ending a title) before the naming, as for a revocation
    LocalDate earliest = current.documentDate;
    LocalDate namedOn = input.decision() == Decision.NAMED ? null : titles.activeNamedOn(n.id);
    if (namedOn != null && (earliest == null || namedOn.isAfter(earliest))) {
      earliest = namedOn;
    }
    if (earliest != null && date.isBefore(earliest)) {
      throw ProblemException.invalidField("documentDate", "verdict.document-date-before", earliest.toString());
    }
    NominationVerdict before = view(n);
    Instant now = now();
    Verdict v = new Verdict();
    v.nominationId = n.id;
    v.revision = current.revision + 1;
    v.decision = input.decision();
    v.proposedDecision = current.proposedDecision;
    v.justification = current.justification;
    v.documentNumber = document;
    v.documentDate = date;
    v.correctionReason = input.reason().strip();
    v.confirmedAt = now;
    v.confirmedBy = caller.name();
    v.publishedAt = now;
    v.publishedBy = caller.name();
    v.persist();
    em.flush();
    if (v.decision != current.decision) {
      nominations.decide(n.id, v.decision == Decision.NAMED, v.correctionReason);
    }
    Decided place = nominations.byIds(List.of(n.id)).get(n.id);
    titles.follow(place, v);
    NominationVerdict after = view(n);
    audit.record("VERDICT_CORRECTED", "NOMINATION", n.id, before.verdict(), after.verdict());
    return after;
  }

  // ---- views -------------------------------------------------------------------------------

  private NominationVerdict view(Nomination n) {
    List<Verdict> rows = rows(n.id);
    List<RevisionView> visible = visible(rows);
    boolean city = cityReader();
    ProposalView proposal = city && n.state == NominationState.SUBMITTED_FOR_ASSESSMENT ? assessment.proposalView(n) : null;
    // the judgements behind the verdict: city readers always, everyone else once it is published
    List<IndicatorJudgement> judgements = city || !visible.isEmpty()
        ? assessment.results(n).stream().filter(r -> r.kind() == IndicatorKind.STANDARD)
            .map(r -> new IndicatorJudgement(r.indicatorCode(), r.title(), r.outcome(), r.value())).toList()
        : null;
    // the version counts only what the caller may see: unpublished changes stay invisible to others
    List<Verdict> counted = city ? rows : rows.stream().filter(v -> v.publishedAt != null).toList();
    return new NominationVerdict(n.id, n.round.id, n.round.year, n.township.id, n.township.code, n.township.name,
        n.districtId, n.township.district.name, n.state, proposal, visible.isEmpty() ? null : visible.get(0), visible,
        judgements, allowedActions(n, rows), version(counted));
  }

  private List<VerdictAction> allowedActions(Nomination n, List<Verdict> rows) {
    if (caller.role() != Role.CITY_ADMIN) {
      return List.of();
    }
    Verdict current = rows.isEmpty() ? null : rows.get(0);
    if (current != null && current.publishedAt != null) {
      return List.of(VerdictAction.CORRECT);
    }
    if (n.state != NominationState.SUBMITTED_FOR_ASSESSMENT || n.round.state != RoundState.ASSESSMENT) {
      return List.of();
    }
    return current == null ? List.of(VerdictAction.CONFIRM) : List.of(VerdictAction.CHANGE, VerdictAction.PUBLISH);
  }

  /** The revisions the caller may see, newest first: city roles all, others the published ones. */
  private List<RevisionView> visible(List<Verdict> newestFirst) {
    boolean city = cityReader();
    return newestFirst.stream().filter(v -> city || v.publishedAt != null).map(v -> revision(v, newestFirst)).toList();
  }

  private static RevisionView revision(Verdict v, List<Verdict> all) {
    boolean superseded = v.publishedAt != null
        && all.stream().anyMatch(o -> o.revision > v.revision && o.publishedAt != null);
    RevisionStatus status = v.publishedAt == null ? RevisionStatus.CONFIRMED
        : superseded ? RevisionStatus.SUPERSEDED : RevisionStatus.PUBLISHED;
    return new RevisionView(v.revision, v.decision, v.proposedDecision, v.decision != v.proposedDecision, v.justification,
        v.documentNumber, v.documentDate, v.correctionReason, status, v.confirmedAt, v.confirmedBy, v.publishedAt,
        v.publishedBy);
  }

  /** City roles (and city-wide viewers) see proposals and unpublished verdicts. */
  boolean cityReader() {
    return caller.isUser() && (caller.role() == Role.CITY_ADMIN || caller.role() == Role.CITY_ASSESSOR
        || (caller.role() == Role.VIEWER && caller.seesWholeCity()));
  }

  /** A version that grows with every change of any revision: the ETag of the verdict. */
  private static long version(List<Verdict> rows) {
    return rows.stream().mapToLong(v -> v.version + 1).sum();
  }

  private List<Verdict> rows(long nominationId) {
    return Verdict.list("nominationId = ?1 order by revision desc", nominationId);
  }

  private Map<Long, List<Verdict>> revisions(Collection<Long> nominationIds) {
    if (nominationIds.isEmpty()) {
      return Map.of();
    }
    return Verdict.<Verdict>list("nominationId in ?1 order by revision desc", nominationIds).stream()
        .collect(Collectors.groupingBy(v -> v.nominationId));
  }

  private String document(String text) {
    return DocumentNumber.parse(text, Shanghai.today(clock).getYear()).map(DocumentNumber::toString)
        .orElseThrow(() -> ProblemException.invalidField("documentNumber", "verdict.document-number-invalid"));
  }

  private LocalDate documentDate(LocalDate date) {
    if (date == null || date.isAfter(Shanghai.today(clock))) {
      throw ProblemException.invalidField("documentDate", "verdict.document-date-invalid");
    }
    return date;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
