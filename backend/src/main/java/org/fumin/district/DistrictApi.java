package org.fumin.district;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The records at the district API's boundary. */
public final class DistrictApi {

  private DistrictApi() {}

  public record DistrictInput(
      @NotNull(message = "{fumin.required}") @Pattern(regexp = "[0-9]{6}", message = "{fumin.district.code}") String code,
      @NotBlank(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String name,
      @NotNull(message = "{fumin.required}") DistrictKind kind) {}

  public record DistrictView(
      long id,
      String code,
      String name,
      DistrictKind kind,
      long townshipCount,
      long version,
      Instant createdAt,
      Instant updatedAt) {

    static DistrictView from(District d, long townshipCount) {
      return new DistrictView(d.id, d.code, d.name, d.kind, townshipCount, d.version, d.createdAt, d.updatedAt);
    }
  }

  /** Filters of the district list: {@code code} is exact, {@code updatedSince} for systems that sync. */
  public record DistrictFilter(DistrictKind kind, String q, String code, Instant updatedSince) {

    public DistrictFilter(DistrictKind kind, String q) {
      this(kind, q, null, null);
    }
  }
}
