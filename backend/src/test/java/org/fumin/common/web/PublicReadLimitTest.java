package org.fumin.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-address window of the public endpoints, without the container. */
class PublicReadLimitTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:10Z");

  @Test
  void anAddressOverTheLimitWaitsForTheNextMinuteAndOthersAreNotAffected() {
    PublicReadLimit.Windows windows = new PublicReadLimit.Windows();
    for (int i = 0; i < 3; i++) {
      assertThat(windows.take("10.0.0.1", T0.plusSeconds(i), 3)).isZero();
    }
    assertThat(windows.take("10.0.0.1", T0.plusSeconds(5), 3)).isEqualTo(45);
    assertThat(windows.take("10.0.0.2", T0.plusSeconds(5), 3)).isZero();
    assertThat(windows.take("10.0.0.1", T0.plusSeconds(50), 3)).isZero();
  }
}
