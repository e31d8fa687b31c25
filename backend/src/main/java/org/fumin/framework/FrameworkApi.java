package org.fumin.framework;

import java.math.BigDecimal;
import java.util.List;

/** The records at the indicator framework's boundary (read-only for now). */
public final class FrameworkApi {

  private FrameworkApi() {}

  /** Whether an indicator decides naming ({@code STANDARD}) or only gives priority ({@code BONUS}). */
  public enum IndicatorKind { STANDARD, BONUS }

  public record FrameworkSummary(long id, String name, int edition, Long basedOnId, boolean frozen,
      int standardCount, int bonusCount) {}

  public record Framework(long id, String name, int edition, Long basedOnId, boolean frozen, List<Category> categories) {}

  public record Category(String code, String titleZh, String titleEn, List<Indicator> indicators) {}

  public record Indicator(long id, String code, IndicatorKind kind, String titleZh, String textZh, String glossEn,
      List<String> criteria, List<Metric> metrics) {}

  /** A measurable part of an indicator, checked automatically: e.g. participation rate, %, >=, 95. */
  public record Metric(String nameZh, String nameEn, String unit, String comparator, BigDecimal threshold) {}
}
