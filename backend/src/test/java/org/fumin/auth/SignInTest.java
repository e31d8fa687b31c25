package org.fumin.auth;

import static org.fumin.testing.Api.anonymous;
import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.as;
import static org.fumin.testing.Api.invalidAnonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

  @Test
  void signInSetsAnHttpOnlyStrictSessionCookieAndACsrfCookie() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    Response response = Users.loginResponse(user.username(), Users.PASSWORD);
    response.then().statusCode(200).body("role", equalTo("VIEWER")).body("mustChangePassword", equalTo(false));
    String setCookies = String.join("\n", response.headers().getValues("Set-Cookie"));
    org.assertj.core.api.Assertions.assertThat(setCookies)
        .containsPattern("fumin_session=[^;]+;.*HttpOnly")
        .containsPattern("fumin_session=[^;]+;.*SameSite=Strict")
        .contains("fumin_csrf=");
  }

  @Test
  void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    String wrong = Users.loginResponse(user.username(), "Wrong#Password1").then().statusCode(401).extract().jsonPath().getString("detail");
    String unknown = Users.loginResponse("nobody-here", "Wrong#Password1").then().statusCode(401).extract().jsonPath().getString("detail");
    org.assertj.core.api.Assertions.assertThat(wrong).isEqualTo(unknown).isEqualTo("用户名或密码错误，或账号已被锁定。");
  }

  @Test
  void fiveFailuresLockTheAccountUntilACityAdminUnlocksIt() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    for (int i = 0; i < 5; i++) {
      Users.loginResponse(user.username(), "Wrong#Password" + i).then().statusCode(401);
    }
    Users.loginResponse(user.username(), Users.PASSWORD).then().statusCode(401);
    api().get("/api/v1/users/" + user.userId()).then().body("locked", equalTo(true));
    api().post("/api/v1/users/" + user.userId() + "/unlock").then().statusCode(200).body("locked", equalTo(false));
    Users.loginResponse(user.username(), Users.PASSWORD).then().statusCode(200);
    api().queryParam("entityId", String.valueOf(user.userId())).queryParam("action", "USER_UNLOCKED").get("/api/v1/audit-events")
        .then().body("items", hasSize(1)).body("items[0].actorName", equalTo(Users.ADMIN));
  }

  @Test
  void aFirstPasswordMustBeChangedBeforeAnythingElse() {
    String initial = api().body(Map.of("username", "fresh-" + System.nanoTime(), "displayName", "新用户", "role", "VIEWER"))
        .post("/api/v1/users").then().statusCode(201).extract().jsonPath().getString("initialPassword");
    String username = api().queryParam("q", "fresh-").queryParam("sort", "-createdAt").get("/api/v1/users")
        .jsonPath().getString("items[0].username");
    Users.Login first = Users.login(username, initial);
    as(first).get("/api/v1/districts").then().statusCode(403).body("type", equalTo("urn:fumin:problem:password-change-required"));
    as(first).get("/api/v1/auth/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
    as(first).body(Map.of("currentPassword", initial, "newPassword", "short")).post("/api/v1/auth/password")
        .then().statusCode(400).body("violations[0].field", equalTo("newPassword"));
    as(first).body(Map.of("currentPassword", initial, "newPassword", Users.PASSWORD)).post("/api/v1/auth/password")
        .then().statusCode(204);
    as(first).get("/api/v1/districts").then().statusCode(200);
  }

  @Test
  void stateChangesWithASessionNeedTheCsrfToken() {
    Fixtures.Place place = Fixtures.place();
    Users.Login admin = Users.admin();
    invalidAnonymous().cookie("fumin_session", admin.session())
        .body(Map.of("code", place.districtCode() + "009", "name", "无令牌镇", "districtId", place.districtId()))
        .post("/api/v1/townships").then().statusCode(403).body("type", equalTo("urn:fumin:problem:csrf"));
    invalidAnonymous().cookie("fumin_session", admin.session()).header("X-CSRF-Token", "forged")
        .body(Map.of("code", place.districtCode() + "009", "name", "无令牌镇", "districtId", place.districtId()))
        .post("/api/v1/townships").then().statusCode(403);
  }

  @Test
  void logoutEndsTheSessionEverywhere() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    as(user).get("/api/v1/auth/me").then().statusCode(200);
    as(user).post("/api/v1/auth/logout").then().statusCode(204);
    as(user).get("/api/v1/auth/me").then().statusCode(401);
  }

  @Test
  void usersSeeAndEndTheirOwnSessions() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    Users.Login second = Users.login(user.username(), Users.PASSWORD);
    long secondId = as(second).get("/api/v1/auth/sessions").then().statusCode(200)
        .body("findAll { it.current }", hasSize(1)).extract().jsonPath().getLong("find { it.current }.id");
    as(user).delete("/api/v1/auth/sessions/" + secondId).then().statusCode(204);
    as(second).get("/api/v1/auth/me").then().statusCode(401);
    as(user).get("/api/v1/auth/sessions").then().body("id", not(hasItem((int) secondId)));
    Users.Login other = Users.create(Role.VIEWER, null, null);
    long othersSession = as(other).get("/api/v1/auth/sessions").jsonPath().getLong("[0].id");
    as(user).delete("/api/v1/auth/sessions/" + othersSession).then().statusCode(404);
  }

  @Test
  void credentialsInTheQueryStringAreRefused() {
    invalidAnonymous().queryParam("access_token", "x").get("/api/v1/districts")
        .then().statusCode(400).body("detail", containsString("查询字符串"));
  }

  @Test
  void meTellsRoleAndScope() {
    Fixtures.Place place = Fixtures.place();
    Users.Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    as(operator).get("/api/v1/auth/me").then().statusCode(200)
        .body("role", equalTo("TOWNSHIP_OPERATOR"))
        .body("townshipId", equalTo((int) place.townshipId()))
        .body("townshipName", equalTo("夹具镇" + place.districtCode()))
        // The operator's district is their township's, though the account holds no district of its own.
        .body("districtName", equalTo("夹具区" + place.districtCode()));
    anonymous().get("/api/v1/auth/me").then().statusCode(401);
  }

  @Test
  void aRefusedCallerIsToldBothWaysToAuthenticate() {
    Response refused = anonymous().get("/api/v1/districts");
    refused.then().statusCode(401).contentType("application/problem+json");
    org.assertj.core.api.Assertions.assertThat(refused.headers().getValues("WWW-Authenticate"))
        .containsExactlyInAnyOrder("Bearer realm=\"fumin\"", "Session realm=\"fumin\", cookie=\"fumin_session\"");
    org.assertj.core.api.Assertions.assertThat(Users.loginResponse("nobody-at-all", "Wrong#Password1").headers()
        .getValues("WWW-Authenticate")).contains("Bearer realm=\"fumin\"");
  }

  @Test
  void answersCarryingSessionSecretsAreNotStored() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    Users.loginResponse(user.username(), Users.PASSWORD).then().statusCode(200).header("Cache-Control", containsString("no-store"));
    as(user).get("/api/v1/auth/me").then().statusCode(200).header("Cache-Control", containsString("no-store"));
  }

  @Test
  void commonPasswordsAndTheCurrentPasswordAreRefused() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    for (String common : new String[] {"Password123!", "2024#Qwertyuiop", "Iloveyou2026!"}) {
      as(user).body(Map.of("currentPassword", Users.PASSWORD, "newPassword", common)).post("/api/v1/auth/password")
          .then().statusCode(400).body("violations[0].field", equalTo("newPassword"))
          .body("violations[0].message", containsString("常见密码"));
    }
    as(user).header("Accept-Language", "en").body(Map.of("currentPassword", Users.PASSWORD, "newPassword", "Password123!"))
        .post("/api/v1/auth/password").then().statusCode(400).body("violations[0].message", containsString("common password"));
    as(user).body(Map.of("currentPassword", Users.PASSWORD, "newPassword", Users.PASSWORD)).post("/api/v1/auth/password")
        .then().statusCode(400).body("violations[0].field", equalTo("newPassword"))
        .body("violations[0].message", equalTo("新密码不能与当前密码相同"));
    Users.loginResponse(user.username(), Users.PASSWORD).then().statusCode(200);
  }

  @Test
  void wrongCurrentPasswordsAreThrottledLikeFailedSignIns() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    for (int i = 0; i < 5; i++) {
      as(user).body(Map.of("currentPassword", "Wrong#Guess-" + i, "newPassword", "Fresh#Passw0rd-next")).post("/api/v1/auth/password")
          .then().statusCode(400).body("violations[0].field", equalTo("currentPassword"));
    }
    as(user).body(Map.of("currentPassword", Users.PASSWORD, "newPassword", "Fresh#Passw0rd-next")).post("/api/v1/auth/password")
        .then().statusCode(429).header("Retry-After", notNullValue()).contentType("application/problem+json");
    Users.loginResponse(user.username(), "Fresh#Passw0rd-next").then().statusCode(401);
  }
}
