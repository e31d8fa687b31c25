package org.fumin.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fumin.testing.Api;
import org.fumin.testing.Contract;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

/**
 * Every operation that needs credentials answers 401 problem+json to no credentials, a forged
 * session or key, an expired session, a disabled user and a revoked key.
 */
@QuarkusTest
class UnauthenticatedTest {

  @Inject EntityManager em;

  @Test
  void everyProtectedOperationRefusesEveryKindOfBadCredential() throws IOException {
    Users.Login expired = Users.create(Role.CITY_ADMIN, null, null);
    expire(expired.session());
    Users.Login disabled = Users.create(Role.CITY_ADMIN, null, null);
    api().post("/api/v1/users/" + disabled.userId() + "/disable").then().statusCode(200);
    String revoked = Fixtures.apiKey(null, "read", "import");
    long revokedId = api().queryParam("sort", "-createdAt").get("/api/v1/api-keys").jsonPath().getLong("items[0].id");
    api().post("/api/v1/api-keys/" + revokedId + "/revoke").then().statusCode(200);

    Map<String, Supplier<RequestSpecification>> credentials = Map.of(
        "none", Api::invalidAnonymous,
        "forged session", () -> Api.invalidAnonymous().cookie("fumin_session", "forged").header("X-CSRF-Token", "forged"),
        "forged key", () -> Api.invalidAnonymous().header("Authorization", "Bearer fmk_abcdefgh_forged"),
        "expired session", () -> signed(expired),
        "disabled user", () -> signed(disabled),
        "revoked key", () -> Api.invalidAnonymous().header("Authorization", "Bearer " + revoked));

    List<String> failures = new ArrayList<>();
    for (String[] operation : protectedOperations()) {
      // ids are 1; the one enumerated path parameter (an import's kind) takes a value it allows
      String path = operation[1].replace("{kind}", "townships").replaceAll("\\{[^}]+}", "1");
      for (Map.Entry<String, Supplier<RequestSpecification>> credential : credentials.entrySet()) {
        // any representation the operation offers (templates, exports, reports are CSV or XLSX): the
        // refusal must come before content negotiation matters
        RequestSpecification request = credential.getValue().get().accept("application/json, text/csv;q=0.9, */*;q=0.5");
        request = path.endsWith("/attachments") && operation[0].equals("POST")
            ? request.contentType("multipart/form-data; boundary=x").body("--x--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            : request.body("{}");
        Response response = request.request(operation[0], path);
        if (response.statusCode() != 401 || !response.contentType().startsWith("application/problem+json")) {
          failures.add(operation[0] + " " + operation[1] + " with " + credential.getKey() + ": " + response.statusCode());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  private static RequestSpecification signed(Users.Login login) {
    return Api.invalidAnonymous().cookie("fumin_session", login.session()).header("X-CSRF-Token", login.csrf());
  }

  @Transactional
  void expire(String sessionToken) {
    em.createNativeQuery("update user_session set expires_at = now() - interval '1 second' where token_hash = ?1")
        .setParameter(1, org.fumin.common.Hashes.sha256(sessionToken)).executeUpdate();
  }

  static List<String[]> protectedOperations() {
    List<String[]> operations = Contract.operations().stream()
        .filter(o -> !o.isPublic())
        .map(o -> new String[] {o.method(), o.path()})
        .toList();
    assertThat(operations).hasSizeGreaterThan(20);
    return operations;
  }
}
