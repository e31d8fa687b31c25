package org.fumin.programme;

import java.util.Comparator;
import java.util.List;

/**
 * The documented order of provincial candidates (省级基地推荐): (1) more recognised bonus items
 * first (the plan gives them priority); (2) verdict: named, then none yet, then not named;
 * (3) more standard indicators accepted by the city first; (4) township code ascending, so the
 * order is total and stable.
 */
public final class RankingOrder {

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
