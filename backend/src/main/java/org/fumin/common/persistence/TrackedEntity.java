package org.fumin.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every changeable record has: a database-generated id, a version (optimistic locking and
 * the ETag), and when it was created and last changed, read from the application's one clock.
 */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Version
  public long version;

  @Column(name = "created_at", updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /**
   * Marks the record as changed although none of its own columns did (e.g. one of its parts was
   * edited): the next flush writes a new {@code updatedAt} and so a new version, hence a new ETag.
   */
  public void touch() {
    updatedAt = EntityClock.now();
  }

  @PrePersist
  void onCreate() {
    createdAt = EntityClock.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = EntityClock.now();
  }
}
