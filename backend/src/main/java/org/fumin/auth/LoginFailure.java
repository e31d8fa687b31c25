package org.fumin.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A failed sign-in or a wrong current password, from a client address and (when known) against an
 * account; counted over a window to throttle guessing.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "client_address")
  public String clientAddress;

  @Column(name = "user_id")
  public Long userId;

  public Instant at;

  static void record(String clientAddress, Long userId, Instant at) {
    LoginFailure failure = new LoginFailure();
    failure.clientAddress = String.valueOf(clientAddress);
    failure.userId = userId;
    failure.at = at;
    failure.persist();
  }

  static long fromAddressSince(String clientAddress, Instant since) {
    return count("clientAddress = ?1 and at > ?2", String.valueOf(clientAddress), since);
  }

  static long againstUserSince(long userId, Instant since) {
    return count("userId = ?1 and at > ?2", userId, since);
  }

  static long purgeBefore(Instant before) {
    return delete("at < ?1", before);
  }
}
