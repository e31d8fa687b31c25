package org.fumin.apikey;

import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.withKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.fumin.testing.Fixtures;
import org.fumin.testing.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {

  @Inject TestClock clock;

  @Test
  void theSecretIsShownOnceAndNeverListed() {
    var created = api().body(Map.of("name", "一次性" + System.nanoTime(), "ownerSystem", "省平台", "scopes", List.of("read")))
        .post("/api/v1/api-keys").then().statusCode(201).body("secret", startsWith("fmk_")).extract().jsonPath();
    long id = created.getLong("apiKey.id");
    api().get("/api/v1/api-keys/" + id).then().statusCode(200).body("$", not(hasKey("secret"))).body("active", equalTo(true));
    withKey(created.getString("secret")).get("/api/v1/districts").then().statusCode(200);
    api().get("/api/v1/api-keys/" + id).then().body("lastUsedAt", notNullValue());
  }

  @Test
  void aDistrictKeySeesOnlyItsDistrict() {
    Fixtures.Place own = Fixtures.place();
    Fixtures.Place other = Fixtures.place();
    String key = Fixtures.apiKey(own.districtId(), "read");
    withKey(key).queryParam("size", 100).get("/api/v1/townships").then().statusCode(200)
        .body("items.districtId", everyItem(equalTo((int) own.districtId())));
    withKey(key).get("/api/v1/townships/" + other.townshipId()).then().statusCode(404);
    withKey(key).get("/api/v1/districts").then().body("total", equalTo(1));
  }

  @Test
  void anImportKeyCreatesInItsDistrictButCannotReadOrManage() {
    Fixtures.Place own = Fixtures.place();
    String key = Fixtures.apiKey(own.districtId(), "import");
    withKey(key).body(Map.of("code", own.districtCode() + "555", "name", "导入镇", "districtId", own.districtId()))
        .post("/api/v1/townships").then().statusCode(201);
    withKey(key).get("/api/v1/townships").then().statusCode(403);
    withKey(key).get("/api/v1/users").then().statusCode(403);
    api().queryParam("action", "TOWNSHIP_CREATED").queryParam("entityType", "TOWNSHIP").get("/api/v1/audit-events")
        .then().body("items[0].actorType", equalTo("API_KEY"));
  }

  @Test
  void rotationKeepsTheOldSecretForTheGracePeriodAndRevokingEndsBoth() {
    var created = api().body(Map.of("name", "轮换" + System.nanoTime(), "ownerSystem", "脚本", "scopes", List.of("read")))
        .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath();
    long id = created.getLong("apiKey.id");
    String old = created.getString("secret");
    String fresh = api().post("/api/v1/api-keys/" + id + "/rotate").then().statusCode(200)
        .body("apiKey.previousValidUntil", notNullValue()).extract().jsonPath().getString("secret");
    withKey(old).get("/api/v1/districts").then().statusCode(200);
    withKey(fresh).get("/api/v1/districts").then().statusCode(200);
    api().post("/api/v1/api-keys/" + id + "/revoke").then().statusCode(200).body("active", equalTo(false));
    withKey(old).get("/api/v1/districts").then().statusCode(401);
    withKey(fresh).get("/api/v1/districts").then().statusCode(401);
    api().post("/api/v1/api-keys/" + id + "/rotate").then().statusCode(409);
  }

  @Test
  void aKeyOverItsRateLimitGets429WithRetryAfter() {
    // the limit counts per clock minute: start as one begins, so that all six requests fall in it. Back,
    // never forward: a key created in the future would be "the newest" for the tests that run later.
    clock.setTo(Instant.now().truncatedTo(ChronoUnit.MINUTES));
    try {
      sixRequestsOverALimitOfThree();
    } finally {
      clock.reset();
    }
  }

  private void sixRequestsOverALimitOfThree() {
    String secret = api().body(Map.of("name", "限流" + System.nanoTime(), "ownerSystem", "脚本", "scopes", List.of("read"),
            "rateLimitPerMinute", 3))
        .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("secret");
    int refused = 0;
    for (int i = 0; i < 5; i++) {
      int status = withKey(secret).get("/api/v1/districts").statusCode();
      refused += status == 429 ? 1 : 0;
    }
    org.assertj.core.api.Assertions.assertThat(refused).isEqualTo(2);
    withKey(secret).get("/api/v1/districts").then().statusCode(429)
        .header("Retry-After", notNullValue()).contentType("application/problem+json");
  }

  @Test
  void unknownScopesAndPastExpiriesAreRefused() {
    org.fumin.testing.Api.invalid().body(Map.of("name", "坏" + System.nanoTime(), "ownerSystem", "x", "scopes", List.of("admin")))
        .post("/api/v1/api-keys").then().statusCode(400);
    api().body(Map.of("name", "过期" + System.nanoTime(), "ownerSystem", "x", "scopes", List.of("read"), "expiresAt", "2020-01-01T00:00:00Z"))
        .post("/api/v1/api-keys").then().statusCode(400).body("violations[0].field", equalTo("expiresAt"));
    api().get("/api/v1/api-keys").then().body("total", greaterThan(0));
  }

  @Test
  void aNullScopeIsABadRequestNamingTheField() {
    java.util.List<String> scopes = new java.util.ArrayList<>();
    scopes.add(null);
    org.fumin.testing.Api.invalid().body(Map.of("name", "空" + System.nanoTime(), "ownerSystem", "x", "scopes", scopes))
        .post("/api/v1/api-keys").then().statusCode(400).contentType("application/problem+json")
        .body("violations[0].field", equalTo("scopes"));
  }

  @Test
  void secretsAreNotStoredByCaches() {
    var created = api().body(Map.of("name", "缓存" + System.nanoTime(), "ownerSystem", "脚本", "scopes", List.of("read")))
        .post("/api/v1/api-keys").then().statusCode(201).header("Cache-Control", containsString("no-store")).extract().jsonPath();
    api().post("/api/v1/api-keys/" + created.getLong("apiKey.id") + "/rotate").then().statusCode(200)
        .header("Cache-Control", containsString("no-store"));
  }

  @Test
  void aBadKeyIsChallengedAndAKeyMayNotUseTheCookieOnlyEndpoints() {
    var refused = withKey("fmk_nothing_here").get("/api/v1/districts");
    refused.then().statusCode(401).contentType("application/problem+json");
    org.assertj.core.api.Assertions.assertThat(refused.headers().getValues("WWW-Authenticate")).contains("Bearer realm=\"fumin\"");
    String key = Fixtures.apiKey(null, "read");
    withKey(key).get("/api/v1/auth/me").then().statusCode(403);
  }
}
