package org.fumin.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Sign-in, session and API-key settings ({@code fumin.auth.*}). */
@ConfigMapping(prefix = "fumin.auth")
public interface AuthConfig {

  /** A session ends after this long without requests. */
  @WithDefault("30M")
  Duration sessionIdleTimeout();

  /** A session ends this long after sign-in, however active. */
  @WithDefault("12H")
  Duration sessionAbsoluteTimeout();

  /**
   * How long a replica may answer from its in-memory copy of a resolved session. Sign-out, revocation
   * and account changes evict it on every replica at once (PostgreSQL NOTIFY), so this only bounds
   * how stale an entry can get if a notification were lost.
   */
  @WithDefault("10S")
  Duration sessionCacheTtl();

  /** Mark cookies {@code Secure}; on by default, off only for plain-HTTP local runs. */
  @WithDefault("true")
  boolean secureCookies();

  /** Consecutive failed sign-ins that lock an account until a city admin unlocks it. */
  @WithDefault("5")
  int lockAfterFailures();

  /** Failed sign-ins from one client address within {@link #addressWindow()} before it is throttled. */
  @WithDefault("20")
  int addressFailures();

  @WithDefault("15M")
  Duration addressWindow();

  /** How long a rotated API key's old secret stays valid. */
  @WithDefault("24H")
  Duration keyRotationGrace();

  /** The first city admin's password; when absent a one-time password is printed to the log. */
  Optional<String> initialAdminPassword();

  /** PBKDF2 iterations for new password hashes. */
  @WithDefault("310000")
  int passwordIterations();
}
