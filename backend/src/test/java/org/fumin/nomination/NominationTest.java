package org.fumin.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Rounds.Ends;
import org.fumin.testing.Rounds.Schedule;
import org.fumin.testing.TestClock;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NominationTest {

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A district with `count` townships and its admin. */
  record District(Place place, List<Long> townships, Login admin) {}

  private static District district(int count) {
    Place place = Fixtures.place();
    List<Long> townships = new ArrayList<>(List.of(place.townshipId()));
    for (int i = 2; i <= count; i++) {
      townships.add(api().body(Map.of("code", place.districtCode() + String.format("%03d", i), "name", "增补镇" + place.districtCode() + i,
          "districtId", place.districtId())).post("/api/v1/townships").then().statusCode(201).extract().jsonPath().getLong("id"));
    }
    return new District(place, townships, Users.create(Role.DISTRICT_ADMIN, place.districtId(), null));
  }

  @Test
  void tenParallelNominationsForAQuotaOfTwoYieldExactlyTwo() throws Exception {
    long round = Rounds.open();
    District d = district(10);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<Integer>> results = new ArrayList<>();
    for (long township : d.townships()) {
      Callable<Integer> nominate = () -> {
        start.await();
        return Api.as(d.admin()).body(Map.of("townshipId", township)).post("/api/v1/rounds/" + round + "/nominations").statusCode();
      };
      results.add(pool.submit(nominate));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> result : results) {
      statuses.add(result.get());
    }
    pool.shutdown();
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(8);
    api().get("/api/v1/rounds/" + round + "/districts").then().statusCode(200)
        .body("find { it.districtId == " + d.place().districtId() + " }.used", equalTo(2))
        .body("find { it.districtId == " + d.place().districtId() + " }.quota", equalTo(2));
    api().queryParam("roundId", round).queryParam("districtId", d.place().districtId()).get("/api/v1/nominations")
        .then().body("total", equalTo(2));
  }

  @Test
  void nominationBeyondQuotaIsRefusedAndWithdrawingFreesThePlace() {
    long round = Rounds.open();
    District d = district(3);
    long first = Rounds.nominate(round, d.admin(), d.townships().get(0));
    Rounds.nominate(round, d.admin(), d.townships().get(1));
    Api.as(d.admin()).body(Map.of("townshipId", d.townships().get(2))).post("/api/v1/rounds/" + round + "/nominations")
        .then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:quota-exhausted"))
        .body("detail", containsString("2 个申报名额已用完"));
    Rounds.act(d.admin(), first, "withdraw").then().statusCode(200)
        .body("state", equalTo("WITHDRAWN")).body("decisionReason", equalTo(Rounds.REASON)).body("allowedActions", empty());
    long third = Rounds.nominate(round, d.admin(), d.townships().get(2));
    Api.as(d.admin()).body(Map.of("townshipId", d.townships().get(0))).post("/api/v1/rounds/" + round + "/nominations")
        .then().statusCode(409).body("type", equalTo("urn:fumin:problem:quota-exhausted"));
    // a withdrawn township may be nominated again once a place is free
    Rounds.act(d.admin(), third, "withdraw").then().statusCode(200);
    Rounds.nominate(round, d.admin(), d.townships().get(0));
    Rounds.act(d.admin(), first, "withdraw").then().statusCode(409).body("type", equalTo("urn:fumin:problem:invalid-transition"));
  }

  @Test
  void aTownshipIsNominatedOnceAndOnlyByItsOwnDistrict() {
    long round = Rounds.open();
    District d = district(1);
    District other = district(1);
    Rounds.nominate(round, d.admin(), d.townships().get(0));
    Api.as(d.admin()).body(Map.of("townshipId", d.townships().get(0))).post("/api/v1/rounds/" + round + "/nominations")
        .then().statusCode(409).body("type", equalTo("urn:fumin:problem:duplicate"));
    Api.as(d.admin()).body(Map.of("townshipId", other.townships().get(0))).post("/api/v1/rounds/" + round + "/nominations")
        .then().statusCode(400).body("violations.field", contains("townshipId"));
  }

  @Test
  void theWholePathFromNominationToNamingWithAllowedActionsAtEveryStep() {
    long round = Rounds.open();
    District d = district(1);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, d.townships().get(0));
    long n = Rounds.nominate(round, d.admin(), d.townships().get(0));

    Api.as(operator).get("/api/v1/nominations/" + n).then().statusCode(200)
        .body("state", equalTo("NOMINATED")).body("allowedActions", containsInAnyOrder("EDIT_PLAN", "SUBMIT_PLAN"))
        .body("deadlines.phase", contains("DEPLOYMENT", "IMPLEMENTATION", "PROVINCIAL_SELECTION"));
    Api.as(d.admin()).get("/api/v1/nominations/" + n).then()
        .body("allowedActions", containsInAnyOrder("EDIT_PLAN", "SUBMIT_PLAN", "WITHDRAW"));

    // submitting needs a complete plan
    Rounds.act(operator, n, "submit-plan").then().statusCode(409).body("type", equalTo("urn:fumin:problem:conflict"))
        .body("detail", containsString("培育方案"));
    Rounds.savePlan(operator, n).then().statusCode(200);
    // a submitted plan is read-only until the district decides
    Rounds.act(operator, n, "submit-plan").then().statusCode(200).body("state", equalTo("PLAN_SUBMITTED"))
        .body("allowedActions", empty());

    // a refused transition names what is allowed
    Rounds.act(operator, n, "submit-plan").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:invalid-transition"))
        .body("allowedActions", empty());
    Rounds.act(d.admin(), n, "submit-plan").then().statusCode(409)
        .body("allowedActions", containsInAnyOrder("APPROVE_PLAN", "RETURN_PLAN", "WITHDRAW", "SELECT_PROVINCIAL"));
    Rounds.act(d.admin(), n, "return-plan").then().statusCode(200).body("state", equalTo("NOMINATED"))
        .body("returnReason", equalTo(Rounds.REASON));
    Rounds.act(operator, n, "submit-plan").then().statusCode(200);
    Rounds.act(d.admin(), n, "approve-plan").then().statusCode(200).body("state", equalTo("IN_PROGRESS"))
        .body("allowedActions", containsInAnyOrder("EDIT_PLAN", "SUBMIT_FOR_ASSESSMENT", "WITHDRAW", "SELECT_PROVINCIAL"));
    Rounds.act(d.admin(), n, "select-provincial").then().statusCode(200).body("provincialCandidate", equalTo(true))
        .body("allowedActions", hasItem("DESELECT_PROVINCIAL"));
    Rounds.act(d.admin(), n, "select-provincial").then().statusCode(409).body("allowedActions", hasItem("DESELECT_PROVINCIAL"));
    Rounds.act(d.admin(), n, "deselect-provincial").then().statusCode(200).body("provincialCandidate", equalTo(false));
    Rounds.act(d.admin(), n, "select-provincial").then().statusCode(200);
    api().get("/api/v1/rounds/" + round + "/districts").then()
        .body("find { it.districtId == " + d.place().districtId() + " }.provincialCandidates.nominationId", contains((int) n));
    Rounds.act(d.admin(), n, "submit-for-assessment").then().statusCode(200).body("state", equalTo("SUBMITTED_FOR_ASSESSMENT"));

    // naming is no action on the nomination: it follows from a published verdict (see AssessmentTest)
    api().post("/api/v1/rounds/" + round + "/start-assessment").then().statusCode(200).body("state", equalTo("ASSESSMENT"));
    api().get("/api/v1/nominations/" + n).then().body("allowedActions", empty());
    // under assessment nothing moves it by an action any more
    for (String action : List.of("withdraw", "submit-for-assessment", "approve-plan")) {
      Login who = action.equals("withdraw") ? Users.admin() : d.admin();
      Rounds.act(who, n, action).then().statusCode(409).body("type", equalTo("urn:fumin:problem:invalid-transition"))
          .body("allowedActions", not(hasItem("SUBMIT_FOR_ASSESSMENT")));
    }
    List<String> audited = api().queryParam("entityType", "NOMINATION").queryParam("entityId", String.valueOf(n))
        .queryParam("size", 100).get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action");
    assertThat(audited).contains("NOMINATION_CREATED", "NOMINATION_SUBMIT_PLAN", "NOMINATION_RETURN_PLAN",
        "NOMINATION_APPROVE_PLAN", "NOMINATION_SELECT_PROVINCIAL", "NOMINATION_SUBMIT_FOR_ASSESSMENT", "PLAN_SAVED");
  }

  @Test
  void afterTheDeploymentDeadlineSubmissionsAreRefusedUntilTheCityReopensForTheTownship() {
    Instant deploymentEnds = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
    long round = Rounds.open(Ends.deploymentAt(deploymentEnds));
    District d = district(2);
    long n = Rounds.nominate(round, d.admin(), d.townships().get(0));
    Rounds.savePlan(d.admin(), n).then().statusCode(200);
    Api.as(d.admin()).get("/api/v1/nominations/" + n).then()
        .body("deadlines[0].passed", equalTo(false)).body("allowedActions", hasItem("SUBMIT_PLAN"));

    // the deadline itself: the phase is closed from that instant on
    clock.setTo(deploymentEnds);
    api().get("/api/v1/nominations/" + n).then().body("deadlines[0].passed", equalTo(true))
        .body("deadlines[0].reopened", equalTo(false));
    Api.as(d.admin()).get("/api/v1/nominations/" + n).then().body("allowedActions", not(hasItem("SUBMIT_PLAN")));
    Rounds.act(d.admin(), n, "submit-plan").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:deadline-passed"))
        .body("deadline", org.hamcrest.Matchers.notNullValue())
        .body("detail", containsString("部署阶段已于"));
    Api.as(d.admin()).body(Map.of("townshipId", d.townships().get(1))).post("/api/v1/rounds/" + round + "/nominations")
        .then().statusCode(409).body("type", equalTo("urn:fumin:problem:deadline-passed"));

    // a reopening must end after now by the application's clock, not the wall clock
    Map<String, Object> alreadyOver = Map.of("townshipId", d.townships().get(0), "phase", "DEPLOYMENT",
        "until", Rounds.iso(deploymentEnds.minusSeconds(60).atOffset(ZoneOffset.ofHours(8))), "reason", "因汛期延误");
    api().body(alreadyOver).post("/api/v1/rounds/" + round + "/reopenings").then().statusCode(400)
        .body("violations.field", contains("until"));
    String until = Rounds.iso(deploymentEnds.plus(Duration.ofDays(5)).atOffset(ZoneOffset.ofHours(8)));
    Api.invalid().body(Map.of("townshipId", d.townships().get(0), "phase", "DEPLOYMENT", "until", until))
        .post("/api/v1/rounds/" + round + "/reopenings").then().statusCode(400).body("violations.field", contains("reason"));
    Rounds.act(d.admin(), n, "submit-plan").then().statusCode(409);
    Api.as(d.admin()).body(Map.of("townshipId", d.townships().get(0), "phase", "DEPLOYMENT", "until", until, "reason", "因汛期延误"))
        .post("/api/v1/rounds/" + round + "/reopenings").then().statusCode(403);
    api().body(Map.of("townshipId", d.townships().get(0), "phase", "DEPLOYMENT", "until", until, "reason", "因汛期延误"))
        .post("/api/v1/rounds/" + round + "/reopenings").then().statusCode(201)
        .body("reason", equalTo("因汛期延误")).body("createdBy", equalTo("admin"));

    Api.as(d.admin()).get("/api/v1/nominations/" + n).then()
        .body("deadlines[0].reopened", equalTo(true)).body("deadlines[0].passed", equalTo(false))
        .body("deadlines[0].deadline", equalTo(until))
        .body("allowedActions", hasItem("SUBMIT_PLAN"));
    Rounds.act(d.admin(), n, "submit-plan").then().statusCode(200);
    // only that township: the other one is still refused
    Api.as(d.admin()).body(Map.of("townshipId", d.townships().get(1))).post("/api/v1/rounds/" + round + "/nominations")
        .then().statusCode(409);
    Api.as(d.admin()).get("/api/v1/rounds/" + round + "/reopenings").then().statusCode(200)
        .body("reason", contains("因汛期延误"));
    api().queryParam("action", "DEADLINE_REOPENED").get("/api/v1/audit-events").then()
        .body("items.entityId", hasItem(String.valueOf(round)));
  }

  @Test
  void foreignNominationsDoNotExistForConfinedCallers() {
    long round = Rounds.open();
    District mine = district(1);
    District theirs = district(1);
    long n = Rounds.nominate(round, theirs.admin(), theirs.townships().get(0));
    Api.as(mine.admin()).get("/api/v1/nominations/" + n).then().statusCode(404);
    Rounds.act(mine.admin(), n, "withdraw").then().statusCode(404);
    Api.as(mine.admin()).queryParam("roundId", round).get("/api/v1/nominations").then().body("total", equalTo(0));
    Api.as(mine.admin()).get("/api/v1/rounds/" + round + "/districts").then()
        .body("districtId", contains((int) mine.place().districtId()));
  }

  @Test
  void nominatingNeedsAnOpenRound() {
    long round = Rounds.draft(Schedule.RUNNING);
    District d = district(1);
    Api.as(d.admin()).body(Map.of("townshipId", d.townships().get(0))).post("/api/v1/rounds/" + round + "/nominations")
        .then().statusCode(409).body("detail", containsString("尚未开放"));
  }
}
