package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fumin.programme.Judging.Outcome;
import org.fumin.programme.RankingOrder.Candidate;
import org.fumin.programme.VerdictProposal.Decision;
import org.junit.jupiter.api.Test;

class RankingOrderTest {

  @Test
  void aBonusItemCountsWithAcceptedEvidenceUntilJudgedThenOnlyWhenRecognised() {
    assertThat(RankingOrder.bonusCounts(true, false, null)).isTrue();
    assertThat(RankingOrder.bonusCounts(false, false, null)).isFalse();
    assertThat(RankingOrder.bonusCounts(true, true, Outcome.RECOGNISED)).isTrue();
    assertThat(RankingOrder.bonusCounts(true, true, Outcome.NOT_RECOGNISED)).isFalse();
    assertThat(RankingOrder.bonusCounts(true, true, null)).as("assessors do not agree yet").isFalse();
    assertThat(RankingOrder.bonusCounts(false, true, Outcome.RECOGNISED)).as("evidence returned since").isFalse();
  }

  @Test
  void bonusItemsFirstThenVerdictThenCompletenessThenTownshipCode() {
    Candidate noBonusNamed = new Candidate(1, "321002001", 0, Decision.NAMED, 17);
    Candidate bonusNotNamed = new Candidate(2, "321002002", 1, Decision.NOT_NAMED, 10);
    Candidate noBonusPending = new Candidate(3, "321002003", 0, null, 17);
    Candidate noBonusNamedLess = new Candidate(4, "321002004", 0, Decision.NAMED, 16);
    Candidate tieByCode = new Candidate(5, "321002000", 0, Decision.NAMED, 17);
    assertThat(RankingOrder.sort(List.of(noBonusNamed, bonusNotNamed, noBonusPending, noBonusNamedLess, tieByCode)))
        .extracting(Candidate::nominationId).containsExactly(2L, 5L, 1L, 4L, 3L);
  }
}
