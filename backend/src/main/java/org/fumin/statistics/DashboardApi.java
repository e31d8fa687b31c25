package org.fumin.statistics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fumin.district.DistrictKind;
import org.fumin.nomination.NominationState;
import org.fumin.programme.VerdictProposal.Decision;
import org.fumin.round.Phase;

/** The records of a round's dashboard: everything one dashboard shows, in one answer. */
public final class DashboardApi {

  private DashboardApi() {}

  /**
   * A round's figures within the caller's scope: the districts' quota use, every nomination with
   * its plan progress, next deadline, evidence completeness, judgements and verdict, the round's
   * phases, nominations counted per district and state, and the round's evidence and verdict totals.
   * Each figure is answered by the feature that owns it.
   */
  public record RoundDashboard(long roundId, OffsetDateTime asOf, List<DistrictFigures> districts,
      List<TownshipFigures> townships, List<StateCount> states, List<PhaseDates> phases, EvidenceFigures evidence,
      VerdictCounts verdicts) {}

  /** A district's places in the round and its nominations' evidence summed. */
  public record DistrictFigures(long districtId, String districtCode, String districtName, DistrictKind kind,
      int quota, int used, int provincialCandidates, EvidenceFigures evidence) {}

  /**
   * A nominated township: its nomination's state, plan progress, what is due next, evidence
   * completeness (left out when withdrawn), judgements (null before the first, or for callers who do not
   * read judgements), verdict and recognised bonus items (null for callers who do not read judgements).
   */
  public record TownshipFigures(long nominationId, long townshipId, String townshipCode, String townshipName,
      long districtId, NominationState state, boolean provincialCandidate, MilestoneFigures milestones,
      NextDeadline nextDeadline, @JsonInclude(JsonInclude.Include.NON_NULL) EvidenceFigures evidence,
      JudgementCounts judgements, VerdictFigures verdict,
      List<String> bonusRecognised) {}

  /**
   * Standard-indicator evidence counted (one nomination, or summed over several): each count
   * includes the later steps (an accepted item was submitted and district-approved); missing: not
   * yet submitted.
   */
  public record EvidenceFigures(int nominations, int standardTotal, int submitted, int districtApproved, int accepted,
      int returned, int missing) {

    public static final EvidenceFigures NONE = new EvidenceFigures(0, 0, 0, 0, 0, 0, 0);
  }

  /** Standard indicators by agreed outcome; pending: no agreed outcome yet. */
  public record JudgementCounts(int met, int notMet, int needsSupplement, int pending) {}

  /** Where a township's verdict stands: NONE, PROPOSED (every indicator judged, not yet confirmed), CONFIRMED or PUBLISHED. */
  public enum VerdictStatus { NONE, PROPOSED, CONFIRMED, PUBLISHED }

  /** A township's verdict: its status and decision (left out while NONE). */
  public record VerdictFigures(VerdictStatus status, @JsonInclude(JsonInclude.Include.NON_NULL) Decision decision) {

    public static final VerdictFigures NONE = new VerdictFigures(VerdictStatus.NONE, null);
  }

  /** The round's nominations (withdrawn ones aside) by verdict status and decision. */
  public record VerdictCounts(int none, int proposedNamed, int proposedNotNamed, int confirmedNamed, int confirmedNotNamed,
      int publishedNamed, int publishedNotNamed) {}

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
