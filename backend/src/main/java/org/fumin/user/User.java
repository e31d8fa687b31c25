package org.fumin.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fumin.auth.Role;
import org.fumin.common.persistence.TrackedEntity;

/** A person who signs in: one role, and a district or township scope for the local roles. */
@Entity
@Table(name = "app_user")
public class User extends TrackedEntity {

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

  public static User findByUsername(String username) {
    return find("username", username).firstResult();
  }
}
