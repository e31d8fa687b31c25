package org.fumin.verdict;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.fumin.programme.VerdictProposal.Decision;

/** The ranking's records at the boundary. */
public final class RankingApi {

  private RankingApi() {}

  public record RankingEntryView(int position, int computedPosition, long nominationId, long townshipId, String townshipCode,
      String townshipName, long districtId, String districtName, int recognisedBonus, List<String> bonusCodes,
      Decision verdict, int accepted, int standardTotal, boolean moved, String justification) {}

  public record ProvincialRanking(long roundId, int roundYear, OffsetDateTime deadline, boolean deadlinePassed,
      boolean confirmed, Instant confirmedAt, String confirmedBy, List<RankingEntryView> entries, long version) {}

  public record MoveInput(
      @NotNull(message = "{fumin.required}") @Min(value = 1, message = "{fumin.min}") Long nominationId,
      @NotNull(message = "{fumin.required}") @Min(value = 1, message = "{fumin.min}") @Max(value = 1000, message = "{fumin.max}")
      Integer position,
      @NotBlank(message = "{fumin.required}") @Size(max = 1000, message = "{fumin.size.max}") String justification) {}
}
