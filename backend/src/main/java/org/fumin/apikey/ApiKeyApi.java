package org.fumin.apikey;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.fumin.common.idempotency.OneTimeSecret;

/** The records at the API-key management boundary. */
public final class ApiKeyApi {

  private ApiKeyApi() {}

  /** What a key may do: {@code read} every readable list and object in its scope, {@code import} bulk data. */
  public static final Set<String> SCOPES = Set.of("read", "import");

  public record ApiKeyInput(
      @NotBlank(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String name,
      @NotBlank(message = "{fumin.required}") @Size(max = 128, message = "{fumin.size.max}") String ownerSystem,
      @NotNull(message = "{fumin.required}") @NotEmpty(message = "{fumin.required}") @Size(max = 2, message = "{fumin.size.max}") Set<String> scopes,
      @Min(value = 1, message = "{fumin.min}") Long districtId,
      Instant expiresAt,
      @Min(value = 1, message = "{fumin.min}") Integer rateLimitPerMinute) {}

  public record ApiKeyView(
      long id,
      String name,
      String ownerSystem,
      String prefix,
      Set<String> scopes,
      Long districtId,
      Instant expiresAt,
      Instant revokedAt,
      Instant lastUsedAt,
      Instant previousValidUntil,
      int rateLimitPerMinute,
      boolean active,
      long version,
      Instant createdAt) {

    static ApiKeyView from(ApiKey k, Instant now) {
      return new ApiKeyView(k.id, k.name, k.ownerSystem, k.prefix, k.scopeSet(), k.districtId, k.expiresAt, k.revokedAt,
          k.lastUsedAt, k.previousValidUntil, k.rateLimitPerMinute, k.isActive(now), k.version, k.createdAt);
    }
  }

  /** A new or rotated key with its secret, shown once and never stored (nor replayed). */
  public record ApiKeyWithSecret(ApiKeyView apiKey, String secret) implements OneTimeSecret {}
}
