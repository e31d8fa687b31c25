package org.fumin.nomination;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.fumin.programme.NominationAction;
import org.fumin.round.Deadlines.Deadline;
import org.fumin.round.RoundState;

/** The records at the nomination API's boundary. */
public final class NominationApi {

  private NominationApi() {}

  /** The township is named by its id or by its administrative code ({@code townshipCode}), exactly one of them. */
  public record NominationInput(
      @Min(value = 1, message = "{fumin.min}") Long townshipId,
      @jakarta.validation.constraints.Pattern(regexp = "[0-9]{9}|[0-9]{12}", message = "{fumin.township.code}") String townshipCode) {}

  public record ReasonInput(@NotBlank(message = "{fumin.required}") @Size(max = 1000, message = "{fumin.size.max}") String reason) {}

  public record NominationView(
      long id,
      long roundId,
      int roundYear,
      RoundState roundState,
      long townshipId,
      String townshipCode,
      String townshipName,
      long districtId,
      String districtName,
      NominationState state,
      boolean provincialCandidate,
      String returnReason,
      String decisionReason,
      List<NominationAction> allowedActions,
      List<Deadline> deadlines,
      long version,
      Instant createdAt,
      Instant updatedAt) {}

  /** A nomination as an export lists it: one flat row, read as a projection (no actions or deadlines). */
  public record NominationRow(
      long id,
      int roundYear,
      String townshipCode,
      String townshipName,
      String districtName,
      NominationState state,
      boolean provincialCandidate,
      Instant updatedAt) {}

  /** Filters of the nomination list: codes are exact, {@code updatedSince} for systems that sync. */
  public record NominationFilter(Long roundId, Long districtId, NominationState state, Boolean provincialCandidate, String q,
      String districtCode, String townshipCode, Instant updatedSince) {

    public NominationFilter(Long roundId, Long districtId, NominationState state, Boolean provincialCandidate, String q) {
      this(roundId, districtId, state, provincialCandidate, q, null, null, null);
    }
  }
}
