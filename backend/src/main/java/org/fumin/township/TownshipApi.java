package org.fumin.township;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The records at the township API's boundary. */
public final class TownshipApi {

  private TownshipApi() {}

  /** The district is named by its id or by its administrative code ({@code districtCode}), exactly one of them. */
  public record TownshipInput(
      @NotNull(message = "{fumin.required}") @Pattern(regexp = "[0-9]{9}|[0-9]{12}", message = "{fumin.township.code}") String code,
      @NotBlank(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String name,
      @Min(value = 1, message = "{fumin.min}") Long districtId,
      @Pattern(regexp = "[0-9]{6}", message = "{fumin.district.code}") String districtCode) {

    public TownshipInput(String code, String name, Long districtId) {
      this(code, name, districtId, null);
    }
  }

  public record TownshipView(
      long id,
      String code,
      String name,
      long districtId,
      String districtName,
      long version,
      Instant createdAt,
      Instant updatedAt) {

    static TownshipView from(Township t) {
      return new TownshipView(t.id, t.code, t.name, t.district.id, t.district.name, t.version, t.createdAt, t.updatedAt);
    }
  }

  /** Filters of the township list: codes are exact, {@code updatedSince} for systems that sync. */
  public record TownshipFilter(Long districtId, String q, String code, String districtCode, Instant updatedSince) {

    public TownshipFilter(Long districtId, String q) {
      this(districtId, q, null, null, null);
    }
  }
}
