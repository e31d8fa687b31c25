package org.fumin.user;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.OneTimeSecret;

/** The records at the user-management API's boundary. */
public final class UserApi {

  private UserApi() {}

  public record UserInput(
      @NotNull(message = "{fumin.required}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{fumin.username}") String username,
      @NotBlank(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String displayName,
      @NotNull(message = "{fumin.required}") Role role,
      @Min(value = 1, message = "{fumin.min}") Long districtId,
      @Min(value = 1, message = "{fumin.min}") Long townshipId) {}

  public record UserUpdate(
      @NotBlank(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String displayName,
      @NotNull(message = "{fumin.required}") Role role,
      @Min(value = 1, message = "{fumin.min}") Long districtId,
      @Min(value = 1, message = "{fumin.min}") Long townshipId) {}

  public record UserView(
      long id,
      String username,
      String displayName,
      Role role,
      Long districtId,
      Long townshipId,
      boolean enabled,
      boolean locked,
      boolean mustChangePassword,
      long version,
      Instant createdAt,
      Instant updatedAt) {

    static UserView from(User u) {
      return new UserView(u.id, u.username, u.displayName, u.role, u.districtId, u.townshipId, u.enabled, u.locked,
          u.mustChangePassword, u.version, u.createdAt, u.updatedAt);
    }
  }

  /** A new or reset account with its one-time password, shown once. */
  public record UserWithPassword(UserView user, String initialPassword) implements OneTimeSecret {}

  public record UserFilter(Role role, Long districtId, Boolean enabled, String q) {}
}
