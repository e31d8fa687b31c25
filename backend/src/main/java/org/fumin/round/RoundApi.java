package org.fumin.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.fumin.district.DistrictKind;

/** The records at the round API's boundary. */
public final class RoundApi {

  private RoundApi() {}

  /** What may be done to a round now. */
  public enum RoundAction { OPEN, START_ASSESSMENT, CLOSE, EDIT }

  public record PhaseInput(
      @NotNull(message = "{fumin.required}") Phase code,
      @NotNull(message = "{fumin.required}") OffsetDateTime startsAt,
      @NotNull(message = "{fumin.required}") OffsetDateTime endsAt) {}

  public record RoundInput(
      @NotNull(message = "{fumin.required}") @Min(value = 2000, message = "{fumin.min}") @Max(value = 2199, message = "{fumin.max}") Integer year,
      @NotBlank(message = "{fumin.required}") @Size(max = 128, message = "{fumin.size.max}") String name,
      @NotNull(message = "{fumin.required}") @Min(value = 1, message = "{fumin.min}") Long frameworkId,
      @NotNull(message = "{fumin.required}") @Min(value = 0, message = "{fumin.min}") @Max(value = 50, message = "{fumin.max}") Integer quotaCountyLevel,
      @NotNull(message = "{fumin.required}") @Min(value = 0, message = "{fumin.min}") @Max(value = 50, message = "{fumin.max}") Integer quotaFunctionalZone,
      @NotNull(message = "{fumin.required}") @Size(min = 5, max = 5, message = "{fumin.round.phases}") List<@Valid @NotNull(message = "{fumin.required}") PhaseInput> phases) {}

  public record PhaseView(Phase code, OffsetDateTime startsAt, OffsetDateTime endsAt) {}

  public record RoundView(
      long id,
      int year,
      String name,
      long frameworkId,
      String frameworkName,
      int frameworkEdition,
      RoundState state,
      int quotaCountyLevel,
      int quotaFunctionalZone,
      List<PhaseView> phases,
      boolean current,
      List<RoundAction> allowedActions,
      long version,
      Instant createdAt,
      Instant updatedAt) {}

  public record QuotaInput(
      @NotNull(message = "{fumin.required}") @Min(value = 0, message = "{fumin.min}") @Max(value = 50, message = "{fumin.max}") Integer quota) {}

  public record ProvincialCandidate(long nominationId, long townshipId, String townshipName) {}

  public record RoundDistrict(long districtId, String districtCode, String districtName, DistrictKind kind, int quota,
      int used, List<ProvincialCandidate> provincialCandidates) {}

  public record ReopeningInput(
      @NotNull(message = "{fumin.required}") @Min(value = 1, message = "{fumin.min}") Long townshipId,
      @NotNull(message = "{fumin.required}") Phase phase,
      @NotNull(message = "{fumin.required}") OffsetDateTime until,
      @NotBlank(message = "{fumin.required}") @Size(max = 1000, message = "{fumin.size.max}") String reason) {}

  public record Reopening(long id, long roundId, long townshipId, String townshipName, long districtId, Phase phase,
      OffsetDateTime until, String reason, String createdBy, OffsetDateTime createdAt) {}
}
