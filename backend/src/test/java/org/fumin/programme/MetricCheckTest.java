package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fumin.programme.MetricCheck.Kind;
import org.fumin.programme.MetricCheck.Refusal;
import org.junit.jupiter.api.Test;

class MetricCheckTest {

  @Test
  void aPensionParticipationRateOf949MissesTheThresholdOf95And950MeetsIt() {
    BigDecimal threshold = new BigDecimal("95.0000");
    assertThat(MetricCheck.meets(new BigDecimal("94.9"), ">=", threshold)).isFalse();
    assertThat(MetricCheck.meets(new BigDecimal("95.0"), ">=", threshold)).isTrue();
    assertThat(MetricCheck.meets(new BigDecimal("94.99"), ">=", threshold)).isFalse();
  }

  @Test
  void everyComparatorComparesExactly() {
    BigDecimal ten = BigDecimal.TEN;
    assertThat(MetricCheck.meets(new BigDecimal("10.00"), "=", ten)).isTrue();
    assertThat(MetricCheck.meets(ten, ">", ten)).isFalse();
    assertThat(MetricCheck.meets(new BigDecimal("9.99"), "<", ten)).isTrue();
    assertThat(MetricCheck.meets(ten, "<=", ten)).isTrue();
  }

  @Test
  void aPercentUnitMakesAPercentageAndAnyOtherUnitACount() {
    assertThat(MetricCheck.kindOf("%")).isEqualTo(Kind.PERCENT);
    assertThat(MetricCheck.kindOf("人")).isEqualTo(Kind.COUNT);
  }

  @Test
  void aPercentageLiesWithin0And100WithAtMostTwoDecimals() {
    assertThat(MetricCheck.refusal(Kind.PERCENT, new BigDecimal("0"))).isEmpty();
    assertThat(MetricCheck.refusal(Kind.PERCENT, new BigDecimal("100.00"))).isEmpty();
    assertThat(MetricCheck.refusal(Kind.PERCENT, new BigDecimal("95.25"))).isEmpty();
    assertThat(MetricCheck.refusal(Kind.PERCENT, new BigDecimal("100.01"))).contains(Refusal.PERCENT_RANGE);
    assertThat(MetricCheck.refusal(Kind.PERCENT, new BigDecimal("-0.5"))).contains(Refusal.PERCENT_RANGE);
    assertThat(MetricCheck.refusal(Kind.PERCENT, new BigDecimal("95.125"))).contains(Refusal.PERCENT_SCALE);
  }

  @Test
  void aCountIsANonNegativeWholeNumber() {
    assertThat(MetricCheck.refusal(Kind.COUNT, new BigDecimal("12"))).isEmpty();
    assertThat(MetricCheck.refusal(Kind.COUNT, new BigDecimal("12.0"))).isEmpty();
    assertThat(MetricCheck.refusal(Kind.COUNT, new BigDecimal("1E+3"))).isEmpty();
    assertThat(MetricCheck.refusal(Kind.COUNT, new BigDecimal("-1"))).contains(Refusal.COUNT_NEGATIVE);
    assertThat(MetricCheck.refusal(Kind.COUNT, new BigDecimal("2.5"))).contains(Refusal.COUNT_FRACTION);
    assertThat(MetricCheck.refusal(Kind.COUNT, new BigDecimal("1000000001"))).contains(Refusal.COUNT_RANGE);
  }

  @Test
  void valuesAreKeptWithoutTrailingZerosOrExponents() {
    assertThat(MetricCheck.normalise(new BigDecimal("95.50")).toString()).isEqualTo("95.5");
    assertThat(MetricCheck.normalise(new BigDecimal("1E+3")).toString()).isEqualTo("1000");
  }
}
