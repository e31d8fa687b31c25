package org.fumin.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A browser session; the cookie holds a random token, this row only its SHA-256. */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "token_hash")
  public String tokenHash;

  @Column(name = "csrf_token")
  public String csrfToken;

  @Column(name = "user_id")
  public long userId;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "last_seen_at")
  public Instant lastSeenAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "client_address")
  public String clientAddress;

  @Column(name = "user_agent")
  public String userAgent;
}
