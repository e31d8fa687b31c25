package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The deadline rule: the later of the phase's end and a reopening for the township. */
class PhaseDeadlineTest {

  private static final Instant END = Instant.parse("2027-03-31T15:59:59Z");

  @Test
  void withoutAReopeningThePhaseEndIsTheDeadline() {
    PhaseDeadline deadline = PhaseDeadline.of(END, null);
    assertThat(deadline.at()).isEqualTo(END);
    assertThat(deadline.reopened()).isFalse();
  }

  @Test
  void aLaterReopeningMovesTheDeadline() {
    Instant until = END.plusSeconds(5 * 86_400);
    PhaseDeadline deadline = PhaseDeadline.of(END, until);
    assertThat(deadline.at()).isEqualTo(until);
    assertThat(deadline.reopened()).isTrue();
  }

  @Test
  void aReopeningUntilBeforeThePhaseEndChangesNothing() {
    PhaseDeadline deadline = PhaseDeadline.of(END, END.minusSeconds(60));
    assertThat(deadline.at()).isEqualTo(END);
    assertThat(deadline.reopened()).isFalse();
  }

  @Test
  void theDeadlineHasPassedFromItsInstantOn() {
    PhaseDeadline deadline = PhaseDeadline.of(END, null);
    assertThat(deadline.passedAt(END.minusMillis(1))).isFalse();
    assertThat(deadline.passedAt(END)).isTrue();
    assertThat(deadline.passedAt(END.plusSeconds(1))).isTrue();
  }
}
