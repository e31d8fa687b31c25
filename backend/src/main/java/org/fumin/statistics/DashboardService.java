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
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.time.Shanghai;
import org.fumin.nomination.NominationStatistics;
import org.fumin.nomination.NominationStatistics.NominationFigure;
import org.fumin.plan.PlanStatistics;
import org.fumin.plan.PlanStatistics.PlanProgress;
import org.fumin.round.Deadlines;
import org.fumin.round.Deadlines.Deadline;
import org.fumin.round.Deadlines.RoundTownship;
import org.fumin.round.RoundService;
import org.fumin.statistics.DashboardApi.DistrictFigures;
import org.fumin.statistics.DashboardApi.MilestoneFigures;
import org.fumin.statistics.DashboardApi.NextDeadline;
import org.fumin.statistics.DashboardApi.PhaseDates;
import org.fumin.statistics.DashboardApi.RoundDashboard;
import org.fumin.statistics.DashboardApi.StateCount;
import org.fumin.statistics.DashboardApi.TownshipFigures;

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

  /**
   * The dashboard of a round for the caller's scope; {@code districtId} narrows it to one district
   * (one outside the caller's scope does not exist for them).
   */
  public RoundDashboard of(long roundId, Long districtId) {
    rounds.find(roundId);
    if (districtId != null && !caller.mayUseDistrict(districtId)) {
      throw ProblemException.notFound("entity.district", districtId);
    }
    Instant now = clock.instant();
    List<DistrictFigures> districts = rounds.districts(roundId).stream()
        .filter(d -> districtId == null || d.districtId() == districtId)
        .map(d -> new DistrictFigures(d.districtId(), d.districtCode(), d.districtName(), d.kind(), d.quota(), d.used(),
            d.provincialCandidates().size()))
        .toList();
    List<NominationFigure> nominated = nominations.inRound(roundId, districtId);
    Map<Long, PlanProgress> progress = plans.progress(nominated.stream().map(NominationFigure::nominationId).toList());
    Map<RoundTownship, List<Deadline>> due = deadlines.forTownships(
        nominated.stream().map(n -> new RoundTownship(roundId, n.townshipId())).distinct().toList());
    // Evidence completeness, judgements and verdicts join here, each from its owner's statistics.
    List<TownshipFigures> townships = nominated.stream()
        .map(n -> new TownshipFigures(n.nominationId(), n.townshipId(), n.townshipCode(), n.townshipName(),
            n.districtId(), n.state(), n.provincialCandidate(), milestones(progress.get(n.nominationId())),
            next(due.getOrDefault(new RoundTownship(roundId, n.townshipId()), List.of()))))
        .toList();
    return new RoundDashboard(roundId, Shanghai.at(now), districts, townships, states(nominated), phases(roundId, now));
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
