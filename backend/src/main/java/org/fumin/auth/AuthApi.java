package org.fumin.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The records at the sign-in API's boundary. */
public final class AuthApi {

  private AuthApi() {}

  public record LoginInput(
      @NotBlank(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String username,
      @NotNull(message = "{fumin.required}") @Size(max = 128, message = "{fumin.size.max}") String password) {}

  public record PasswordChange(
      @NotNull(message = "{fumin.required}") @Size(max = 128, message = "{fumin.size.max}") String currentPassword,
      @NotNull(message = "{fumin.required}") @Size(max = 128, message = "{fumin.size.max}") String newPassword) {}

  /** Who is signed in, what they may see, and the token to send back in {@code X-CSRF-Token}. */
  public record Me(
      long id,
      String username,
      String displayName,
      Role role,
      Long districtId,
      String districtName,
      Long townshipId,
      String townshipName,
      boolean mustChangePassword,
      String csrfToken) {}

  public record SessionView(long id, boolean current, Instant createdAt, Instant lastSeenAt, Instant expiresAt,
      String clientAddress, String userAgent) {}
}
