package org.fumin.assessment;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fumin.assessment.AssessmentApi.AssessmentView;
import org.fumin.assessment.AssessmentApi.AttachmentRef;
import org.fumin.assessment.AssessmentApi.IndicatorAssessment;
import org.fumin.assessment.AssessmentApi.IndicatorResult;
import org.fumin.assessment.AssessmentApi.JudgementInput;
import org.fumin.assessment.AssessmentApi.JudgementList;
import org.fumin.assessment.AssessmentApi.JudgementView;
import org.fumin.assessment.AssessmentApi.ProposalView;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.auth.Role;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.evidence.EvidenceApi.BonusType;
import org.fumin.evidence.EvidenceApi.EvidenceMetric;
import org.fumin.evidence.EvidenceService;
import org.fumin.evidence.EvidenceService.AcceptedEvidence;
import org.fumin.evidence.EvidenceService.Definition;
import org.fumin.evidence.EvidenceState;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.nomination.Nomination;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationState;
import org.fumin.programme.DocumentNumber;
import org.fumin.programme.Judging;
import org.fumin.programme.Judging.Outcome;
import org.fumin.programme.Judging.Suggestion;
import org.fumin.programme.VerdictProposal;
import org.fumin.round.RoundApi.PhaseView;
import org.fumin.round.RoundService;
import org.fumin.round.RoundState;
import org.fumin.user.UserService;
import org.fumin.user.UserService.UserRef;

/**
 * Year-end acceptance (考核验收): the judgement form (accepted evidence, threshold checks,
 * suggestions), city assessors' judgements (insert-only), the outcome that counts per indicator
 * and the verdict the system proposes from them. The verdict feature asks for proposals here.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

  @Inject Caller caller;
  @Inject NominationService nominations;
  @Inject EvidenceService evidence;
  @Inject RoundService rounds;
  @Inject AuditService audit;
  @Inject AssessmentConfig config;
  @Inject InstantSource clock;
  @Inject UserService users;

  /** One indicator worked out: the accepted evidence, its suggestion, each assessor's latest judgement and the agreed outcome. */
  private record Worked(AcceptedEvidence evidence, Suggestion suggestion, List<Judgement> latest, Outcome agreed) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public AssessmentView form(long nominationId) {
    Nomination n = nominations.find(nominationId);
    requireReadable(n);
    List<Worked> worked = work(n);
    List<IndicatorAssessment> indicators = new ArrayList<>();
    for (Worked w : worked) {
      AcceptedEvidence e = w.evidence();
      Judgement mine = w.latest().stream().filter(j -> j.assessorId == caller.id() && caller.isUser()).findFirst().orElse(null);
      indicators.add(new IndicatorAssessment(e.definition().code(), e.definition().kind(), e.definition().categoryCode(),
          e.definition().categoryTitle(), e.definition().title(), e.definition().glossEn(), e.state(), e.acceptedRevision(),
          e.selfAssessment(), e.statement(), e.narrative(), e.bonus(), e.metrics(),
          e.attachments().stream().map(a -> new AttachmentRef(a.id(), a.fileName())).toList(),
          w.suggestion().check(), w.suggestion().outcome(), w.suggestion().comment(), e.supplementUntil(),
          w.latest().stream().map(JudgementView::from).toList(), mine == null ? null : JudgementView.from(mine), w.agreed(),
          Judging.opinions(w.latest().stream().map(j -> j.outcome).toList())));
    }
    return new AssessmentView(n.id, n.round.id, n.round.year, n.round.state, n.township.id, n.township.code, n.township.name,
        n.districtId, n.township.district.name, n.state, requiredOpinions(), canJudge(n), indicators,
        proposalView(worked));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public JudgementList history(long nominationId, String indicatorCode) {
    Nomination n = nominations.find(nominationId);
    requireReadable(n);
    String code = evidence.canonicalCode(n, indicatorCode);
    return new JudgementList(Judgement.<Judgement>list("nominationId = ?1 and indicatorCode = ?2 order by id desc", n.id, code)
        .stream().map(JudgementView::from).toList());
  }

  /** Records a judgement (a new revision); NEEDS_SUPPLEMENT returns the indicator's evidence to the township. */
  public JudgementView judge(long nominationId, String indicatorCode, JudgementInput input) {
    Nomination n = nominations.lock(nominationId);
    String code = evidence.canonicalCode(n, indicatorCode);
    if (!canJudge(n)) {
      throw new ProblemException(ProblemType.INVALID_TRANSITION, "assessment.not-open",
          new ProblemException.Message("nomination-state." + n.state.name()),
          new ProblemException.Message("round-state." + n.round.state.name()));
    }
    Worked w = work(n).stream().filter(x -> x.evidence().definition().code().equals(code)).findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.indicator", indicatorCode));
    boolean bonus = w.evidence().definition().kind() == IndicatorKind.BONUS;
    if (input.outcome().forBonus() != bonus) {
      throw ProblemException.invalidField("outcome", bonus ? "assessment.outcome-bonus" : "assessment.outcome-standard");
    }
    String comment = blankToNull(input.comment());
    String justification = blankToNull(input.justification());
    if (input.outcome() != w.suggestion().outcome() && justification == null) {
      throw ProblemException.invalidField("justification", "assessment.justification-required",
          new ProblemException.Message("judgement-outcome." + w.suggestion().outcome().name()));
    }
    LocalDate until = null;
    if (input.outcome() == Outcome.NEEDS_SUPPLEMENT) {
      if (comment == null) {
        throw ProblemException.invalidField("comment", "assessment.supplement-reason-required");
      }
      LocalDate today = Shanghai.today(clock);
      LocalDate last = assessmentEnd(n.round.id);
      if (input.supplementUntil() == null || input.supplementUntil().isBefore(today)
          || (last != null && input.supplementUntil().isAfter(last))) {
        throw ProblemException.invalidField("supplementUntil", "assessment.supplement-until-range", today.toString(),
            last == null ? "" : last.toString());
      }
      until = input.supplementUntil();
    }
    String document = null;
    if (input.outcome() == Outcome.RECOGNISED) {
      if (w.evidence().state() != EvidenceState.ACCEPTED) {
        throw new ProblemException(ProblemType.CONFLICT, "assessment.bonus-not-accepted");
      }
      boolean commendation = w.evidence().bonus() != null
          && w.evidence().bonus().entries().stream().anyMatch(e -> e.type() == BonusType.COMMENDATION);
      if (commendation || input.documentNumber() != null) {
        document = DocumentNumber.parse(input.documentNumber(), Shanghai.today(clock).getYear()).map(DocumentNumber::toString)
            .orElseThrow(() -> ProblemException.invalidField("documentNumber", "assessment.document-number-invalid"));
      }
    }
    Judgement j = new Judgement();
    j.nominationId = n.id;
    j.indicatorCode = code;
    j.outcome = input.outcome();
    j.suggestedOutcome = w.suggestion().outcome();
    j.comment = comment;
    j.justification = justification;
    j.supplementUntil = until;
    j.documentNumber = document;
    j.assessorId = caller.id();
    j.assessor = caller.name();
    UserRef self = users.byUsernames(List.of(caller.name())).get(caller.name());
    j.assessorName = self == null ? null : self.displayName();
    j.judgedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    j.persistAndFlush();
    JudgementView view = JudgementView.from(j);
    audit.record("JUDGEMENT_RECORDED", "NOMINATION", n.id, null, view);
    if (until != null) {
      evidence.returnForSupplement(n, code, comment, until);
    }
    return view;
  }

  /** The verdict the system proposes for a nomination now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public VerdictProposal proposal(Nomination n) {
    return proposal(work(n));
  }

  /** The proposal as the API shows it, with the figures behind its reasons. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ProposalView proposalView(Nomination n) {
    return proposalView(work(n));
  }

  private static ProposalView proposalView(List<Worked> worked) {
    Map<String, List<EvidenceMetric>> figures = new HashMap<>();
    worked.forEach(w -> figures.put(w.evidence().definition().code(), w.evidence().metrics()));
    return ProposalView.from(proposal(worked), figures);
  }

  /** Each indicator's agreed outcome (null while pending) and first accepted metric value, in framework order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<IndicatorResult> results(Nomination n) {
    return work(n).stream().map(w -> new IndicatorResult(w.evidence().definition().code(), w.evidence().definition().title(),
        w.evidence().definition().kind(), w.agreed(),
        w.evidence().metrics().isEmpty() ? null : w.evidence().metrics().get(0).value())).toList();
  }

  /** The bonus items of each nomination whose agreed outcome is RECOGNISED. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<String>> recognisedBonus(Collection<Long> nominationIds) {
    Map<Long, List<String>> result = new HashMap<>();
    if (nominationIds.isEmpty()) {
      return result;
    }
    Map<Long, Map<String, List<Judgement>>> latest = latestOf(nominationIds);
    latest.forEach((nomination, byCode) -> byCode.forEach((code, judgements) -> {
      Outcome agreed = Judging.agreed(judgements.stream().map(j -> j.outcome).toList(), requiredOpinions()).orElse(null);
      if (agreed == Outcome.RECOGNISED) {
        result.computeIfAbsent(nomination, k -> new ArrayList<>()).add(code);
      }
    }));
    return result;
  }

  /**
   * By nomination and bonus-item code, the judged items' outcome that counts (empty while the
   * assessors do not agree); items nobody has judged are absent.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Map<String, java.util.Optional<Outcome>>> judgedBonus(Collection<Long> nominationIds) {
    Map<Long, Map<String, java.util.Optional<Outcome>>> result = new HashMap<>();
    if (nominationIds.isEmpty()) {
      return result;
    }
    Map<Long, Map<String, List<Judgement>>> latest = latestOf(nominationIds);
    latest.forEach((nomination, byCode) -> byCode.forEach((code, judgements) -> {
      if (judgements.get(0).outcome.forBonus()) {
        result.computeIfAbsent(nomination, k -> new HashMap<>())
            .put(code, Judging.agreed(judgements.stream().map(j -> j.outcome).toList(), requiredOpinions()));
      }
    }));
    return result;
  }

  /**
   * A nomination's judgements for the dashboards: its standard indicators by agreed outcome (pending:
   * no agreed outcome yet), the verdict they propose once every one is agreed (null before), and the
   * bonus items recognised.
   */
  public record JudgementFigures(int met, int notMet, int needsSupplement, int pending, VerdictProposal.Decision proposal,
      List<String> recognisedBonus) {}

  /**
   * Whether the caller reads judgements before publication (as the assessment form allows): city
   * roles and city-wide viewers, as for unpublished verdicts.
   */
  public boolean readsJudgements() {
    return caller.isUser() && (caller.role() == Role.CITY_ADMIN || caller.role() == Role.CITY_ASSESSOR
        || (caller.role() == Role.VIEWER && caller.seesWholeCity()));
  }

  /** A viewer confined to a district reads a nomination's judgements only once its verdict is published (409 before: a matter of its state). */
  private void requireReadable(Nomination n) {
    boolean published = n.state == NominationState.NAMED || n.state == NominationState.NOT_NAMED;
    if (!readsJudgements() && !published) {
      throw new ProblemException(ProblemType.CONFLICT, "assessment.unpublished-hidden");
    }
  }

  /**
   * The judgement figures of the nominations (of one framework, already scoped by the caller) that
   * have any judgement, from one query; empty for callers who do not read judgements.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, JudgementFigures> figures(long frameworkId, Collection<Long> nominationIds) {
    Map<Long, JudgementFigures> result = new HashMap<>();
    if (nominationIds.isEmpty() || !readsJudgements()) {
      return result;
    }
    Map<Long, Map<String, List<Judgement>>> latest = latestOf(nominationIds);
    if (latest.isEmpty()) {
      return result;
    }
    List<Definition> definitions = evidence.definitions(frameworkId);
    latest.forEach((nomination, byCode) -> {
      List<VerdictProposal.Indicator> standard = new ArrayList<>();
      List<String> bonus = new ArrayList<>();
      for (Definition d : definitions) {
        Outcome agreed = Judging.agreed(byCode.getOrDefault(d.code(), List.of()).stream().map(j -> j.outcome).toList(),
            requiredOpinions()).orElse(null);
        if (d.kind() == IndicatorKind.STANDARD) {
          standard.add(new VerdictProposal.Indicator(d.code(), d.title(), agreed, null));
        } else if (agreed == Outcome.RECOGNISED) {
          bonus.add(d.code());
        }
      }
      VerdictProposal proposal = VerdictProposal.of(standard);
      result.put(nomination, new JudgementFigures(count(standard, Outcome.MET), count(standard, Outcome.NOT_MET),
          count(standard, Outcome.NEEDS_SUPPLEMENT), count(standard, null),
          proposal.complete() ? proposal.decision() : null, List.copyOf(bonus)));
    });
    return result;
  }

  private static int count(List<VerdictProposal.Indicator> indicators, Outcome outcome) {
    return (int) indicators.stream().filter(i -> i.agreed() == outcome).count();
  }

  public int requiredOpinions() {
    return Math.min(2, Math.max(1, config.requiredOpinions()));
  }

  private boolean canJudge(Nomination n) {
    return caller.role() == Role.CITY_ASSESSOR && n.state == NominationState.SUBMITTED_FOR_ASSESSMENT
        && n.round.state == RoundState.ASSESSMENT;
  }

  private List<Worked> work(Nomination n) {
    Map<String, List<Judgement>> latest = latest(Judgement.list("nominationId = ?1 order by id desc", n.id))
        .getOrDefault(n.id, Map.of());
    List<Worked> worked = new ArrayList<>();
    for (AcceptedEvidence e : evidence.accepted(n)) {
      boolean accepted = e.state() == EvidenceState.ACCEPTED;
      Suggestion suggestion = e.definition().kind() == IndicatorKind.BONUS ? Judging.bonus(accepted)
          : Judging.standard(accepted, e.metrics().stream().map(AssessmentService::figure).toList());
      List<Judgement> judgements = latest.getOrDefault(e.definition().code(), List.of());
      Outcome agreed = Judging.agreed(judgements.stream().map(j -> j.outcome).toList(), requiredOpinions()).orElse(null);
      worked.add(new Worked(e, suggestion, judgements, agreed));
    }
    return worked;
  }

  private static VerdictProposal proposal(List<Worked> worked) {
    return VerdictProposal.of(worked.stream().filter(w -> w.evidence().definition().kind() == IndicatorKind.STANDARD)
        .map(w -> new VerdictProposal.Indicator(w.evidence().definition().code(), w.evidence().definition().title(), w.agreed(),
            w.suggestion().check(), w.evidence().state() == EvidenceState.ACCEPTED, reasonComment(w), reasonText(w)))
        .toList());
  }

  /** The newest agreeing assessor's own comment; null when none, or when it only repeats the prefilled figures. */
  private static String reasonComment(Worked w) {
    return w.latest().stream().filter(j -> j.outcome == w.agreed() && j.comment != null).map(j -> j.comment)
        .filter(c -> !c.equals(w.suggestion().comment())).findFirst().orElse(null);
  }

  /** The figures or, when they say nothing, the newest agreeing assessor's comment. */
  private static String reasonText(Worked w) {
    String comment = w.latest().stream().filter(j -> j.outcome == w.agreed() && j.comment != null).map(j -> j.comment)
        .findFirst().orElse(null);
    if (w.agreed() == Outcome.NOT_MET && !w.suggestion().comment().isBlank() && w.suggestion().check() == Judging.Check.NOT_MET) {
      return comment == null || comment.equals(w.suggestion().comment()) ? w.suggestion().comment()
          : w.suggestion().comment() + "；" + comment;
    }
    return comment != null ? comment : w.suggestion().comment();
  }

  /** The latest judgements of these nominations, from one query that binds the ids as one array. */
  private static Map<Long, Map<String, List<Judgement>>> latestOf(Collection<Long> nominationIds) {
    return latest(Judgement.list("any_of(:ids, nominationId) order by id desc", Parameters.with("ids", AnyOf.ids(nominationIds))));
  }

  /** By nomination and indicator, the latest judgement of each assessor, newest first (input newest first). */
  private static Map<Long, Map<String, List<Judgement>>> latest(List<Judgement> newestFirst) {
    Map<Long, Map<String, List<Judgement>>> result = new HashMap<>();
    Map<Long, Map<String, Set<Long>>> seen = new HashMap<>();
    for (Judgement j : newestFirst) {
      if (seen.computeIfAbsent(j.nominationId, k -> new HashMap<>()).computeIfAbsent(j.indicatorCode, k -> new java.util.HashSet<>())
          .add(j.assessorId)) {
        result.computeIfAbsent(j.nominationId, k -> new LinkedHashMap<>()).computeIfAbsent(j.indicatorCode, k -> new ArrayList<>())
            .add(j);
      }
    }
    return result;
  }

  private static Judging.Figure figure(EvidenceMetric m) {
    return new Judging.Figure(m.name(), m.unit(), m.comparator(), m.threshold(), m.value());
  }

  /** The last day (Asia/Shanghai) of the round's assessment phase: a supplement must come back while judging is open. */
  private LocalDate assessmentEnd(long roundId) {
    PhaseView phase = rounds.phases(roundId).get(org.fumin.round.Phase.ASSESSMENT);
    return phase == null ? null : phase.endsAt().atZoneSameInstant(Shanghai.ZONE).toLocalDate();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
