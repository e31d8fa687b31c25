package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.fumin.programme.Judging.Check;
import org.fumin.programme.Judging.Figure;
import org.fumin.programme.Judging.Outcome;
import org.fumin.programme.Judging.Suggestion;
import org.junit.jupiter.api.Test;

/** The threshold check, the suggestion it makes and the opinions rule, without the application around them. */
class JudgingTest {

  private static Figure pension(String value) {
    return new Figure("基本养老保险参保率", "%", ">=", BigDecimal.valueOf(95), value == null ? null : new BigDecimal(value));
  }

  @Test
  void ninetyFourPointNineIsNotMetNinetyFiveIsMetAndAMissingFigureNeedsSupplement() {
    Suggestion below = Judging.standard(true, List.of(pension("94.9")));
    assertThat(below.check()).isEqualTo(Check.NOT_MET);
    assertThat(below.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(below.comment()).isEqualTo("基本养老保险参保率 94.9 % < 95 %");
    Suggestion at = Judging.standard(true, List.of(pension("95.0")));
    assertThat(at.check()).isEqualTo(Check.MET);
    assertThat(at.comment()).isEqualTo("基本养老保险参保率 95 % ≥ 95 %");
    Suggestion missing = Judging.standard(true, List.of(pension(null)));
    assertThat(missing.check()).isEqualTo(Check.MISSING);
    assertThat(missing.outcome()).isEqualTo(Outcome.NEEDS_SUPPLEMENT);
    assertThat(Judging.standard(false, List.of(pension("99"))).outcome()).isEqualTo(Outcome.NEEDS_SUPPLEMENT);
    assertThat(Judging.standard(true, List.of()).outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void aBonusItemIsRecognisedOnlyOnceTheCityAcceptedIt() {
    assertThat(Judging.bonus(true).outcome()).isEqualTo(Outcome.RECOGNISED);
    assertThat(Judging.bonus(false).outcome()).isEqualTo(Outcome.NOT_RECOGNISED);
    assertThat(Outcome.RECOGNISED.forBonus()).isTrue();
    assertThat(Outcome.MET.forBonus()).isFalse();
  }

  @Test
  void anOutcomeCountsWhenEnoughDifferentAssessorsAgree() {
    assertThat(Judging.agreed(List.of(Outcome.MET), 1)).contains(Outcome.MET);
    assertThat(Judging.agreed(List.of(Outcome.MET), 2)).isEmpty();
    assertThat(Judging.agreed(List.of(Outcome.MET, Outcome.MET), 2)).contains(Outcome.MET);
    assertThat(Judging.agreed(List.of(Outcome.MET, Outcome.NOT_MET), 1)).isEmpty();
    assertThat(Judging.agreed(List.of(), 1)).isEmpty();
  }
}
