package org.fumin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.fumin.testing.Fixtures;
import org.fumin.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Housekeeping forgets old rate counters, sign-in failures and idempotency records, and keeps recent ones. */
@QuarkusTest
class HousekeepingTest {

  @Inject Housekeeping housekeeping;
  @Inject EntityManager em;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void oldBookkeepingIsForgottenAndRecentIsKept() {
    Fixtures.apiKey(null, "read");
    String marker = "housekeeping-" + System.nanoTime();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    insert(marker, now.minus(Duration.ofDays(3)), "old");
    insert(marker, now, "new");

    housekeeping.run();
    assertThat(count("select count(*) from login_failure where client_address = ?1", marker + "-old")).isZero();
    assertThat(count("select count(*) from login_failure where client_address = ?1", marker + "-new")).isOne();
    assertThat(count("select count(*) from idempotency_record where idempotency_key = ?1", marker + "-old")).isZero();
    assertThat(count("select count(*) from idempotency_record where idempotency_key = ?1", marker + "-new")).isOne();
    assertThat(count("select count(*) from api_key_usage where window_start = ?1", now.minus(Duration.ofDays(3)))).isZero();
    assertThat(count("select count(*) from api_key_usage where window_start = ?1", now)).isPositive();

    clock.advance(Duration.ofDays(3)); // what was recent is old three days on
    housekeeping.run();
    assertThat(count("select count(*) from login_failure where client_address = ?1", marker + "-new")).isZero();
  }

  @Transactional
  void insert(String marker, Instant at, String age) {
    long key = ((Number) em.createNativeQuery("select max(id) from api_key").getSingleResult()).longValue();
    em.createNativeQuery("insert into login_failure (client_address, at) values (?1, ?2)")
        .setParameter(1, marker + "-" + age).setParameter(2, at).executeUpdate();
    em.createNativeQuery("""
            insert into idempotency_record (caller, operation, idempotency_key, request_hash, status, body, created_at)
            values ('USER:1', 'test', ?1, 'x', 201, '{}', ?2)""")
        .setParameter(1, marker + "-" + age).setParameter(2, at).executeUpdate();
    em.createNativeQuery("""
            insert into api_key_usage (api_key_id, window_start, requests) values (?1, ?2, 1)
            on conflict do nothing""")
        .setParameter(1, key).setParameter(2, at).executeUpdate();
  }

  @Transactional
  long count(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
  }
}
