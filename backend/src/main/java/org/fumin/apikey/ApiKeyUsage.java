package org.fumin.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Requests of one key in one fixed minute, shared by all replicas; counted by an upsert. */
@Entity
@Table(name = "api_key_usage")
public class ApiKeyUsage {

  @EmbeddedId
  public Window window;

  public int requests;

  /** Which key, which minute. */
  @Embeddable
  public record Window(@Column(name = "api_key_id") long apiKeyId, @Column(name = "window_start") Instant windowStart)
      implements Serializable {}
}
