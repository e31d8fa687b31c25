package org.fumin.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

/** Replays belong to the caller that made the first request, and never carry one-time secrets. */
@QuarkusTest
class IdempotencyTest {

  @Inject EntityManager em;

  @Test
  void anotherCallersSameKeyRunsAfreshAndNeverGetsTheFirstCallersSecret() {
    String key = "key-create-" + System.nanoTime();
    Map<String, Object> body = Map.of("name", "幂等密钥" + System.nanoTime(), "ownerSystem", "脚本", "scopes", List.of("read"));
    String secret = api().header("Idempotency-Key", key).body(body).post("/api/v1/api-keys")
        .then().statusCode(201).header("Cache-Control", containsString("no-store"))
        .extract().jsonPath().getString("secret");

    Users.Login otherAdmin = Users.create(Role.CITY_ADMIN, null, null);
    Response other = as(otherAdmin).header("Idempotency-Key", key).body(body).post("/api/v1/api-keys");
    other.then().statusCode(409).body("type", equalTo("urn:fumin:problem:duplicate")); // ran afresh: the name is taken
    assertThat(other.asString()).doesNotContain(secret);
  }

  @Test
  void aReplayOfACreateWithASecretNamesTheObjectButNeverStoresOrRepeatsTheSecret() {
    String key = "key-replay-" + System.nanoTime();
    Map<String, Object> body = Map.of("name", "重放密钥" + System.nanoTime(), "ownerSystem", "脚本", "scopes", List.of("read"));
    Response first = api().header("Idempotency-Key", key).body(body).post("/api/v1/api-keys");
    first.then().statusCode(201);
    String secret = first.jsonPath().getString("secret");
    long id = first.jsonPath().getLong("apiKey.id");

    Response replay = api().header("Idempotency-Key", key).body(body).post("/api/v1/api-keys");
    replay.then().statusCode(409).contentType("application/problem+json")
        .body("detail", containsString("v1/api-keys/" + id)).body("detail", not(containsString(secret)));
    assertThat(storedAnswers(key)).noneMatch(stored -> stored.contains(secret) || stored.contains("fmk_"));

    String userKey = "key-user-" + System.nanoTime();
    Map<String, Object> user = Map.of("username", "idem-" + System.nanoTime(), "displayName", "幂等", "role", "VIEWER");
    String password = api().header("Idempotency-Key", userKey).body(user).post("/api/v1/users")
        .then().statusCode(201).extract().jsonPath().getString("initialPassword");
    api().header("Idempotency-Key", userKey).body(user).post("/api/v1/users")
        .then().statusCode(409).body("detail", not(containsString(password)));
    assertThat(storedAnswers(userKey)).noneMatch(stored -> stored.contains(password));
  }

  @Test
  void aDistrictAdminCannotReplayAnotherDistrictsCreate() {
    Fixtures.Place own = Fixtures.place();
    Fixtures.Place foreign = Fixtures.place();
    Users.Login foreignAdmin = Users.create(Role.DISTRICT_ADMIN, foreign.districtId(), null);
    Users.Login ownAdmin = Users.create(Role.DISTRICT_ADMIN, own.districtId(), null);
    String key = "key-township-" + System.nanoTime();
    Map<String, Object> body = Map.of("code", foreign.districtCode() + "321", "name", "幂等镇" + System.nanoTime(),
        "districtId", foreign.districtId());
    as(foreignAdmin).header("Idempotency-Key", key).body(body).post("/api/v1/townships").then().statusCode(201);

    Response replayed = as(ownAdmin).header("Idempotency-Key", key).body(body).post("/api/v1/townships");
    assertThat(replayed.statusCode()).isEqualTo(400); // its own request: a district outside its scope
    assertThat(replayed.header("Idempotent-Replayed")).isNull();

    as(foreignAdmin).header("Idempotency-Key", key).body(body).post("/api/v1/townships")
        .then().statusCode(201).header("Idempotent-Replayed", "true");
  }

  @SuppressWarnings("unchecked")
  private List<String> storedAnswers(String key) {
    return em.createNativeQuery("select body from idempotency_record where idempotency_key = ?1")
        .setParameter(1, key).getResultList();
  }
}
