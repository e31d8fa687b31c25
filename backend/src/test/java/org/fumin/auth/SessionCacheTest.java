package org.fumin.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.fumin.common.Hashes;
import org.fumin.testing.TestClock;
import org.fumin.testing.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Signed-in requests are answered from a short-lived copy of the session; a change announced by
 * any replica (PostgreSQL NOTIFY) evicts it at once, and this replica's own changes take effect
 * on the very next request.
 */
@QuarkusTest
class SessionCacheTest {

  @Inject EntityManager em;
  @Inject SessionCache cache;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aSessionEndedOnAnotherReplicaIsRefusedAsSoonAsItsNotificationArrives() throws InterruptedException {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    as(user).get("/api/v1/auth/me").then().statusCode(200);
    assertThat(cache.isListening()).isTrue();

    long sessionId = revokeWithoutTelling(user.session());
    as(user).get("/api/v1/auth/me").then().statusCode(200); // the cached copy still answers

    notifyAsAnotherReplica("session:" + sessionId);
    assertThat(statusWithin(user, Duration.ofSeconds(2))).isEqualTo(401);
  }

  @Test
  void aUserChangeAnnouncedByAnotherReplicaEndsTheCachedSessionsOfThatUser() throws InterruptedException {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    as(user).get("/api/v1/auth/me").then().statusCode(200);
    disableWithoutTelling(user.userId());
    as(user).get("/api/v1/auth/me").then().statusCode(200);

    notifyAsAnotherReplica("user:" + user.userId());
    assertThat(statusWithin(user, Duration.ofSeconds(2))).isEqualTo(401);
  }

  @Test
  void endingASessionHereTakesEffectOnTheNextRequest() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    Users.Login other = Users.freshSession(user);
    as(other).get("/api/v1/auth/me").then().statusCode(200);
    long otherId = as(other).get("/api/v1/auth/sessions").jsonPath().getLong("find { it.current }.id");
    as(user).delete("/api/v1/auth/sessions/" + otherId).then().statusCode(204);
    as(other).get("/api/v1/auth/me").then().statusCode(401);
  }

  @Test
  void aCachedSessionWhoseIdleTimerIsDueIsStillTouched() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    clock.advance(Duration.ofSeconds(25));
    as(user).get("/api/v1/auth/me").then().statusCode(200); // read and cached; seen at sign-in, 25 s ago
    Instant seen = lastSeenAt(user.session());

    clock.advance(Duration.ofSeconds(6)); // still cached, but the idle timer is 31 s old
    as(user).get("/api/v1/auth/me").then().statusCode(200);
    assertThat(lastSeenAt(user.session())).isAfter(seen.plusSeconds(30));
  }

  @Transactional
  Instant lastSeenAt(String token) {
    return em.createQuery("select s.lastSeenAt from UserSession s where s.tokenHash = :hash", Instant.class)
        .setParameter("hash", Hashes.sha256(token)).getSingleResult();
  }

  private static int statusWithin(Users.Login user, Duration limit) throws InterruptedException {
    long until = System.nanoTime() + limit.toNanos();
    int status;
    do {
      status = as(user).get("/api/v1/auth/me").statusCode();
      if (status == 401) {
        return status;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < until);
    return status;
  }

  /** What another replica's transaction would do, without the notification. */
  @Transactional
  long revokeWithoutTelling(String token) {
    long id = ((Number) em.createNativeQuery("select id from user_session where token_hash = ?1")
        .setParameter(1, Hashes.sha256(token)).getSingleResult()).longValue();
    em.createNativeQuery("update user_session set revoked_at = now() where id = ?1").setParameter(1, id).executeUpdate();
    return id;
  }

  @Transactional
  void disableWithoutTelling(long userId) {
    em.createNativeQuery("update app_user set enabled = false where id = ?1").setParameter(1, userId).executeUpdate();
  }

  @Transactional
  void notifyAsAnotherReplica(String change) {
    em.createNativeQuery("select pg_notify('fumin_session_changes', ?1)").setParameter(1, change).getSingleResult();
  }
}
