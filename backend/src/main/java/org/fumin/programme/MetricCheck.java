package org.fumin.programme;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a metric value is typed and checked against its threshold. A metric whose unit is {@code %}
 * is a percentage: 0 to 100 with at most {@value #PERCENT_SCALE} decimals; any other unit counts
 * something: a whole number, 0 or more, at most {@value #MAX_COUNT}. Values are compared exactly
 * ({@link BigDecimal}), so 94.9 against {@code >= 95} is not met and 95.0 is.
 */
public final class MetricCheck {

  public enum Kind { PERCENT, COUNT }

  /** Why a value is refused. */
  public enum Refusal { PERCENT_RANGE, PERCENT_SCALE, COUNT_NEGATIVE, COUNT_FRACTION, COUNT_RANGE }

  public static final int PERCENT_SCALE = 2;
  public static final long MAX_COUNT = 1_000_000_000L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MetricCheck() {}

  public static Kind kindOf(String unit) {
    return "%".equals(unit == null ? null : unit.strip()) ? Kind.PERCENT : Kind.COUNT;
  }

  /** Why the value does not fit the metric's kind, or empty when it does. */
  public static Optional<Refusal> refusal(Kind kind, BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return switch (kind) {
      case PERCENT -> v.signum() < 0 || v.compareTo(HUNDRED) > 0 ? Optional.of(Refusal.PERCENT_RANGE)
          : v.scale() > PERCENT_SCALE ? Optional.of(Refusal.PERCENT_SCALE) : Optional.empty();
      case COUNT -> v.signum() < 0 ? Optional.of(Refusal.COUNT_NEGATIVE)
          : v.scale() > 0 ? Optional.of(Refusal.COUNT_FRACTION)
          : v.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0 ? Optional.of(Refusal.COUNT_RANGE) : Optional.empty();
    };
  }

  /** The value as it is stored and shown: trailing zeros removed, never in exponent form. */
  public static BigDecimal normalise(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** Whether {@code value comparator threshold} holds; comparators are those of the framework ({@code >= > <= < =}). */
  public static boolean meets(BigDecimal value, String comparator, BigDecimal threshold) {
    int c = value.compareTo(threshold);
    return switch (comparator) {
      case ">=" -> c >= 0;
      case ">" -> c > 0;
      case "<=" -> c <= 0;
      case "<" -> c < 0;
      case "=" -> c == 0;
      default -> throw new IllegalArgumentException("Unknown comparator " + comparator);
    };
  }
}
