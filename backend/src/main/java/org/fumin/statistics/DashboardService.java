package org.fumin.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fumin.assessment.AssessmentService;
import org.fumin.assessment.AssessmentService.JudgementFigures;
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.time.Shanghai;
import org.fumin.evidence.EvidenceApi.CompletenessSum;
import org.fumin.evidence.EvidenceApi.EvidenceCompleteness;
import org.fumin.evidence.EvidenceStatistics;
import org.fumin.evidence.EvidenceStatistics.Completeness;
import org.fumin.nomination.NominationState;
import org.fumin.nomination.NominationStatistics;
import org.fumin.nomination.NominationStatistics.NominationFigure;
import org.fumin.plan.PlanStatistics;
import org.fumin.plan.PlanStatistics.PlanProgress;
import org.fumin.programme.VerdictProposal.Decision;
import org.fumin.round.Deadlines;
import org.fumin.round.Deadlines.Deadline;
import org.fumin.round.Deadlines.RoundTownship;
import org.fumin.round.RoundService;
import org.fumin.statistics.DashboardApi.DistrictFigures;
import org.fumin.statistics.DashboardApi.EvidenceFigures;
import org.fumin.statistics.DashboardApi.JudgementCounts;
import org.fumin.statistics.DashboardApi.MilestoneFigures;
import org.fumin.statistics.DashboardApi.NextDeadline;
import org.fumin.statistics.DashboardApi.PhaseDates;
import org.fumin.statistics.DashboardApi.RoundDashboard;
import org.fumin.statistics.DashboardApi.StateCount;
import org.fumin.statistics.DashboardApi.TownshipFigures;
import org.fumin.statistics.DashboardApi.VerdictCounts;
import org.fumin.statistics.DashboardApi.VerdictFigures;
import org.fumin.statistics.DashboardApi.VerdictStatus;
import org.fumin.verdict.VerdictApi.RevisionStatus;
import org.fumin.verdict.VerdictService;
import org.fumin.verdict.VerdictService.Standing;

/**
 * Puts a round's dashboard together from the features that own each figure, with a fixed number
 * of queries whatever the number of districts and townships.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

  @Inject Caller caller;
  @Inject InstantSource clock;
  @Inject RoundService rounds;
  @Inject NominationStatistics nominations;
  @Inject PlanStatistics plans;
  @Inject Deadlines deadlines;
  @Inject EvidenceStatistics evidence;
  @Inject AssessmentService assessment;
  @Inject VerdictService verdicts;

  /**
   * The dashboard of a round for the caller's scope; {@code districtId} narrows it to one district
   * (one outside the caller's scope does not exist for them).
   */
  public RoundDashboard of(long roundId, Long districtId) {
    long frameworkId = rounds.find(roundId).frameworkId;
    if (districtId != null && !caller.mayUseDistrict(districtId)) {
      throw ProblemException.notFound("entity.district", districtId);
    }
    Instant now = clock.instant();
    Completeness completeness = evidence.ofRound(roundId, districtId);
    List<DistrictFigures> districts = rounds.districts(roundId).stream()
        .filter(d -> districtId == null || d.districtId() == districtId)
        .map(d -> new DistrictFigures(d.districtId(), d.districtCode(), d.districtName(), d.kind(), d.quota(), d.used(),
            d.provincialCandidates().size(), evidence(completeness.byDistrict().get(d.districtId()))))
        .toList();
    List<NominationFigure> nominated = nominations.inRound(roundId, districtId);
    List<Long> nominationIds = nominated.stream().map(NominationFigure::nominationId).toList();
    Map<Long, PlanProgress> progress = plans.progress(nominationIds);
    Map<RoundTownship, List<Deadline>> due = deadlines.forTownships(
        nominated.stream().map(n -> new RoundTownship(roundId, n.townshipId())).distinct().toList());
    boolean readsJudgements = assessment.readsJudgements();
    Map<Long, JudgementFigures> judged = assessment.figures(frameworkId, nominationIds);
    Map<Long, Standing> verdicts = this.verdicts.standings(nominationIds);
    List<TownshipFigures> townships = nominated.stream()
        .map(n -> {
          JudgementFigures j = judged.get(n.nominationId());
          EvidenceCompleteness c = completeness.byNomination().get(n.nominationId());
          return new TownshipFigures(n.nominationId(), n.townshipId(), n.townshipCode(), n.townshipName(),
              n.districtId(), n.state(), n.provincialCandidate(), milestones(progress.get(n.nominationId())),
              next(due.getOrDefault(new RoundTownship(roundId, n.townshipId()), List.of())),
              c == null ? null : evidence(c),
              j == null ? null : new JudgementCounts(j.met(), j.notMet(), j.needsSupplement(), j.pending()),
              verdict(verdicts.get(n.nominationId()), n.state(), j),
              readsJudgements ? (j == null ? List.of() : j.recognisedBonus()) : null);
        })
        .toList();
    return new RoundDashboard(roundId, Shanghai.at(now), districts, townships, states(nominated), phases(roundId, now),
        evidence(completeness.total()), verdictCounts(townships));
  }

  private static EvidenceFigures evidence(EvidenceCompleteness c) {
    return new EvidenceFigures(1, c.standardTotal(), c.submitted(), c.districtApproved(), c.accepted(), c.returned(),
        c.missing().size());
  }

  private static EvidenceFigures evidence(CompletenessSum s) {
    return s == null ? EvidenceFigures.NONE : new EvidenceFigures(s.nominations(), s.standardTotal(), s.submitted(),
        s.districtApproved(), s.accepted(), s.returned(), s.missing());
  }

  /**
   * The verdict the caller may see; without one, the system's proposal once every standard
   * indicator of a nomination under assessment has an agreed outcome (judgement readers only).
   */
  private static VerdictFigures verdict(Standing standing, NominationState state, JudgementFigures judged) {
    if (standing != null) {
      return new VerdictFigures(standing.status() == RevisionStatus.CONFIRMED ? VerdictStatus.CONFIRMED
          : VerdictStatus.PUBLISHED, standing.decision());
    }
    if (state == NominationState.SUBMITTED_FOR_ASSESSMENT && judged != null && judged.proposal() != null) {
      return new VerdictFigures(VerdictStatus.PROPOSED, judged.proposal());
    }
    return VerdictFigures.NONE;
  }

  private static VerdictCounts verdictCounts(List<TownshipFigures> townships) {
    List<VerdictFigures> active = townships.stream().filter(t -> t.state() != NominationState.WITHDRAWN)
        .map(TownshipFigures::verdict).toList();
    return new VerdictCounts(count(active, VerdictStatus.NONE, null),
        count(active, VerdictStatus.PROPOSED, Decision.NAMED), count(active, VerdictStatus.PROPOSED, Decision.NOT_NAMED),
        count(active, VerdictStatus.CONFIRMED, Decision.NAMED), count(active, VerdictStatus.CONFIRMED, Decision.NOT_NAMED),
        count(active, VerdictStatus.PUBLISHED, Decision.NAMED), count(active, VerdictStatus.PUBLISHED, Decision.NOT_NAMED));
  }

  private static int count(List<VerdictFigures> verdicts, VerdictStatus status, Decision decision) {
    return (int) verdicts.stream().filter(v -> v.status() == status && v.decision() == decision).count();
  }

  private static MilestoneFigures milestones(PlanProgress p) {
    return new MilestoneFigures(p.revision(), p.total(), p.done(), p.overdue(), p.nextDueOn(), p.nextDeliverable());
  }

  private static NextDeadline next(List<Deadline> deadlines) {
    return deadlines.stream().filter(d -> !d.passed())
        .min(Comparator.comparing(Deadline::deadline))
        .map(d -> new NextDeadline(d.phase(), d.deadline(), d.reopened()))
        .orElse(null);
  }

  private static List<StateCount> states(List<NominationFigure> nominated) {
    Map<String, StateCount> counts = new TreeMap<>();
    for (NominationFigure n : nominated) {
      String key = n.districtId() + "/" + n.state().ordinal();
      StateCount before = counts.get(key);
      counts.put(key, new StateCount(n.districtId(), n.state(), before == null ? 1 : before.count() + 1));
    }
    return List.copyOf(counts.values());
  }

  private List<PhaseDates> phases(long roundId, Instant now) {
    return rounds.phases(roundId).values().stream()
        .sorted(Comparator.comparing(p -> p.endsAt().toInstant()))
        .map(p -> new PhaseDates(p.code(), p.startsAt(), p.endsAt(), !p.endsAt().toInstant().isAfter(now)))
        .toList();
  }
}
