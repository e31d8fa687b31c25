package org.fumin.statistics;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fumin.district.DistrictKind;
import org.fumin.nomination.NominationState;
import org.fumin.round.Phase;

/** The records of a round's dashboard: everything one dashboard shows, in one answer. */
public final class DashboardApi {

  private DashboardApi() {}

  /**
   * A round's figures within the caller's scope: the districts' quota use, every nomination with
   * its plan progress and next deadline, the round's phases, and nominations counted per district
   * and state. Later figures (evidence completeness, judgements, verdicts) join {@link TownshipFigures},
   * each answered by the feature that owns them.
   */
  public record RoundDashboard(long roundId, OffsetDateTime asOf, List<DistrictFigures> districts,
      List<TownshipFigures> townships, List<StateCount> states, List<PhaseDates> phases) {}

  /** A district's places in the round. */
  public record DistrictFigures(long districtId, String districtCode, String districtName, DistrictKind kind,
      int quota, int used, int provincialCandidates) {}

  /** A nominated township: its nomination's state, plan progress and what is due next. */
  public record TownshipFigures(long nominationId, long townshipId, String townshipCode, String townshipName,
      long districtId, NominationState state, boolean provincialCandidate, MilestoneFigures milestones,
      NextDeadline nextDeadline) {}

  /** The newest plan revision's milestones (revision 0: no plan saved yet). */
  public record MilestoneFigures(int planRevision, int total, int done, int overdue,
      @JsonFormat(pattern = "yyyy-MM-dd") LocalDate nextDueOn, String nextDeliverable) {}

  /** The next phase deadline that has not passed for the township, reopenings included. */
  public record NextDeadline(Phase phase, OffsetDateTime deadline, boolean reopened) {}

  /** How many nominations a district has in one state. */
  public record StateCount(long districtId, NominationState state, long count) {}

  /** A phase of the round and whether it has ended. */
  public record PhaseDates(Phase code, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean passed) {}
}
