package org.fumin.round;

import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Rounds.Schedule;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoundTest {

  @Test
  void aRoundIsCreatedAsDraftWithItsPhasesInShanghaiTimeAndDefaultQuotas() {
    long round = Rounds.draft(Schedule.RUNNING);
    api().get("/api/v1/rounds/" + round).then().statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("state", equalTo("DRAFT"))
        .body("phases.code", contains("DEPLOYMENT", "IMPLEMENTATION", "PROVINCIAL_SELECTION", "ASSESSMENT", "CLOSING"))
        .body("phases[0].endsAt", containsString("+08:00"))
        .body("quotaCountyLevel", equalTo(2)).body("quotaFunctionalZone", equalTo(1))
        .body("allowedActions", containsInAnyOrder("OPEN", "EDIT"));
    api().get("/api/v1/rounds/" + round + "/districts").then().statusCode(200)
        .body("find { it.districtCode == '321002' }.quota", equalTo(2))
        .body("find { it.districtCode == '321071' }.quota", equalTo(1))
        .body("find { it.districtCode == '321002' }.used", equalTo(0));
  }

  @Test
  void oneRoundPerYearAndEveryPhaseOnce() {
    long round = Rounds.draft(Schedule.RUNNING);
    Response existing = api().get("/api/v1/rounds/" + round);
    api().body(Rounds.body(existing.jsonPath().getInt("year"), 1, Schedule.RUNNING)).post("/api/v1/rounds")
        .then().statusCode(409).body("type", equalTo("urn:fumin:problem:duplicate"));
    Map<String, Object> body = new HashMap<>(Rounds.body(2100, 1, Schedule.RUNNING));
    List<Object> phases = new ArrayList<>((List<?>) body.get("phases"));
    phases.set(4, phases.get(0));
    body.put("phases", phases);
    api().body(body).post("/api/v1/rounds").then().statusCode(400)
        .body("violations.field", contains("phases")).body("violations.message", contains("须包含全部五个阶段，且每个阶段只出现一次"));
  }

  @Test
  void theStateMovesOnlyByItsActionsAndAWrongOneNamesTheAllowedOnes() {
    long round = Rounds.draft(Schedule.RUNNING);
    api().post("/api/v1/rounds/" + round + "/close").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:invalid-transition"))
        .body("allowedActions", containsInAnyOrder("OPEN", "EDIT"));
    api().post("/api/v1/rounds/" + round + "/open").then().statusCode(200).body("state", equalTo("OPEN"))
        .body("allowedActions", containsInAnyOrder("START_ASSESSMENT", "EDIT"));
    api().header("If-Match", "\"0\"").post("/api/v1/rounds/" + round + "/start-assessment").then().statusCode(412);
    api().post("/api/v1/rounds/" + round + "/start-assessment").then().statusCode(200).body("state", equalTo("ASSESSMENT"))
        .body("allowedActions", contains("CLOSE"));
    Response current = api().get("/api/v1/rounds/" + round);
    api().header("If-Match", current.header("ETag"))
        .body(Rounds.body(current.jsonPath().getInt("year"), current.jsonPath().getLong("frameworkId"), Schedule.RUNNING))
        .put("/api/v1/rounds/" + round).then().statusCode(409);
    api().post("/api/v1/rounds/" + round + "/close").then().statusCode(200).body("state", equalTo("CLOSED"))
        .body("allowedActions", empty());
    Api.as(Users.create(Role.VIEWER, null, null)).get("/api/v1/rounds/" + round).then().statusCode(200)
        .body("allowedActions", empty());
    api().queryParam("entityId", String.valueOf(round)).queryParam("entityType", "ROUND").get("/api/v1/audit-events").then()
        .body("items.action", hasItem("ROUND_START_ASSESSMENT"));
  }

  @Test
  void startingAssessmentFreezesTheRoundsFrameworkForEveryEdit() {
    long round = Rounds.open();
    long framework = api().get("/api/v1/rounds/" + round).jsonPath().getLong("frameworkId");
    api().get("/api/v1/rounds/" + round + "/indicators").then().statusCode(200).body("id", equalTo((int) framework))
        .body("frozen", equalTo(false));
    api().post("/api/v1/rounds/" + round + "/start-assessment").then().statusCode(200);
    Response fw = api().get("/api/v1/frameworks/" + framework);
    long indicator = fw.jsonPath().getLong("categories[0].indicators[0].id");
    fw.then().body("frozen", equalTo(true));
    api().header("If-Match", fw.header("ETag")).body(Map.of("titleZh", "改", "textZh", "改", "glossEn", "", "criteria", List.of(),
        "metrics", List.of())).put("/api/v1/frameworks/" + framework + "/indicators/" + indicator)
        .then().statusCode(409).body("type", equalTo("urn:fumin:problem:frozen"));
  }

  @Test
  void onceARoundIsOpenItsFrameworksMetricsStayButItsTextsMayChange() {
    long round = Rounds.open();
    long framework = api().get("/api/v1/rounds/" + round).jsonPath().getLong("frameworkId");
    Response fw = api().get("/api/v1/frameworks/" + framework);
    long indicator = fw.jsonPath().getLong("categories[4].indicators[0].id");
    Map<String, Object> metric = fw.jsonPath().getMap("categories[4].indicators[0].metrics[0]");
    Map<String, Object> stricter = new java.util.HashMap<>(metric);
    stricter.put("threshold", 97);
    Map<String, Object> body = new java.util.HashMap<>(Map.of("titleZh", "精准实施全民参保计划", "textZh", "参保率达95%以上。",
        "glossEn", "pension participation", "criteria", List.of("基本养老保险参保率达95%以上"), "metrics", List.of(stricter)));
    api().header("If-Match", fw.header("ETag")).body(body).put("/api/v1/frameworks/" + framework + "/indicators/" + indicator)
        .then().statusCode(409).body("type", equalTo("urn:fumin:problem:frozen"))
        .body("detail", org.hamcrest.Matchers.containsString("达标值"));
    body.put("metrics", List.of(metric));
    api().header("If-Match", fw.header("ETag")).body(body).put("/api/v1/frameworks/" + framework + "/indicators/" + indicator)
        .then().statusCode(200).body("categories[4].indicators[0].textZh", equalTo("参保率达95%以上。"))
        .body("categories[4].indicators[0].metrics[0].threshold", equalTo(95));
  }

  @Test
  void aQuotaOverrideHoldsForOneDistrictAndNeverBelowThePlacesUsed() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    Users.Login districtAdmin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Rounds.nominate(round, districtAdmin, place.townshipId());
    String quota = "/api/v1/rounds/" + round + "/districts/" + place.districtId() + "/quota";
    String etag = api().get("/api/v1/rounds/" + round + "/districts").then().statusCode(200).extract().header("ETag");
    api().header("If-Match", etag).body(Map.of("quota", 0)).put(quota)
        .then().statusCode(409).body("detail", containsString("小于已使用的 1 个"));
    String changed = api().header("If-Match", etag).body(Map.of("quota", 3)).put(quota)
        .then().statusCode(200).body("quota", equalTo(3)).body("used", equalTo(1)).extract().header("ETag");
    // the quota is a round setting: the change moves the round's version on
    api().get("/api/v1/rounds/" + round).then().header("ETag", equalTo(changed));
    // new defaults leave the override alone
    Response current = api().get("/api/v1/rounds/" + round);
    Map<String, Object> body = new HashMap<>(Rounds.body(current.jsonPath().getInt("year"), current.jsonPath().getLong("frameworkId"),
        Schedule.RUNNING));
    body.put("quotaCountyLevel", 1);
    api().header("If-Match", current.header("ETag")).body(body).put("/api/v1/rounds/" + round).then().statusCode(200);
    api().get("/api/v1/rounds/" + round + "/districts").then()
        .body("find { it.districtId == " + place.districtId() + " }.quota", equalTo(3))
        .body("find { it.districtCode == '321003' }.quota", equalTo(1));
  }

  @Test
  void aQuotaChangeNeedsTheRoundsCurrentVersion() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    String quota = "/api/v1/rounds/" + round + "/districts/" + place.districtId() + "/quota";
    Api.invalid().body(Map.of("quota", 3)).put(quota).then().statusCode(428)
        .contentType("application/problem+json").body("type", equalTo("urn:fumin:problem:precondition-required"));
    String etag = api().get("/api/v1/rounds/" + round).header("ETag");
    api().header("If-Match", etag).body(Map.of("quota", 3)).put(quota).then().statusCode(200).header("ETag", not(equalTo(etag)));
    // the same tag again is stale now
    api().header("If-Match", etag).body(Map.of("quota", 4)).put(quota).then().statusCode(412)
        .contentType("application/problem+json");
    api().get("/api/v1/rounds/" + round + "/districts").then()
        .body("find { it.districtId == " + place.districtId() + " }.quota", equalTo(3));
  }

  @Test
  void theCurrentRoundIsTheRunningOne() {
    long open = Rounds.open();
    Rounds.draft(Schedule.RUNNING);
    List<Integer> current = api().queryParam("size", 100).get("/api/v1/rounds").then().statusCode(200)
        .extract().jsonPath().getList("items.findAll { it.current }.id");
    // the newest running round, although a newer draft exists
    org.assertj.core.api.Assertions.assertThat(current).containsExactly((int) open);
    api().queryParam("state", "DRAFT").get("/api/v1/rounds").then().body("items.state", org.hamcrest.Matchers.everyItem(equalTo("DRAFT")));
  }

  @Test
  void aRoundClosesOnlyOnceEveryNominationUnderAssessmentHasAPublishedVerdict() {
    Users.Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    long round = Rounds.open();
    org.fumin.testing.Assessments.Candidate c = org.fumin.testing.Assessments.submitted(round, 96, false, false);
    org.fumin.testing.Assessments.startAssessment(round);
    // not judged yet
    api().post("/api/v1/rounds/" + round + "/close").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:conflict")).body("detail", containsString("（" + c.nomination() + "）"));
    org.fumin.testing.Assessments.judgeAllMet(assessor, c);
    org.fumin.testing.Assessments.confirmNamed(c);
    // confirmed but unpublished
    api().post("/api/v1/rounds/" + round + "/close").then().statusCode(409).body("detail", containsString("（" + c.nomination() + "）"));
    api().get("/api/v1/rounds/" + round).then().body("state", equalTo("ASSESSMENT"));
    api().body(Map.of()).post("/api/v1/rounds/" + round + "/verdicts/publish").then().statusCode(200);
    api().post("/api/v1/rounds/" + round + "/close").then().statusCode(200).body("state", equalTo("CLOSED"));
  }
}
