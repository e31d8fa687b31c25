package org.fumin.framework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The records at the indicator framework's boundary. */
public final class FrameworkApi {

  private FrameworkApi() {}

  /** Whether an indicator decides naming ({@code STANDARD}) or only gives priority ({@code BONUS}). */
  public enum IndicatorKind { STANDARD, BONUS }

  public record FrameworkSummary(long id, String name, int edition, Long basedOnId, boolean frozen,
      int standardCount, int bonusCount) {}

  /** Which framework edition a round uses, as other features show it. */
  public record FrameworkRef(Long id, String name, Integer edition) {}

  public record Framework(long id, String name, int edition, Long basedOnId, boolean frozen, List<Category> categories) {}

  public record Category(String code, String titleZh, String titleEn, List<Indicator> indicators) {}

  public record Indicator(long id, String code, IndicatorKind kind, String titleZh, String textZh, String glossEn,
      List<String> criteria, List<Metric> metrics) {}

  /** A measurable part of an indicator, checked automatically: e.g. participation rate, %, >=, 95. */
  public record Metric(String nameZh, String nameEn, String unit, String comparator, BigDecimal threshold) {}

  public record FrameworkCopyInput(@NotBlank(message = "{fumin.required}") @Size(max = 128, message = "{fumin.size.max}") String name) {}

  public record MetricInput(
      @NotBlank(message = "{fumin.required}") @Size(max = 128, message = "{fumin.size.max}") String nameZh,
      @NotBlank(message = "{fumin.required}") @Size(max = 128, message = "{fumin.size.max}") String nameEn,
      @NotBlank(message = "{fumin.required}") @Size(max = 16, message = "{fumin.size.max}") String unit,
      @NotNull(message = "{fumin.required}") @Pattern(regexp = ">=|>|<=|<|=", message = "{fumin.comparator}") String comparator,
      @NotNull(message = "{fumin.required}") @DecimalMin(value = "-1000000000", message = "{fumin.min}") @DecimalMax(value = "1000000000", message = "{fumin.max}") BigDecimal threshold) {}

  public record IndicatorInput(
      @NotBlank(message = "{fumin.required}") @Size(max = 128, message = "{fumin.size.max}") String titleZh,
      @NotBlank(message = "{fumin.required}") @Size(max = 4000, message = "{fumin.size.max}") String textZh,
      @NotNull(message = "{fumin.required}") @Size(max = 1000, message = "{fumin.size.max}") String glossEn,
      @NotNull(message = "{fumin.required}") @Size(max = 100, message = "{fumin.size.items}") List<@NotBlank(message = "{fumin.required}") @Size(max = 2000, message = "{fumin.size.max}") String> criteria,
      @NotNull(message = "{fumin.required}") @Size(max = 20, message = "{fumin.size.items}") List<@Valid @NotNull(message = "{fumin.required}") MetricInput> metrics) {}
}
