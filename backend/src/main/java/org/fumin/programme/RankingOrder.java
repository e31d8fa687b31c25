package org.fumin.programme;

import java.util.Comparator;
import java.util.List;
import org.fumin.programme.Judging.Outcome;

/**
 * The documented order of provincial candidates (省级基地推荐): (1) more recognised bonus items
 * first (the plan gives them priority; which items count: {@link #bonusCounts}); (2) verdict:
 * named, then none yet, then not named; (3) more standard indicators accepted by the city first;
 * (4) township code ascending, so the order is total and stable.
 */
public final class RankingOrder {

  /**
   * Whether a bonus item lifts its township in the ranking: only with evidence the city accepted,
   * and, once assessors have judged the item, only when the outcome that counts is
   * {@code RECOGNISED}. A {@code NOT_RECOGNISED} item (or one whose assessors do not agree yet) does
   * not count, even with accepted evidence. Before any judgement (the plan ranks candidates before
   * the year-end assessment) the city's acceptance is what counts.
   *
   * @param accepted whether the city accepted the item's evidence
   * @param judged whether any assessor has judged the item
   * @param agreed the outcome that counts ({@link Judging#agreed}), null when none
   */
  public static boolean bonusCounts(boolean accepted, boolean judged, Outcome agreed) {
    return accepted && (!judged || agreed == Outcome.RECOGNISED);
  }

  /** What the order looks at; {@code verdict} is null while there is none. */
  public record Candidate(long nominationId, String townshipCode, int recognisedBonus, VerdictProposal.Decision verdict,
      int accepted) {}

  public static final Comparator<Candidate> ORDER = Comparator
      .comparingInt((Candidate c) -> -c.recognisedBonus())
      .thenComparingInt(c -> c.verdict() == VerdictProposal.Decision.NAMED ? 0 : c.verdict() == null ? 1 : 2)
      .thenComparingInt(c -> -c.accepted())
      .thenComparing(Candidate::townshipCode);

  private RankingOrder() {}

  public static List<Candidate> sort(List<Candidate> candidates) {
    return candidates.stream().sorted(ORDER).toList();
  }
}
