package org.fumin.contract;

import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.invalid;
import static org.fumin.testing.Api.invalidAs;
import static org.fumin.testing.Api.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input at the edges is a 4xx problem, never a 500 or an empty answer; headers protect what is served. */
@QuarkusTest
class HardeningTest {

  private static final AtomicInteger NEXT = new AtomicInteger(640000 + (int) (ProcessHandle.current().pid() % 500) * 10);
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static String freshCode() {
    return String.valueOf(NEXT.incrementAndGet());
  }

  private static String district(String code, String name, String kind) {
    return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}";
  }

  @Test
  void aNulCharacterInABodyIsRefusedNamingTheField() {
    invalid().body(district(freshCode(), "零\\u0000区", "COUNTY_LEVEL")).post("/api/v1/districts")
        .then().statusCode(400).contentType("application/problem+json")
        .body("type", equalTo("urn:fumin:problem:validation"))
        .body("violations.field", hasItem("name"));
  }

  @Test
  void aNulCharacterInANestedBodyFieldNamesItsPath() {
    long round = Rounds.open();
    Fixtures.Place place = Fixtures.place();
    Users.Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    long nomination = Rounds.nominate(round, admin, place.townshipId());
    invalidAs(admin).header("If-Match", "\"0\"")
        .body(Map.of("content", "x", "responsiblePerson", "张三", "contactPhone", "0514-87654321",
            "milestones", List.of(Map.of("dueOn", "2027-01-31", "deliverable", "a\u0000b", "status", "PLANNED"))))
        .put("/api/v1/nominations/" + nomination + "/plan")
        .then().statusCode(400).contentType("application/problem+json")
        .body("violations.field", hasItem("milestones[0].deliverable"));
  }

  @Test
  void aNulCharacterInAQueryParameterIsRefusedForUsersAndKeys() {
    invalid().queryParam("q", "a\u0000b").get("/api/v1/districts")
        .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("q"));
    String key = Fixtures.apiKey(null, "read");
    raw().header("Authorization", "Bearer " + key).accept("application/json").queryParam("q", "\u0000")
        .get("/api/v1/townships")
        .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("q"));
    invalid().queryParam("actor", "x\u0000").get("/api/v1/audit-events")
        .then().statusCode(400).body("violations.field", hasItem("actor"));
  }

  @Test
  void farAwayDatesAreRefusedInQueriesAndBodies() {
    invalid().queryParam("from", "+999999999-01-01T00:00:00Z").get("/api/v1/audit-events")
        .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("from"));
    invalid().queryParam("to", "0001-01-01T00:00:00Z").get("/api/v1/audit-events")
        .then().statusCode(400).body("violations.field", hasItem("to"));
    api().queryParam("from", "2020-01-01T00:00:00Z").get("/api/v1/audit-events").then().statusCode(200);
    invalid().body(Map.of("name", "远期密钥", "ownerSystem", "t", "scopes", List.of("read"),
            "expiresAt", "+99999-01-01T00:00:00Z"))
        .post("/api/v1/api-keys")
        .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("expiresAt"));
  }

  @Test
  void impossibleDatesAreRefusedNotMovedToTheEndOfTheMonth() {
    long round = Rounds.open();
    Fixtures.Place place = Fixtures.place();
    Users.Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    long nomination = Rounds.nominate(round, admin, place.townshipId());
    invalidAs(admin).header("If-Match", "\"0\"").body(Rounds.plan("x", "2026-02-30"))
        .put("/api/v1/nominations/" + nomination + "/plan")
        .then().statusCode(400).contentType("application/problem+json")
        .body("violations.field", hasItem("milestones[0].dueOn"));
    Api.as(admin).header("If-Match", "\"0\"").body(Rounds.plan("x", "2028-02-29"))
        .put("/api/v1/nominations/" + nomination + "/plan").then().statusCode(200);
  }

  @Test
  void valuesMustHaveTheTypeTheContractGivesThemNotBeCoerced() {
    Map<String, Object> quoted = new java.util.HashMap<>(Rounds.body(2099, 1, Rounds.Schedule.RUNNING));
    quoted.put("quotaCountyLevel", "2");
    invalid().body(quoted).post("/api/v1/rounds").then().statusCode(400).contentType("application/problem+json")
        .body("violations.field", hasItem("quotaCountyLevel"));
    Map<String, Object> fraction = new java.util.HashMap<>(Rounds.body(2099, 1, Rounds.Schedule.RUNNING));
    fraction.put("quotaCountyLevel", 1.5);
    invalid().body(fraction).post("/api/v1/rounds").then().statusCode(400)
        .body("violations.field", hasItem("quotaCountyLevel"));
    Map<String, Object> numberForText = new java.util.HashMap<>(Rounds.body(2099, 1, Rounds.Schedule.RUNNING));
    numberForText.put("name", 2099);
    invalid().body(numberForText).post("/api/v1/rounds").then().statusCode(400)
        .body("violations.field", hasItem("name"));
    Map<String, Object> tooLarge = new java.util.HashMap<>(Rounds.body(2099, 1, Rounds.Schedule.RUNNING));
    tooLarge.put("quotaCountyLevel", 2147483648L);
    invalid().body(tooLarge).post("/api/v1/rounds").then().statusCode(400)
        .body("violations.field", hasItem("quotaCountyLevel"));
  }

  @Test
  void aRefusedYearIsWrittenWithoutDigitGrouping() {
    invalid().header("Accept-Language", "en").body(Map.of("name", "远期密钥", "ownerSystem", "t", "scopes", List.of("read"),
            "expiresAt", "0001-01-01T00:00:00Z"))
        .post("/api/v1/api-keys")
        .then().statusCode(400).body("violations.message", hasItem(containsString("1900")));
  }

  @Test
  void enumNamesMustBeExact() {
    invalid().body(district(freshCode(), "空格区", " COUNTY_LEVEL")).post("/api/v1/districts")
        .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("kind"));
    invalid().queryParam("state", " SUBMITTED").get("/api/v1/nominations")
        .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("state"));
    invalid().queryParam("state", "BOGUS").get("/api/v1/nominations")
        .then().statusCode(400).body("violations[0].field", equalTo("state"))
        .body("violations[0].message", containsString("SUBMITTED_FOR_ASSESSMENT"));
  }

  @Test
  void idsAreWrittenInAsciiDigits() {
    long id = api().body(Map.of("code", freshCode(), "name", "数字区" + NEXT.get(), "kind", "COUNTY_LEVEL"))
        .post("/api/v1/districts").then().statusCode(201).extract().jsonPath().getLong("id");
    String arabic = toArabicIndic(id);
    invalid().get("/api/v1/districts/" + arabic)
        .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("path"));
    invalid().queryParam("districtId", arabic).get("/api/v1/users")
        .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("districtId"));
    api().get("/api/v1/districts/" + id).then().statusCode(200);
  }

  private static String toArabicIndic(long id) {
    StringBuilder digits = new StringBuilder();
    for (char c : Long.toString(id).toCharArray()) {
      digits.append((char) ('\u0660' + (c - '0')));
    }
    return digits.toString();
  }

  @Test
  void aBodyWithoutContentTypeIsUnsupported() throws Exception {
    Users.Login admin = Users.admin();
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/districts"))
        .header("Cookie", "fumin_session=" + admin.session()).header("X-CSRF-Token", admin.csrf())
        .POST(HttpRequest.BodyPublishers.ofString(district(freshCode(), "无类型区", "COUNTY_LEVEL"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("urn:fumin:problem:unsupported-media-type");
  }

  @ParameterizedTest
  @ValueSource(ints = {5_000, 100_000})
  void aUriOverFourKilobytesIsAProblem(int length) {
    // raw: the contract declares no 414 answer for each operation
    raw().accept("application/json").queryParam("q", "x".repeat(length)).get("/api/v1/districts")
        .then().statusCode(414).contentType("application/problem+json")
        .body("type", equalTo("urn:fumin:problem:uri-too-long")).body("requestId", notNullValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.pdf\"\r\n\r\n%PDF-1.4", ""})
  void aTruncatedOrEmptyMultipartBodyIsAProblem(String body) {
    Users.Login district = Users.create(Role.DISTRICT_ADMIN, Fixtures.place().districtId(), null);
    raw().cookie("fumin_session", district.session()).header("X-CSRF-Token", district.csrf()).accept("application/json")
        .contentType("multipart/form-data; boundary=B").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/cases/999999/attachments")
        .then().statusCode(400).contentType("application/problem+json")
        .body("type", equalTo("urn:fumin:problem:malformed"));
  }

  @Test
  void headerFieldsOverThirtyTwoKilobytesAreAProblem() {
    raw().accept("application/json").header("X-Padding", "x".repeat(40_000)).get("/api/v1/districts")
        .then().statusCode(431).contentType("application/problem+json")
        .body("type", equalTo("urn:fumin:problem:headers-too-large")).body("requestId", notNullValue());
  }

  @Test
  void aChunkedBodyOverTheLimitIsAProblem() throws Exception {
    Users.Login admin = Users.admin();
    byte[] body = ("{\"code\":\"123456\",\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"kind\":\"COUNTY_LEVEL\"}")
        .getBytes();
    HttpResponse<String> response;
    try {
      response = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/districts"))
          .header("Cookie", "fumin_session=" + admin.session()).header("X-CSRF-Token", admin.csrf())
          .header("Content-Type", "application/json").header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException closedWhileSending) {
      throw new AssertionError("the server closed the connection without an answer", closedWhileSending);
    }
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("urn:fumin:problem:payload-too-large");
  }

  @Test
  void aChunkedBodyWithinTheLimitIsRead() throws Exception {
    Users.Login admin = Users.admin();
    String code = freshCode();
    byte[] body = district(code, "分块区" + code, "COUNTY_LEVEL").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/districts"))
        .header("Cookie", "fumin_session=" + admin.session()).header("X-CSRF-Token", admin.csrf())
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.body()).contains("分块区" + code);
  }

  @Test
  void apiAnswersAreNeverStoredByCachesButKeepTheirEntityTags() {
    long id = api().body(Map.of("code", freshCode(), "name", "缓存区" + NEXT.get(), "kind", "COUNTY_LEVEL"))
        .post("/api/v1/districts").then().statusCode(201).header("Cache-Control", "no-store")
        .extract().jsonPath().getLong("id");
    api().get("/api/v1/districts/" + id).then().statusCode(200)
        .header("Cache-Control", "no-store").header("ETag", equalTo("\"0\""))
        .header("X-Content-Type-Options", "nosniff");
    api().get("/api/v1/districts/424242").then().statusCode(404).header("Cache-Control", "no-store");
    raw().accept("application/json").get("/api/v1/districts").then().statusCode(401).header("Cache-Control", "no-store");
  }

  @Test
  void theSpaIsServedWithASecurityPolicyAndRevalidated() {
    for (String path : List.of("/", "/townships/12?page=2")) {
      raw().accept("text/html").get(path).then()
          .header("Content-Security-Policy", containsString("script-src 'self'"))
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
          .header("Content-Security-Policy", containsString("object-src 'none'"))
          .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
          .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-cache");
    }
    raw().get("/assets/index-0123abcd.js").then().header("Cache-Control", not(containsString("immutable")));
  }

  @Test
  void metricsNeedTheScrapeToken() {
    raw().get("/q/metrics").then().statusCode(401).contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"));
    raw().header("Authorization", "Bearer wrong").get("/q/metrics").then().statusCode(401);
    raw().header("Authorization", "Bearer test-metrics-token").get("/q/metrics").then().statusCode(200)
        .body(containsString("jvm_"));
  }

  @Test
  void aForgedHostIsNotEchoedIntoLocation() {
    api().header("Host", "evil.example:666").body(Map.of("code", freshCode(), "name", "主机区" + NEXT.get(), "kind", "FUNCTIONAL_ZONE"))
        .post("/api/v1/districts").then().statusCode(201)
        .header("Location", startsWith("/api/v1/districts/"))
        .header("Location", not(containsString("evil")));
  }

  @Test
  void aReplayedCreateDoesNotEchoAForgedHostIntoLocation() {
    Map<String, Object> body = Map.of("code", freshCode(), "name", "重放区" + NEXT.get(), "kind", "FUNCTIONAL_ZONE");
    String key = "replay-host-" + NEXT.get();
    api().header("Idempotency-Key", key).body(body).post("/api/v1/districts").then().statusCode(201);
    api().header("Host", "evil.example:666").header("Idempotency-Key", key).body(body)
        .post("/api/v1/districts").then().statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", startsWith("/api/v1/districts/"))
        .header("Location", not(containsString("evil")));
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + RestAssured.port + path);
  }
}
