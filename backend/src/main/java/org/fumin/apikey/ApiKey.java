package org.fumin.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.fumin.common.persistence.TrackedEntity;

/** Machine access for a third-party system or script; only a hash of the secret is kept. */
@Entity
@Table(name = "api_key")
public class ApiKey extends TrackedEntity {

  public String name;

  @Column(name = "owner_system")
  public String ownerSystem;

  /** The public part of the key, shown in lists to tell keys apart. */
  public String prefix;

  @Column(name = "secret_hash")
  public String secretHash;

  @Column(name = "previous_secret_hash")
  public String previousSecretHash;

  @Column(name = "previous_valid_until")
  public Instant previousValidUntil;

  /** Comma-separated scopes, e.g. {@code read,import}. */
  public String scopes;

  @Column(name = "district_id")
  public Long districtId;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Column(name = "rate_limit_per_minute")
  public int rateLimitPerMinute = 600;

  @Column(name = "created_by")
  public Long createdBy;

  public Set<String> scopeSet() {
    return new TreeSet<>(Arrays.asList(scopes.split(",")));
  }

  public boolean isActive(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }
}
