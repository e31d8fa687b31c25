package org.fumin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Rounds.Ends;
import org.fumin.testing.TestClock;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationTest {

  @Inject ScheduledJobs jobs;
  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aReturnedPlanAndEveryStateChangeReachTheTownshipAndNotTheOneWhoActed() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    Login stranger = Users.create(Role.TOWNSHIP_OPERATOR, null, Fixtures.place().townshipId());
    long n = Rounds.nominate(round, admin, place.townshipId());
    Rounds.savePlan(operator, n).then().statusCode(200);
    Rounds.act(operator, n, "submit-plan").then().statusCode(200);
    Rounds.act(admin, n, "return-plan").then().statusCode(200);

    JsonPath mine = Api.as(operator).get("/api/v1/notifications").then().statusCode(200)
        .body("unread", equalTo(2)).extract().jsonPath();
    assertThat(mine.getList("items.kind")).containsExactly("RETURNED_FOR_SUPPLEMENT", "NOMINATION_STATE_CHANGED");
    assertThat(mine.getString("items[0].reason")).isEqualTo(Rounds.REASON);
    assertThat(mine.getString("items[1].state")).isEqualTo("NOMINATED");
    // the district admin hears of the submission, not of their own return
    Api.as(admin).get("/api/v1/notifications").then().body("items.state", equalTo(List.of("PLAN_SUBMITTED")));
    Api.as(stranger).get("/api/v1/notifications").then().body("total", equalTo(0));

    long first = mine.getLong("items[0].id");
    Api.as(stranger).post("/api/v1/notifications/" + first + "/read").then().statusCode(404);
    Api.as(operator).post("/api/v1/notifications/" + first + "/read").then().statusCode(200).body("read", equalTo(true));
    Api.as(operator).queryParam("unread", true).get("/api/v1/notifications").then().body("total", equalTo(1)).body("unread", equalTo(1));
    Api.as(operator).post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(1));
    Api.as(operator).get("/api/v1/notifications").then().body("unread", equalTo(0)).body("total", equalTo(2));
  }

  @Test
  void aQuotaChangeReachesTheDistrictsAdminsAndASubmissionForAssessmentReachesTheCity() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    Login elsewhere = Users.create(Role.DISTRICT_ADMIN, Fixtures.place().districtId(), null);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    String etag = Api.api().get("/api/v1/rounds/" + round + "/districts").then().statusCode(200).extract().header("ETag");
    Api.api().header("If-Match", etag).body(Map.of("quota", 3))
        .put("/api/v1/rounds/" + round + "/districts/" + place.districtId() + "/quota").then().statusCode(200);

    JsonPath told = Api.as(admin).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
    assertThat(told.getList("items.kind")).containsExactly("QUOTA_CHANGED");
    assertThat(told.getInt("items[0].quota")).isEqualTo(3);
    assertThat(told.getLong("items[0].roundId")).isEqualTo(round);
    Api.as(elsewhere).get("/api/v1/notifications").then().body("total", equalTo(0));
    Api.as(operator).get("/api/v1/notifications").then().body("total", equalTo(0));

    long n = Rounds.nominate(round, admin, place.townshipId());
    Rounds.approvedPlan(operator, admin, n);
    Rounds.act(admin, n, "submit-for-assessment").then().statusCode(200);
    Api.as(assessor).queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
        .body("items.findAll { it.nominationId == " + n + " }.state", equalTo(List.of("SUBMITTED_FOR_ASSESSMENT")));
  }

  @Test
  void deadlinesSevenThreeAndOneDayAheadAreRemindedOnceHoweverOftenTheJobRuns() {
    Instant now = clock.instant();
    long round = Rounds.open(new Ends(now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(60))));
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    long n = Rounds.nominate(round, admin, place.townshipId());
    // a nomination whose plan is in: the deployment deadline no longer concerns it
    Place submitted = Fixtures.place();
    Login otherAdmin = Users.create(Role.DISTRICT_ADMIN, submitted.districtId(), null);
    long m = Rounds.nominate(round, otherAdmin, submitted.townshipId());
    Rounds.savePlan(otherAdmin, m).then().statusCode(200);
    Rounds.act(otherAdmin, m, "submit-plan").then().statusCode(200);

    // a day earlier the deadlines are 4 and 8 days ahead: nothing to remind of
    clock.setTo(now.minus(Duration.ofDays(1)));
    jobs.remindDeadlines();
    clock.reset();
    assertThat(reminders(operator, n)).isEmpty();

    jobs.remindDeadlines();
    jobs.remindDeadlines();
    assertThat(reminders(operator, n)).extracting(r -> r.get("phase") + ":" + r.get("daysLeft"))
        .containsExactlyInAnyOrder("DEPLOYMENT:3", "IMPLEMENTATION:7");
    assertThat(reminders(admin, n)).hasSize(2);
    assertThat(reminders(otherAdmin, m)).extracting(r -> r.get("phase") + ":" + r.get("daysLeft"))
        .containsExactly("IMPLEMENTATION:7");

    // two days on, the deployment deadline is one day ahead
    clock.setTo(now.plus(Duration.ofDays(2)));
    jobs.remindDeadlines();
    jobs.remindDeadlines();
    clock.reset();
    assertThat(reminders(operator, n)).extracting(r -> r.get("phase") + ":" + r.get("daysLeft"))
        .containsExactlyInAnyOrder("DEPLOYMENT:3", "IMPLEMENTATION:7", "DEPLOYMENT:1");
  }

  @Test
  void aReopenedPhaseIsRemindedOfByItsNewDeadline() {
    Instant deploymentEnds = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
    long round = Rounds.open(Ends.deploymentAt(deploymentEnds));
    Place place = Fixtures.place();
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    long n = Rounds.nominate(round, Users.create(Role.DISTRICT_ADMIN, place.districtId(), null), place.townshipId());

    Instant later = deploymentEnds.plus(Duration.ofMinutes(1));
    clock.setTo(later);
    Instant until = later.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    Api.api().body(Map.of("townshipId", place.townshipId(), "phase", "DEPLOYMENT",
            "until", Rounds.iso(until.atOffset(ZoneOffset.ofHours(8))), "reason", "因汛期延误"))
        .post("/api/v1/rounds/" + round + "/reopenings").then().statusCode(201);
    jobs.remindDeadlines();
    clock.reset();

    List<Map<String, Object>> reminders = reminders(operator, n);
    assertThat(reminders).extracting(r -> r.get("phase") + ":" + r.get("daysLeft")).containsExactly("DEPLOYMENT:3");
    assertThat(OffsetDateTime.parse((String) reminders.get(0).get("deadline")).toInstant()).isEqualTo(until);
  }

  /** The deadline reminders a user has about one nomination. */
  private static List<Map<String, Object>> reminders(Login who, long nomination) {
    return Api.as(who).queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
        .getList("items.findAll { it.kind == 'DEADLINE_APPROACHING' && it.nominationId == " + nomination + " }");
  }
}
