package org.fumin.evidence;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fumin.attachment.AttachmentApi.AttachmentView;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.programme.EvidenceAction;
import org.fumin.programme.MetricCheck;

/** The records at the evidence API's boundary. */
public final class EvidenceApi {

  private EvidenceApi() {}

  public enum SelfAssessment { MET, PARTLY_MET, NOT_MET }

  public enum BonusType { COMMENDATION, EXPERIENCE_TALK, HOSTED_EVENT, MEDIA_COVERAGE }

  public enum BonusLevel { PROVINCIAL, NATIONAL }

  /** Who returned an item: the district or the city. */
  public enum ReturnedBy { DISTRICT, CITY }

  /** The bulk review's actions. */
  public enum BulkAction { APPROVE, ACCEPT }

  private static final String REQUIRED = "{fumin.required}";
  private static final String MAX = "{fumin.size.max}";

  public record BonusEntry(
      @NotNull(message = REQUIRED) BonusType type,
      @Size(max = 200, message = MAX) String title,
      @Size(max = 200, message = MAX) String issuingBody,
      @Size(max = 64, message = MAX) String documentNumber,
      @JsonInclude(JsonInclude.Include.NON_NULL) BonusLevel level,
      @Size(max = 200, message = MAX) String meeting,
      @Size(max = 200, message = MAX) String organiser,
      @JsonFormat(pattern = "yyyy-MM-dd") LocalDate date,
      @Size(max = 200, message = MAX) String outlet,
      @Size(max = 2048, message = MAX) String link) {}

  public record BonusEvidence(
      @NotNull(message = REQUIRED) @Size(max = 20, message = "{fumin.size.items}")
      List<@Valid @NotNull(message = REQUIRED) BonusEntry> entries) {}

  public record MetricValueInput(
      @NotNull(message = REQUIRED) @Min(value = 1, message = "{fumin.min}") @Max(value = 100, message = "{fumin.max}") Integer metricId,
      @NotNull(message = REQUIRED) BigDecimal value) {}

  public record EvidenceInput(
      SelfAssessment selfAssessment,
      @Size(max = 500, message = MAX) String statement,
      @Size(max = 20000, message = MAX) String narrative,
      @Size(max = 20, message = "{fumin.size.items}") List<@Valid @NotNull(message = REQUIRED) MetricValueInput> metricValues,
      @Valid BonusEvidence bonus) {}

  public record EvidenceMetric(int metricId, String name, String nameEn, String unit, MetricCheck.Kind kind,
      String comparator, BigDecimal threshold, BigDecimal value, Boolean meetsThreshold) {}

  public record EvidenceItemView(
      long nominationId,
      String indicatorCode,
      IndicatorKind kind,
      String categoryCode,
      String categoryTitle,
      String categoryTitleEn,
      String title,
      String glossEn,
      EvidenceState state,
      int revision,
      Integer submittedRevision,
      @JsonInclude(JsonInclude.Include.NON_NULL) SelfAssessment selfAssessment,
      String statement,
      String narrative,
      List<EvidenceMetric> metrics,
      @JsonInclude(JsonInclude.Include.NON_NULL) BonusEvidence bonus,
      String returnReason,
      @JsonInclude(JsonInclude.Include.NON_NULL) ReturnedBy returnedBy,
      @JsonInclude(JsonInclude.Include.NON_NULL) java.time.LocalDate supplementUntil,
      Instant savedAt,
      String savedBy,
      Instant submittedAt,
      Instant reviewedAt,
      String reviewedBy,
      List<EvidenceAction> allowedActions,
      List<AttachmentView> attachments) {}

  public record EvidenceCompleteness(int standardTotal, int saved, int submitted, int districtApproved, int accepted,
      int returned, List<String> missing) {}

  public record EvidenceOverview(long nominationId, long roundId, long townshipId, long districtId,
      EvidenceCompleteness completeness, List<EvidenceItemView> items) {}

  public record ReviewEvent(EvidenceAction action, EvidenceState state, String actor, Instant at, String reason) {}

  public record EvidenceRevisionSummary(int revision, Instant savedAt, String savedBy, @JsonInclude(JsonInclude.Include.NON_NULL) SelfAssessment selfAssessment,
      List<ReviewEvent> events) {}

  public record EvidenceRevisionView(long nominationId, String indicatorCode, int revision,
      @JsonInclude(JsonInclude.Include.NON_NULL) SelfAssessment selfAssessment, String statement, String narrative, List<EvidenceMetric> metrics,
      @JsonInclude(JsonInclude.Include.NON_NULL) BonusEvidence bonus, Instant savedAt,
      String savedBy, List<ReviewEvent> events, List<AttachmentView> attachments) {}

  public record EvidenceQueueItem(long nominationId, long roundId, long districtId, String districtName, long townshipId,
      String townshipName, String indicatorCode, String indicatorTitle, IndicatorKind kind, EvidenceState state,
      int revision, Instant submittedAt, Instant updatedAt) {}

  public record EvidenceFilter(Long roundId, Long districtId, Long townshipId, String indicatorCode, List<EvidenceState> states) {}

  public record ReviewItem(
      @NotNull(message = REQUIRED) @Min(value = 1, message = "{fumin.min}") Long nominationId,
      @NotNull(message = REQUIRED) @Pattern(regexp = "[A-Za-z0-9]{1,8}", message = "{fumin.evidence.indicator-code}") String indicatorCode,
      @NotNull(message = REQUIRED) @Min(value = 1, message = "{fumin.min}") @Max(value = 1_000_000, message = "{fumin.max}") Integer revision) {}

  public record ReviewInput(
      @NotNull(message = REQUIRED) BulkAction action,
      @NotEmpty(message = REQUIRED) @Size(max = 100, message = "{fumin.size.items}")
      List<@Valid @NotNull(message = REQUIRED) ReviewItem> items) {}

  public record ReviewResult(BulkAction action, List<EvidenceQueueItem> items) {}

  public record CompletenessSum(int nominations, int standardTotal, int saved, int submitted, int districtApproved,
      int accepted, int returned, int missing) {}

  public record NominationCompleteness(long nominationId, long townshipId, String townshipName, long districtId,
      String districtName, EvidenceCompleteness completeness) {}

  public record DistrictCompleteness(long districtId, String districtName, CompletenessSum sum) {}

  public record RoundCompleteness(long roundId, List<NominationCompleteness> nominations, List<DistrictCompleteness> districts,
      CompletenessSum total) {}
}
