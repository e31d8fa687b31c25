package org.fumin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Fixtures;
import org.fumin.testing.TestClock;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

  @Inject EntityManager em;
  @Inject TestClock clock;

  @Test
  void aChangeIsRecordedWithActorBeforeAfterAddressAndRequestId() {
    String code = String.valueOf(890000 + (int) (System.nanoTime() % 9999));
    long id = api().header("X-Request-Id", "audit-" + code).body(Map.of("code", code, "name", "审计区" + code, "kind", "COUNTY_LEVEL"))
        .post("/api/v1/districts").then().statusCode(201).extract().jsonPath().getLong("id");
    String etag = api().get("/api/v1/districts/" + id).header("ETag");
    api().header("If-Match", etag).body(Map.of("code", code, "name", "审计改名区" + code, "kind", "COUNTY_LEVEL"))
        .put("/api/v1/districts/" + id).then().statusCode(200);
    api().queryParam("entityType", "DISTRICT").queryParam("entityId", String.valueOf(id)).queryParam("sort", "at")
        .get("/api/v1/audit-events").then().statusCode(200)
        .body("items.action", equalTo(java.util.List.of("DISTRICT_CREATED", "DISTRICT_UPDATED")))
        .body("items[0].actorName", equalTo(Users.ADMIN))
        .body("items[0].actorRole", equalTo("CITY_ADMIN"))
        .body("items[0].requestId", equalTo("audit-" + code))
        .body("items[0].clientAddress", notNullValue())
        .body("items[1].before.name", equalTo("审计区" + code))
        .body("items[1].after.name", equalTo("审计改名区" + code));
  }

  @Test
  void signInsFailuresSignOutsAndRefusalsAreRecorded() {
    Users.Login viewer = Users.create(Role.VIEWER, null, null);
    Users.loginResponse(viewer.username(), "Wrong#Password1").then().statusCode(401);
    as(viewer).get("/api/v1/users").then().statusCode(403);
    as(viewer).post("/api/v1/auth/logout").then().statusCode(204);
    api().queryParam("actor", viewer.username()).queryParam("size", 100).get("/api/v1/audit-events").then().statusCode(200)
        .body("items.action", hasItems("LOGIN", "LOGIN_FAILED", "ACCESS_DENIED", "LOGOUT", "PASSWORD_CHANGED"));
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAuditRows() {
    api().get("/api/v1/districts").then().statusCode(200);
    assertThatThrownBy(() -> execute("update audit_event set action = 'FORGED'")).hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> execute("delete from audit_event")).hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> execute("truncate audit_event")).hasStackTraceContaining("append-only");
    assertThat(count()).isPositive();
  }

  @Test
  void auditQueriesFilterByTimeRange() {
    api().queryParam("from", "2999-01-01T00:00:00Z").get("/api/v1/audit-events").then().body("total", equalTo(0));
  }

  @Test
  void eventsAndRecordsAreStampedByTheApplicationsClock() {
    api().get("/api/v1/districts").then().statusCode(200); // signs the admin in before the clock moves
    Instant then = Instant.parse("2001-02-03T04:05:06Z");
    Fixtures.Place place;
    String createdAt;
    try {
      clock.setTo(then);
      place = Fixtures.place();
      createdAt = api().get("/api/v1/districts/" + place.districtId()).then().statusCode(200)
          .extract().jsonPath().getString("createdAt");
    } finally {
      clock.reset();
    }
    assertThat(OffsetDateTime.parse(createdAt).toInstant()).isBetween(then, then.plus(Duration.ofMinutes(5)));
    String at = api().queryParam("entityType", "DISTRICT").queryParam("entityId", String.valueOf(place.districtId()))
        .queryParam("from", "2001-02-03T00:00:00Z").queryParam("to", "2001-02-04T00:00:00Z")
        .get("/api/v1/audit-events").then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].action", equalTo("DISTRICT_CREATED"))
        .extract().jsonPath().getString("items[0].at");
    assertThat(OffsetDateTime.parse(at).toInstant()).isBetween(then, then.plus(Duration.ofMinutes(5)));
    api().queryParam("entityType", "DISTRICT").queryParam("entityId", String.valueOf(place.districtId()))
        .queryParam("to", "2001-02-03T00:00:00Z")
        .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(0));
  }

  @Transactional
  void execute(String sql) {
    em.createNativeQuery(sql).executeUpdate();
  }

  @Transactional
  long count() {
    return ((Number) em.createNativeQuery("select count(*) from audit_event").getSingleResult()).longValue();
  }
}
