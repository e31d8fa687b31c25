package org.fumin.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fumin.auth.Role;

/** Signed-in test users of every role, created through the API by the first city admin. */
public final class Users {

  public static final String ADMIN = "admin";
  /** The first admin's configured initial password (test profile), and what the tests change it to. */
  static final String ADMIN_INITIAL = "Admin#Test2026";
  static final String ADMIN_PASSWORD = "Chief#Test2026-changed";
  public static final String PASSWORD = "Good#Passw0rd-for-tests";

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static Login admin;

  private Users() {}

  /** A signed-in session: the cookie to send and the CSRF token for state changes. */
  public record Login(long userId, String username, String session, String csrf) {}

  /** The first city admin, signed in (its first-sign-in password change done once per database). */
  public static synchronized Login admin() {
    if (admin == null) {
      Response attempt = loginResponse(ADMIN, ADMIN_PASSWORD);
      if (attempt.statusCode() != 200) {
        Login first = login(ADMIN, ADMIN_INITIAL);
        changePassword(first, ADMIN_INITIAL, ADMIN_PASSWORD);
        attempt = loginResponse(ADMIN, ADMIN_PASSWORD);
      }
      admin = from(attempt);
    }
    return admin;
  }

  /** A new user of this role and scope, signed in with its first password already changed. */
  public static Login create(Role role, Long districtId, Long townshipId) {
    String username = role.name().toLowerCase().replace('_', '-') + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("displayName", "测试" + role.name());
    body.put("role", role.name());
    body.put("districtId", districtId);
    body.put("townshipId", townshipId);
    Login admin = admin();
    String initial = Api.as(admin).body(body).post("/api/v1/users")
        .then().statusCode(201).extract().jsonPath().getString("initialPassword");
    Login first = login(username, initial);
    changePassword(first, initial, PASSWORD);
    return login(username, PASSWORD);
  }

  /** Another session of the same user (to sign out in without ending the shared one). */
  public static Login freshSession(Login login) {
    return login(login.username(), ADMIN.equals(login.username()) ? ADMIN_PASSWORD : PASSWORD);
  }

  public static Login login(String username, String password) {
    Response response = loginResponse(username, password);
    response.then().statusCode(200);
    return from(response);
  }

  public static Response loginResponse(String username, String password) {
    return given().filter(Api.contractFilter()).contentType(ContentType.JSON).accept(ContentType.JSON)
        .body(Map.of("username", username, "password", password)).post("/api/v1/auth/login");
  }

  private static void changePassword(Login login, String current, String next) {
    Api.as(login).body(Map.of("currentPassword", current, "newPassword", next)).post("/api/v1/auth/password")
        .then().statusCode(204);
  }

  private static Login from(Response response) {
    return new Login(response.jsonPath().getLong("id"), response.jsonPath().getString("username"),
        response.getCookie("fumin_session"), response.getCookie("fumin_csrf"));
  }
}
