package org.fumin.user;

import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.as;
import static org.fumin.testing.Api.invalid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserAdminTest {

  @Test
  void disablingTakesEffectOnTheNextRequest() {
    Users.Login user = Users.create(Role.CITY_ASSESSOR, null, null);
    as(user).get("/api/v1/districts").then().statusCode(200);
    api().post("/api/v1/users/" + user.userId() + "/disable").then().statusCode(200).body("enabled", equalTo(false));
    as(user).get("/api/v1/districts").then().statusCode(401);
    Users.loginResponse(user.username(), Users.PASSWORD).then().statusCode(401);
    api().post("/api/v1/users/" + user.userId() + "/enable").then().statusCode(200);
    Users.loginResponse(user.username(), Users.PASSWORD).then().statusCode(200);
  }

  @Test
  void roleAndScopeMustFit() {
    Fixtures.Place place = Fixtures.place();
    api().body(Map.of("username", "no-scope-" + System.nanoTime(), "displayName", "x", "role", "DISTRICT_ADMIN"))
        .post("/api/v1/users").then().statusCode(400).body("violations.field", contains("districtId"));
    api().body(Map.of("username", "city-scope-" + System.nanoTime(), "displayName", "x", "role", "CITY_ASSESSOR", "districtId", place.districtId()))
        .post("/api/v1/users").then().statusCode(400).body("violations.field", contains("districtId"));
    api().body(Map.of("username", "op-" + System.nanoTime(), "displayName", "x", "role", "TOWNSHIP_OPERATOR", "townshipId", place.townshipId()))
        .post("/api/v1/users").then().statusCode(201).body("user.townshipId", equalTo((int) place.townshipId()))
        .body("user.mustChangePassword", equalTo(true));
  }

  @Test
  void serverOwnedFieldsCannotBeSet() {
    Map<String, Object> body = new HashMap<>(Map.of("username", "mass-" + System.nanoTime(), "displayName", "x", "role", "VIEWER"));
    body.put("enabled", true);
    body.put("passwordHash", "x");
    invalid().body(body).post("/api/v1/users").then().statusCode(400).body("violations.field", contains("enabled"));
    Map<String, Object> township = Map.of("code", "321002999", "name", "x", "districtId", 1, "version", 3);
    invalid().body(township).post("/api/v1/townships").then().statusCode(400).body("violations.field", contains("version"));
  }

  @Test
  void aRoleChangeEndsTheUsersSessionsAndResetForcesANewPassword() {
    Fixtures.Place place = Fixtures.place();
    Users.Login user = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    String etag = api().get("/api/v1/users/" + user.userId()).header("ETag");
    api().header("If-Match", etag).body(Map.of("displayName", "降为查看者", "role", "VIEWER", "districtId", place.districtId()))
        .put("/api/v1/users/" + user.userId()).then().statusCode(200).body("role", equalTo("VIEWER"));
    as(user).get("/api/v1/auth/me").then().statusCode(401);
    String temporary = api().post("/api/v1/users/" + user.userId() + "/reset-password").then().statusCode(200)
        .body("user.mustChangePassword", equalTo(true)).extract().jsonPath().getString("initialPassword");
    Users.loginResponse(user.username(), Users.PASSWORD).then().statusCode(401);
    Users.loginResponse(user.username(), temporary).then().statusCode(200).body("mustChangePassword", equalTo(true));
  }

  @Test
  void adminsCannotDisableThemselves() {
    api().post("/api/v1/users/" + Users.admin().userId() + "/disable").then().statusCode(409);
  }

  @Test
  void usernamesAreUnique() {
    Users.Login user = Users.create(Role.VIEWER, null, null);
    api().body(Map.of("username", user.username(), "displayName", "重名", "role", "VIEWER")).post("/api/v1/users")
        .then().statusCode(409);
  }

  @Test
  void aTownshipOperatorsDistrictMustBeTheTownshipsOwn() {
    Fixtures.Place place = Fixtures.place();
    Fixtures.Place other = Fixtures.place();
    api().body(Map.of("username", "op-elsewhere-" + System.nanoTime(), "displayName", "x", "role", "TOWNSHIP_OPERATOR",
            "townshipId", place.townshipId(), "districtId", other.districtId()))
        .post("/api/v1/users").then().statusCode(400).body("violations.field", contains("districtId"));
    api().body(Map.of("username", "op-same-" + System.nanoTime(), "displayName", "x", "role", "TOWNSHIP_OPERATOR",
            "townshipId", place.townshipId(), "districtId", place.districtId()))
        .post("/api/v1/users").then().statusCode(201).body("user.townshipId", equalTo((int) place.townshipId()));
  }

  @Test
  void oneTimePasswordsAreNotStoredByCaches() {
    api().body(Map.of("username", "no-store-" + System.nanoTime(), "displayName", "x", "role", "VIEWER"))
        .post("/api/v1/users").then().statusCode(201).header("Cache-Control", containsString("no-store"));
    Users.Login user = Users.create(Role.VIEWER, null, null);
    api().post("/api/v1/users/" + user.userId() + "/reset-password").then().statusCode(200)
        .header("Cache-Control", containsString("no-store"));
  }
}
