package org.fumin.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.fumin.auth.Role;

/** A person who signs in: one role, and a district or township scope for the local roles. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String username;

  @Column(name = "display_name")
  public String displayName;

  @Column(name = "password_hash")
  public String passwordHash;

  @Enumerated(EnumType.STRING)
  public Role role;

  @Column(name = "district_id")
  public Long districtId;

  @Column(name = "township_id")
  public Long townshipId;

  public boolean enabled = true;

  @Column(name = "must_change_password")
  public boolean mustChangePassword = true;

  @Column(name = "failed_logins")
  public int failedLogins;

  public boolean locked;

  @Column(name = "password_changed_at")
  public Instant passwordChangedAt;

  @Version
  public long version;

  @Column(name = "created_at", updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public static User findByUsername(String username) {
    return find("username", username).firstResult();
  }

  @PrePersist
  void onCreate() {
    createdAt = Instant.now();
    updatedAt = createdAt;
    if (passwordChangedAt == null) {
      passwordChangedAt = createdAt;
    }
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instant.now();
  }
}
