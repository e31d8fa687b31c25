package org.fumin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Import jobs with several replicas (owner and heartbeat) and the lifetime of import idempotency keys. */
@QuarkusTest
class ImportJobsTest {

  @Inject ImportJobs jobs;
  @Inject HeldImports held;
  @Inject EntityManager em;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    held.release();
    clock.reset();
  }

  // ---- owner and heartbeat ----

  @Test
  void atStartOnlyImportsOfThisInstanceOrWithAStaleHeartbeatAreMarkedFailed() {
    Instant now = clock.instant();
    long otherAlive = running("replica-b:8080", now.minusSeconds(5));
    long otherStopped = running("replica-c:8080", now.minus(Duration.ofMinutes(3)));
    long ownBeforeTheRestart = running(jobs.instanceId(), now.minusSeconds(5));

    jobs.failAbandoned(true);

    assertThat(state(otherAlive)).isEqualTo("RUNNING");
    assertThat(state(otherStopped)).isEqualTo("FAILED");
    assertThat(state(ownBeforeTheRestart)).isEqualTo("FAILED");
    finish(otherAlive);
  }

  @Test
  void aRunningInstanceKeepsItsImportsAliveAndFailsThoseOfAStoppedReplica() {
    long own = running(jobs.instanceId(), clock.instant());
    long other = running("replica-b:8080", clock.instant());

    jobs.failAbandoned(false); // later than the start: this instance's own imports are running, not interrupted
    assertThat(state(own)).isEqualTo("RUNNING");
    assertThat(state(other)).isEqualTo("RUNNING");

    clock.advance(Duration.ofMinutes(3)); // replica-b stopped beating; this instance beats
    assertThat(jobs.beat()).isPositive();
    jobs.failAbandoned(false);
    assertThat(state(own)).isEqualTo("RUNNING");
    assertThat(state(other)).isEqualTo("FAILED");
    finish(own);
  }

  @Test
  void anImportJobNamesItsOwnerAndBeatsWhileItRuns() throws InterruptedException {
    Place place = Fixtures.place();
    held.hold();
    long id = csv(rows(place, 1, 3_001)).post("/api/v1/imports/townships").then().statusCode(202).extract().jsonPath().getLong("id");
    Instant started = heartbeat(id);
    assertThat(owner(id)).isEqualTo(jobs.instanceId());
    clock.advance(Duration.ofSeconds(30));
    jobs.beat();
    assertThat(heartbeat(id)).isAfter(started);
    held.release();
    awaitEnd(id);
    assertThat(state(id)).isEqualTo("SUCCEEDED");
  }

  @Test
  void anImportGivenUpWhileItsInstanceStalledWritesNothingWhenItResumes() throws InterruptedException {
    Place place = Fixtures.place();
    String reader = Fixtures.apiKey(null, "import", "read");
    int before = townshipsIn(reader, place);
    held.hold();
    long id = csv(rows(place, 1, 3_001)).post("/api/v1/imports/townships").then().statusCode(202).extract().jsonPath().getLong("id");
    awaitWaiting();
    clock.advance(Duration.ofMinutes(3)); // this instance stalls (no heartbeat): another replica gives the import up
    assertThat(jobs.failAbandoned(false)).isPositive();
    assertThat(state(id)).isEqualTo("FAILED");

    held.release(); // the stalled instance resumes and runs the import to its end
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!held.hasEnded(id) && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertThat(held.hasEnded(id)).isTrue();
    assertThat(state(id)).isEqualTo("FAILED");
    assertThat(townshipsIn(reader, place)).isEqualTo(before);
  }

  // ---- idempotency keys expire ----

  @Test
  void anImportKeyReplaysForItsLifetimeThenHousekeepingReleasesItAndTheKeyRunsAgain() {
    Place place = Fixtures.place();
    String secret = Fixtures.apiKey(null, "import", "read"); // a key, not a session: sessions end a day on, keys do not
    String key = "expiring-" + System.nanoTime();
    long first = csv(secret, rows(place, 1, 2)).header("Idempotency-Key", key).post("/api/v1/imports/townships")
        .then().statusCode(200).body("created", equalTo(2)).extract().jsonPath().getLong("id");

    clock.advance(Duration.ofHours(23)); // within the 24 h the key replays, and another payload under it is refused
    csv(secret, rows(place, 1, 2)).header("Idempotency-Key", key).post("/api/v1/imports/townships").then().statusCode(200)
        .header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
    csv(secret, rows(place, 3, 1)).header("Idempotency-Key", key).post("/api/v1/imports/townships").then().statusCode(422);

    clock.advance(Duration.ofHours(2));
    assertThat(jobs.expireKeys()).isPositive();
    assertThat(keyExpired(first)).isTrue();
    Response again = csv(secret, rows(place, 3, 1)).header("Idempotency-Key", key).post("/api/v1/imports/townships");
    again.then().statusCode(200).body("created", equalTo(1));
    assertThat(again.header("Idempotent-Replayed")).isNull();
    assertThat(again.jsonPath().getLong("id")).isNotEqualTo(first);
    assertThat(townshipsIn(secret, place)).isEqualTo(4);
  }

  @Test
  void aKeyPastItsLifetimeRunsAgainEvenBeforeHousekeeping() {
    Place place = Fixtures.place();
    String secret = Fixtures.apiKey(null, "import", "read"); // a key, not a session: sessions end a day on, keys do not
    String key = "expired-" + System.nanoTime();
    String file = rows(place, 1, 2);
    long first = csv(secret, file).header("Idempotency-Key", key).post("/api/v1/imports/townships")
        .then().statusCode(200).extract().jsonPath().getLong("id");
    clock.advance(Duration.ofHours(25));
    // the same file again is a new import now: its rows exist, so in create mode it is refused, not replayed
    Response again = csv(secret, file).header("Idempotency-Key", key).post("/api/v1/imports/townships");
    again.then().statusCode(422);
    assertThat(again.header("Idempotent-Replayed")).isNull();
    assertThat(keyExpired(first)).isTrue();
    assertThat(townshipsIn(secret, place)).isEqualTo(3);
  }

  // ---- helpers ----

  private static io.restassured.specification.RequestSpecification csv(String rows) {
    return csv(api(), rows);
  }

  private static io.restassured.specification.RequestSpecification csv(String secret, String rows) {
    return csv(Api.withKey(secret), rows);
  }

  private static io.restassured.specification.RequestSpecification csv(io.restassured.specification.RequestSpecification as, String rows) {
    return as.contentType("text/csv; charset=UTF-8").body(("code,name,districtCode\n" + rows).getBytes(StandardCharsets.UTF_8));
  }

  private static String rows(Place place, int from, int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      rows.append(place.districtCode()).append(String.format("%06d", i)).append(",任务镇").append(i).append(',')
          .append(place.districtCode()).append('\n');
    }
    return rows.toString();
  }

  private static int townshipsIn(String secret, Place place) {
    return Api.withKey(secret).queryParam("districtId", place.districtId()).get("/api/v1/townships").jsonPath().getInt("total");
  }

  private void awaitWaiting() throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (held.waiting() == 0 && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(held.waiting()).isPositive();
  }

  private void awaitEnd(long id) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until && "RUNNING".equals(state(id))) {
      Thread.sleep(100);
    }
  }

  /** A RUNNING import row as another instance (or this one before a restart) left it. */
  @Transactional
  long running(String owner, Instant heartbeat) {
    return ((Number) em.createNativeQuery("""
            insert into import_job (kind, format, mode, dry_run, caller, caller_name, request_hash, state, created_at, owner, heartbeat_at)
            values ('TOWNSHIPS', 'CSV', 'CREATE', false, 'USER:1', 'test', 'x', 'RUNNING', ?1, ?2, ?1) returning id""")
        .setParameter(1, heartbeat).setParameter(2, owner).getSingleResult()).longValue();
  }

  /** Ends a row a test left RUNNING, so that no other test's sweep sees it. */
  @Transactional
  void finish(long id) {
    em.createNativeQuery("update import_job set state = 'FAILED', finished_at = ?2 where id = ?1")
        .setParameter(1, id).setParameter(2, clock.instant()).executeUpdate();
  }

  @Transactional
  String state(long id) {
    return (String) em.createNativeQuery("select state from import_job where id = ?1").setParameter(1, id).getSingleResult();
  }

  @Transactional
  String owner(long id) {
    return (String) em.createNativeQuery("select owner from import_job where id = ?1").setParameter(1, id).getSingleResult();
  }

  @Transactional
  Instant heartbeat(long id) {
    return em.createQuery("select j.heartbeatAt from ImportJob j where j.id = :id", Instant.class).setParameter("id", id).getSingleResult();
  }

  @Transactional
  boolean keyExpired(long id) {
    return (Boolean) em.createNativeQuery("select key_expired from import_job where id = ?1").setParameter(1, id).getSingleResult();
  }
}
