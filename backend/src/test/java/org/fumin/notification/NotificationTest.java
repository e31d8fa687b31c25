package org.fumin.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Rounds.Schedule;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationTest {

  @Inject ScheduledJobs jobs;

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
  void deadlinesSevenThreeAndOneDayAheadAreRemindedOnceHoweverOftenTheJobRuns() {
    long round = Rounds.open(new Schedule(3, 7, 60));
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    long n = Rounds.nominate(round, admin, place.townshipId());
    jobs.remindDeadlines();
    jobs.remindDeadlines();
    JsonPath reminders = Api.as(operator).queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
        .extract().jsonPath();
    List<String> phases = reminders.getList("items.findAll { it.kind == 'DEADLINE_APPROACHING' && it.nominationId == " + n + " }.phase");
    assertThat(phases).containsExactlyInAnyOrder("DEPLOYMENT", "IMPLEMENTATION");
    assertThat(reminders.getList("items.findAll { it.kind == 'DEADLINE_APPROACHING' }.daysLeft", Integer.class))
        .containsExactlyInAnyOrder(3, 7);
    Api.as(admin).queryParam("size", 100).get("/api/v1/notifications").then()
        .body("items.kind", hasItem("DEADLINE_APPROACHING"));
  }
}
