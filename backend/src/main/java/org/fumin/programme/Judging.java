package org.fumin.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an indicator's accepted evidence is checked and which judgement that suggests. Each metric's
 * accepted value is compared with its threshold ({@link MetricCheck#meets}): all met suggests
 * {@code MET}, one not met {@code NOT_MET}, no accepted evidence or a missing value
 * {@code NEEDS_SUPPLEMENT}. An indicator without metrics suggests {@code MET} once its evidence is
 * accepted. A bonus item suggests {@code RECOGNISED} only when the city accepted its evidence.
 * Which outcome counts: the one the latest judgements of at least the required number of
 * different assessors agree on.
 */
public final class Judging {

  /** The accepted figures against the thresholds. */
  public enum Check { MET, NOT_MET, MISSING, NOT_APPLICABLE }

  /** An assessor's judgement of a standard indicator (the first three) or a bonus item (the last two). */
  public enum Outcome {
    MET, NOT_MET, NEEDS_SUPPLEMENT, RECOGNISED, NOT_RECOGNISED;

    /** Whether the outcome is one a bonus item takes. */
    public boolean forBonus() {
      return this == RECOGNISED || this == NOT_RECOGNISED;
    }
  }

  /** One metric as the framework defines it, with the accepted value (null when none was given). */
  public record Figure(String name, String unit, String comparator, BigDecimal threshold, BigDecimal value) {}

  /** The check, the outcome it suggests and a comment with the figures (e.g. {@code 基本养老保险参保率 93.1 % < 95 %}). */
  public record Suggestion(Check check, Outcome outcome, String comment) {}

  private Judging() {}

  /** The suggestion for a standard indicator whose evidence is (or is not) accepted by the city. */
  public static Suggestion standard(boolean accepted, List<Figure> figures) {
    if (!accepted) {
      return new Suggestion(Check.MISSING, Outcome.NEEDS_SUPPLEMENT, "佐证材料尚未经市级审核通过");
    }
    if (figures.isEmpty()) {
      return new Suggestion(Check.NOT_APPLICABLE, Outcome.MET, "");
    }
    List<String> parts = new ArrayList<>();
    boolean missing = false;
    boolean failing = false;
    for (Figure f : figures) {
      if (f.value() == null) {
        missing = true;
        parts.add(f.name() + " 未填报");
        continue;
      }
      boolean meets = MetricCheck.meets(f.value(), f.comparator(), f.threshold());
      failing |= !meets;
      parts.add(f.name() + " " + figure(f.value(), f.unit()) + " " + (meets ? shown(f.comparator()) : negated(f.comparator()))
          + " " + figure(f.threshold(), f.unit()));
    }
    String comment = String.join("；", parts);
    if (missing) {
      return new Suggestion(Check.MISSING, Outcome.NEEDS_SUPPLEMENT, comment);
    }
    return failing ? new Suggestion(Check.NOT_MET, Outcome.NOT_MET, comment) : new Suggestion(Check.MET, Outcome.MET, comment);
  }

  /** The suggestion for a bonus item: recognised only when the city accepted its evidence. */
  public static Suggestion bonus(boolean accepted) {
    return new Suggestion(Check.NOT_APPLICABLE, accepted ? Outcome.RECOGNISED : Outcome.NOT_RECOGNISED,
        accepted ? "" : "加分项材料尚未经市级审核通过");
  }

  /**
   * The outcome that counts, given each assessor's latest judgement: the most frequent one when at
   * least {@code required} assessors agree on it and no other outcome has as many; else empty.
   */
  public static Optional<Outcome> agreed(Collection<Outcome> latestPerAssessor, int required) {
    Map<Outcome, Integer> counts = new LinkedHashMap<>();
    latestPerAssessor.forEach(o -> counts.merge(o, 1, Integer::sum));
    int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Outcome> leaders = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    return best >= Math.max(1, required) && leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
  }

  /** How many assessors agree on the leading outcome. */
  public static int opinions(Collection<Outcome> latestPerAssessor) {
    Map<Outcome, Integer> counts = new LinkedHashMap<>();
    latestPerAssessor.forEach(o -> counts.merge(o, 1, Integer::sum));
    return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static String figure(BigDecimal value, String unit) {
    String number = MetricCheck.normalise(value).toPlainString();
    return unit == null || unit.isBlank() ? number : number + " " + unit.strip();
  }

  private static String shown(String comparator) {
    return switch (comparator) {
      case ">=" -> "≥";
      case "<=" -> "≤";
      default -> comparator;
    };
  }

  private static String negated(String comparator) {
    return switch (comparator) {
      case ">=" -> "<";
      case ">" -> "≤";
      case "<=" -> ">";
      case "<" -> "≥";
      default -> "≠";
    };
  }
}
