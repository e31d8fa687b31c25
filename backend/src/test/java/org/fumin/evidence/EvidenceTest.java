package org.fumin.evidence;

import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.TestClock;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceTest {

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A nomination in progress (plan approved), with its township operator and district admin. */
  record Setup(long round, Place place, Login operator, Login district, long nomination) {

    String item(String code) {
      return "/api/v1/nominations/" + nomination + "/evidence/" + code;
    }
  }

  static Setup inProgress() {
    long round = Rounds.open();
    return inProgress(round);
  }

  static Setup inProgress(long round) {
    Place place = Fixtures.place();
    Login district = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    long n = Rounds.nominate(round, district, place.townshipId());
    Rounds.savePlan(operator, n).then().statusCode(200);
    Rounds.act(operator, n, "submit-plan").then().statusCode(200);
    Rounds.act(district, n, "approve-plan").then().statusCode(200).body("state", equalTo("IN_PROGRESS"));
    return new Setup(round, place, operator, district, n);
  }

  static Map<String, Object> standard(String narrative) {
    Map<String, Object> body = new HashMap<>();
    body.put("selfAssessment", "MET");
    body.put("statement", "已成立领导小组");
    body.put("narrative", narrative);
    return body;
  }

  static Response save(Setup s, String code, String ifMatch, Map<String, Object> body) {
    return Api.as(s.operator()).header("If-Match", ifMatch).body(body).put(s.item(code));
  }

  static Response post(Login who, String path, String ifMatch) {
    return Api.as(who).header("If-Match", ifMatch).post(path);
  }

  static Response returnItem(Login who, String path, String ifMatch) {
    return Api.as(who).header("If-Match", ifMatch).body(Map.of("reason", Rounds.REASON)).post(path + "/return");
  }

  @Test
  void theReviewChainRunsFromTheTownshipThroughTheDistrictToTheCityAndAcceptedEvidenceIsLocked() {
    Setup s = inProgress();
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);

    Api.as(s.operator()).get(s.item("1")).then().statusCode(200).header("ETag", equalTo("\"0\""))
        .body("state", equalTo("DRAFT")).body("revision", equalTo(0)).body("kind", equalTo("STANDARD"))
        .body("title", equalTo("压实乡村振兴工作责任")).body("allowedActions", contains("SAVE"));
    save(s, "1", "\"0\"", standard("成立了**领导小组**<script>alert(1)</script>")).then().statusCode(200)
        .header("ETag", equalTo("\"1\"")).body("revision", equalTo(1)).body("state", equalTo("DRAFT"))
        .body("narrative", not(containsString("<script>"))).body("narrative", containsString("**领导小组**"))
        .body("savedBy", equalTo(s.operator().username())).body("allowedActions", contains("SAVE", "SUBMIT"));
    Api.as(s.district()).get(s.item("1")).then().statusCode(200).body("allowedActions", empty());

    post(s.operator(), s.item("1") + "/submit", "\"1\"").then().statusCode(200)
        .body("state", equalTo("SUBMITTED")).body("submittedRevision", equalTo(1)).body("allowedActions", empty());
    Api.as(s.district()).get(s.item("1")).then().statusCode(200).body("allowedActions", contains("APPROVE", "RETURN"));
    post(s.district(), s.item("1") + "/approve", "\"1\"").then().statusCode(200)
        .body("state", equalTo("DISTRICT_APPROVED")).body("reviewedBy", equalTo(s.district().username()));
    Api.as(assessor).get(s.item("1")).then().statusCode(200).body("allowedActions", contains("ACCEPT", "RETURN"));
    post(assessor, s.item("1") + "/accept", "\"1\"").then().statusCode(200)
        .body("state", equalTo("ACCEPTED")).body("allowedActions", empty());

    save(s, "1", "\"1\"", standard("再改")).then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:invalid-transition")).body("allowedActions", empty());
    returnItem(assessor, s.item("1"), "\"1\"").then().statusCode(409);
    api().get("/api/v1/audit-events?size=100&entityType=NOMINATION&entityId=" + s.nomination()).then().statusCode(200)
        .body("items.action", hasItem("EVIDENCE_ACCEPTED")).body("items.action", hasItem("EVIDENCE_SAVED"))
        .body("items.action", hasItem("EVIDENCE_SUBMITTED")).body("items.action", hasItem("EVIDENCE_APPROVED"));
  }

  @Test
  void aReturnedItemReopensForSavingAloneAndTheTownshipIsNotifiedWithTheReason() {
    Setup s = inProgress();
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    save(s, "2", "\"0\"", standard("机制")).then().statusCode(200);
    save(s, "3", "\"0\"", standard("产业")).then().statusCode(200);
    Api.as(s.operator()).post("/api/v1/nominations/" + s.nomination() + "/evidence/submit").then().statusCode(200)
        .body("items.find { it.indicatorCode == '2' }.state", equalTo("SUBMITTED"))
        .body("items.find { it.indicatorCode == '3' }.state", equalTo("SUBMITTED"))
        .body("items.find { it.indicatorCode == '4' }.state", equalTo("DRAFT"));

    returnItem(s.district(), s.item("2"), "\"1\"").then().statusCode(200)
        .body("state", equalTo("RETURNED")).body("returnReason", equalTo(Rounds.REASON))
        .body("returnedBy", equalTo("DISTRICT"));
    Api.as(s.operator()).get(s.item("2")).then().body("allowedActions", contains("SAVE", "SUBMIT"));
    Api.as(s.operator()).get(s.item("3")).then().body("allowedActions", empty());
    save(s, "3", "\"1\"", standard("改")).then().statusCode(409);
    save(s, "2", "\"1\"", standard("补充了会议纪要")).then().statusCode(200).body("revision", equalTo(2))
        .body("state", equalTo("RETURNED"));
    Api.as(s.operator()).get("/api/v1/notifications").then().statusCode(200)
        .body("items.find { it.kind == 'EVIDENCE_RETURNED' }.indicatorCode", equalTo("2"))
        .body("items.find { it.kind == 'EVIDENCE_RETURNED' }.reason", equalTo(Rounds.REASON));

    post(s.operator(), s.item("2") + "/submit", "\"2\"").then().statusCode(200)
        .body("state", equalTo("SUBMITTED")).body("returnReason", nullValue());
    post(s.district(), s.item("2") + "/approve", "\"2\"").then().statusCode(200);
    returnItem(assessor, s.item("2"), "\"2\"").then().statusCode(200)
        .body("state", equalTo("RETURNED")).body("returnedBy", equalTo("CITY"));
  }

  @Test
  void eachStepIsRefusedToTheWrongRoleStateScopeOrVersion() {
    Setup s = inProgress();
    Place other = Fixtures.place();
    Login foreignOperator = Users.create(Role.TOWNSHIP_OPERATOR, null, other.townshipId());
    Login foreignDistrict = Users.create(Role.DISTRICT_ADMIN, other.districtId(), null);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);

    // the district reviews; it does not write evidence, and the township does not review it
    Api.as(s.district()).header("If-Match", "\"0\"").body(standard("区里代写")).put(s.item("1")).then().statusCode(403);
    save(s, "1", "\"0\"", standard("材料")).then().statusCode(200);
    post(s.operator(), s.item("1") + "/approve", "\"1\"").then().statusCode(403);
    // wrong state: nothing submitted yet
    post(s.district(), s.item("1") + "/approve", "\"1\"").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:invalid-transition")).body("allowedActions", empty());
    post(s.operator(), s.item("5") + "/submit", "\"0\"").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:conflict"));
    // foreign scope: the item does not exist for them
    Api.as(foreignOperator).get(s.item("1")).then().statusCode(404);
    Api.as(foreignOperator).header("If-Match", "\"1\"").body(standard("x")).put(s.item("1")).then().statusCode(404);
    post(s.operator(), s.item("1") + "/submit", "\"1\"").then().statusCode(200);
    post(foreignDistrict, s.item("1") + "/approve", "\"1\"").then().statusCode(404);
    // the city accepts only what the district approved
    post(assessor, s.item("1") + "/accept", "\"1\"").then().statusCode(409);
    // a stale or missing If-Match
    save(s, "6", "\"3\"", standard("x")).then().statusCode(412);
    Api.invalidAs(s.operator()).body(standard("x")).put(s.item("6")).then().statusCode(428);
    post(s.district(), s.item("1") + "/approve", "\"0\"").then().statusCode(412);
    // an unknown indicator of the round's framework
    Api.as(s.operator()).get(s.item("99")).then().statusCode(404);
  }

  @Test
  void theTownshipSavesOnlyWhileTheNominationIsInProgressAndThePhaseIsOpenUnlessReopened() {
    Instant implementationEnds = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
    long round = Rounds.open(new Rounds.Ends(implementationEnds, implementationEnds, implementationEnds));
    Place place = Fixtures.place();
    Login district = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    long n = Rounds.nominate(round, district, place.townshipId());
    Api.as(operator).header("If-Match", "\"0\"").body(standard("方案未批先写"))
        .put("/api/v1/nominations/" + n + "/evidence/1").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:invalid-transition"));

    Setup s = inProgress(round);
    save(s, "1", "\"0\"", standard("按时")).then().statusCode(200);
    clock.setTo(implementationEnds); // the phase is closed from that instant on
    save(s, "1", "\"1\"", standard("逾期")).then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:deadline-passed"));
    post(s.operator(), s.item("1") + "/submit", "\"1\"").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:deadline-passed"));
    Api.as(s.operator()).get(s.item("1")).then().body("allowedActions", empty());

    String until = Rounds.iso(clock.instant().plus(Duration.ofDays(3)).atOffset(ZoneOffset.ofHours(8)));
    api().body(Map.of("townshipId", s.place().townshipId(), "phase", "IMPLEMENTATION", "until", until, "reason", "补报"))
        .post("/api/v1/rounds/" + round + "/reopenings").then().statusCode(201);
    save(s, "1", "\"1\"", standard("补报")).then().statusCode(200).body("revision", equalTo(2));
    post(s.operator(), s.item("1") + "/submit", "\"2\"").then().statusCode(200);
  }

  @Test
  void everySaveIsKeptAsARevisionAndTheRevisionsSayWhichWasSubmittedAndReturned() {
    Setup s = inProgress();
    save(s, "7", "\"0\"", standard("第一版")).then().statusCode(200);
    post(s.operator(), s.item("7") + "/submit", "\"1\"").then().statusCode(200);
    returnItem(s.district(), s.item("7"), "\"1\"").then().statusCode(200);
    save(s, "7", "\"1\"", standard("第二版")).then().statusCode(200);
    save(s, "7", "\"2\"", standard("第三版")).then().statusCode(200).header("ETag", equalTo("\"3\""));

    Api.as(s.district()).get(s.item("7") + "/revisions").then().statusCode(200)
        .body("total", equalTo(3)).body("items.revision", contains(3, 2, 1))
        .body("items[2].events.action", contains("SUBMIT", "RETURN"))
        .body("items[2].events[1].reason", equalTo(Rounds.REASON))
        .body("items[0].events", empty());
    Api.as(s.district()).get(s.item("7") + "/revisions/1").then().statusCode(200)
        .body("narrative", equalTo("第一版")).body("events.action", contains("SUBMIT", "RETURN"));
    Api.as(s.district()).get(s.item("7") + "/revisions/3").then().statusCode(200).body("narrative", equalTo("第三版"));
    Api.as(s.district()).get(s.item("7") + "/revisions/4").then().statusCode(404);
  }

  @Test
  void metricValuesAreTypedAndThePensionRateIsComparedWithItsThreshold() {
    Setup s = inProgress();
    Map<String, Object> body = standard("参保情况");
    body.put("metricValues", List.of(Map.of("metricId", 1, "value", 94.9)));
    save(s, "15", "\"0\"", body).then().statusCode(200)
        .body("metrics[0].name", equalTo("基本养老保险参保率")).body("metrics[0].kind", equalTo("PERCENT"))
        .body("metrics[0].comparator", equalTo(">=")).body("metrics[0].threshold", equalTo(95))
        .body("metrics[0].value", equalTo(94.9f)).body("metrics[0].meetsThreshold", equalTo(false));
    body.put("metricValues", List.of(Map.of("metricId", 1, "value", 95.0)));
    save(s, "15", "\"1\"", body).then().statusCode(200).body("metrics[0].meetsThreshold", equalTo(true));

    body.put("metricValues", List.of(Map.of("metricId", 1, "value", 100.5), Map.of("metricId", 2, "value", 3),
        Map.of("metricId", 1, "value", 95.125)));
    save(s, "15", "\"2\"", body).then().statusCode(400)
        .body("violations.field", containsInAnyOrder("metricValues[0].value", "metricValues[1].metricId",
            "metricValues[2].metricId"));
    body.put("metricValues", List.of(Map.of("metricId", 1, "value", 95.125)));
    save(s, "15", "\"2\"", body).then().statusCode(400).body("violations.field", contains("metricValues[0].value"));
    body.put("metricValues", List.of(Map.of("metricId", 1, "value", 50)));
    save(s, "1", "\"0\"", body).then().statusCode(400).body("violations.field", contains("metricValues[0].metricId"));
    Api.as(s.operator()).get(s.item("15")).then().body("revision", equalTo(2)).body("metrics[0].value", equalTo(95));
  }

  @Test
  void bonusEntriesNeedTheirTypesFieldsAndAPlausibleDocumentNumber() {
    Setup s = inProgress();
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    Map<String, Object> commendation = new HashMap<>(Map.of("type", "COMMENDATION", "title", "全省人社系统先进集体",
        "issuingBody", "江苏省人力资源和社会保障厅", "documentNumber", "苏人社发［2023］12号", "level", "PROVINCIAL"));
    save(s, "B1", "\"0\"", Map.of("bonus", Map.of("entries", List.of(commendation)))).then().statusCode(200)
        .body("kind", equalTo("BONUS")).body("bonus.entries[0].documentNumber", equalTo("苏人社发〔2023〕12号"))
        .body("metrics", empty());

    int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
    Map<String, Object> bad = new HashMap<>(commendation);
    bad.put("documentNumber", "苏人社发〔" + nextYear + "〕12号");
    Map<String, Object> malformed = new HashMap<>(commendation);
    malformed.put("documentNumber", "苏人社发2023年12号");
    Map<String, Object> incomplete = Map.of("type", "COMMENDATION", "title", "表彰");
    save(s, "B1", "\"1\"", Map.of("bonus", Map.of("entries", List.of(bad, malformed, incomplete)))).then().statusCode(400)
        .body("violations.field", containsInAnyOrder("bonus.entries[0].documentNumber", "bonus.entries[1].documentNumber",
            "bonus.entries[2].issuingBody", "bonus.entries[2].documentNumber", "bonus.entries[2].level"));

    save(s, "B4", "\"0\"", Map.of("bonus", Map.of("entries", List.of(Map.of("type", "MEDIA_COVERAGE", "outlet", "新华日报",
        "date", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString(), "link", "javascript:alert(1)")))))
        .then().statusCode(400)
        .body("violations.field", containsInAnyOrder("bonus.entries[0].date", "bonus.entries[0].link"));
    save(s, "B4", "\"0\"", Map.of("bonus", Map.of("entries", List.of(Map.of("type", "MEDIA_COVERAGE", "outlet", "新华日报",
        "date", today, "link", "https://www.xhby.net/a/1")))))
        .then().statusCode(200).body("bonus.entries[0].link", equalTo("https://www.xhby.net/a/1"));
    save(s, "B2", "\"0\"", Map.of("bonus", Map.of("entries", List.of(Map.of("type", "HOSTED_EVENT", "meeting", "现场会",
        "organiser", "省人社厅", "date", today))))).then().statusCode(400)
        .body("violations.field", contains("bonus.entries[0].type"));
    save(s, "1", "\"0\"", Map.of("bonus", Map.of("entries", List.of(commendation)))).then().statusCode(400)
        .body("violations.field", contains("bonus"));
  }

  @Test
  void aReadKeyNeverSeesDraftsNorTheDraftOfAReturnedItem() {
    Setup s = inProgress();
    String key = Fixtures.apiKey(s.place().districtId(), "read");
    String foreignKey = Fixtures.apiKey(Fixtures.place().districtId(), "read");
    save(s, "1", "\"0\"", standard("只是草稿")).then().statusCode(200);
    save(s, "2", "\"0\"", standard("提交的版本")).then().statusCode(200);
    post(s.operator(), s.item("2") + "/submit", "\"1\"").then().statusCode(200);
    returnItem(s.district(), s.item("2"), "\"1\"").then().statusCode(200);
    save(s, "2", "\"1\"", standard("退回后的草稿")).then().statusCode(200);

    Api.withKey(key).get("/api/v1/nominations/" + s.nomination() + "/evidence").then().statusCode(200)
        .body("items.indicatorCode", contains("2")).body("items[0].narrative", equalTo("提交的版本"))
        .body("items[0].revision", equalTo(1)).body("items[0].state", equalTo("RETURNED"))
        .body("completeness.standardTotal", equalTo(17));
    Api.withKey(key).get(s.item("1")).then().statusCode(404);
    Api.withKey(key).get(s.item("2")).then().statusCode(200).header("ETag", equalTo("\"1\""))
        .body("narrative", equalTo("提交的版本")).body("allowedActions", empty());
    Api.withKey(key).get(s.item("2") + "/revisions").then().statusCode(200).body("items.revision", contains(1));
    Api.withKey(key).get(s.item("2") + "/revisions/2").then().statusCode(404);
    Api.withKey(key).get("/api/v1/evidence?townshipId=" + s.place().townshipId()).then().statusCode(200)
        .body("items.indicatorCode", contains("2")).body("items[0].revision", equalTo(1));
    Api.withKey(foreignKey).get(s.item("2")).then().statusCode(404);
    // people of the township and district see the newest draft
    Api.as(s.district()).get(s.item("2")).then().statusCode(200).body("narrative", equalTo("退回后的草稿"));
  }

  @Test
  void aReadKeyCountsOnlySubmittedItemsAndIsNotToldWhyAnItemWasReturned() {
    long round = Rounds.open();
    Setup s = inProgress(round);
    String key = Fixtures.apiKey(s.place().districtId(), "read");
    for (String code : List.of("1", "2", "3", "4")) {
      save(s, code, "\"0\"", standard("材料" + code)).then().statusCode(200);
    }
    post(s.operator(), s.item("1") + "/submit", "\"1\"").then().statusCode(200);
    post(s.operator(), s.item("2") + "/submit", "\"1\"").then().statusCode(200);
    returnItem(s.district(), s.item("2"), "\"1\"").then().statusCode(200);

    Api.as(s.operator()).get("/api/v1/nominations/" + s.nomination() + "/evidence").then().statusCode(200)
        .body("completeness.saved", equalTo(4));
    Api.withKey(key).get("/api/v1/nominations/" + s.nomination() + "/evidence").then().statusCode(200)
        .body("items.indicatorCode", contains("1", "2"))
        .body("completeness.saved", equalTo(2)).body("completeness.submitted", equalTo(1))
        .body("completeness.returned", equalTo(1)).body("completeness.missing", hasSize(16))
        .body("items[1].returnReason", nullValue()).body("items[1].returnedBy", nullValue());
    Api.withKey(key).get("/api/v1/evidence/completeness?roundId=" + round).then().statusCode(200)
        .body("nominations[0].completeness.saved", equalTo(2)).body("total.saved", equalTo(2))
        .body("total.submitted", equalTo(1)).body("total.returned", equalTo(1));
    Api.as(s.district()).get("/api/v1/evidence/completeness?roundId=" + round).then().statusCode(200)
        .body("total.saved", equalTo(4));

    Api.withKey(key).get(s.item("2")).then().statusCode(200).body("state", equalTo("RETURNED"))
        .body("returnReason", nullValue()).body("returnedBy", nullValue());
    Api.withKey(key).get(s.item("2") + "/revisions/1").then().statusCode(200)
        .body("events.action", contains("SUBMIT", "RETURN")).body("events[1].reason", nullValue());
    Api.as(s.district()).get(s.item("2")).then().statusCode(200)
        .body("returnReason", equalTo(Rounds.REASON)).body("returnedBy", equalTo("DISTRICT"));
  }

  @Test
  void completenessCountsTheStandardIndicatorsPerNominationDistrictAndRound() {
    long round = Rounds.open();
    Setup s = inProgress(round);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    for (String code : List.of("1", "2", "3", "4")) {
      save(s, code, "\"0\"", standard("材料" + code)).then().statusCode(200);
    }
    save(s, "B3", "\"0\"", Map.of("bonus", Map.of("entries", List.of()))).then().statusCode(200);
    for (String code : List.of("1", "2", "3")) {
      post(s.operator(), s.item(code) + "/submit", "\"1\"").then().statusCode(200);
    }
    post(s.district(), s.item("1") + "/approve", "\"1\"").then().statusCode(200);
    post(s.district(), s.item("2") + "/approve", "\"1\"").then().statusCode(200);
    post(assessor, s.item("1") + "/accept", "\"1\"").then().statusCode(200);
    returnItem(s.district(), s.item("3"), "\"1\"").then().statusCode(200);

    Api.as(s.operator()).get("/api/v1/nominations/" + s.nomination() + "/evidence").then().statusCode(200)
        .body("items", hasSize(21)).body("items[0].indicatorCode", equalTo("1")).body("items[20].indicatorCode", equalTo("B4"))
        .body("completeness.standardTotal", equalTo(17)).body("completeness.saved", equalTo(4))
        .body("completeness.submitted", equalTo(2)).body("completeness.districtApproved", equalTo(2))
        .body("completeness.accepted", equalTo(1)).body("completeness.returned", equalTo(1))
        .body("completeness.missing", hasSize(15)).body("completeness.missing", hasItem("3"))
        .body("completeness.missing", not(hasItem("2")));

    Setup second = inProgress(round);
    Api.as(assessor).get("/api/v1/evidence/completeness?roundId=" + round).then().statusCode(200)
        .body("nominations", hasSize(2))
        .body("nominations.find { it.nominationId == " + s.nomination() + " }.completeness.submitted", equalTo(2))
        .body("nominations.find { it.nominationId == " + s.nomination() + " }.completeness.saved", equalTo(4))
        .body("nominations.find { it.nominationId == " + s.nomination() + " }.completeness.missing", hasSize(15))
        .body("nominations.find { it.nominationId == " + second.nomination() + " }.completeness.missing", hasSize(17))
        .body("districts", hasSize(2))
        .body("total.nominations", equalTo(2)).body("total.standardTotal", equalTo(34))
        .body("total.submitted", equalTo(2)).body("total.accepted", equalTo(1)).body("total.missing", equalTo(32));
    Api.as(s.district()).get("/api/v1/evidence/completeness?roundId=" + round).then().statusCode(200)
        .body("nominations.nominationId", contains((int) s.nomination())).body("total.nominations", equalTo(1));
    Api.as(s.district()).get("/api/v1/evidence/completeness?roundId=" + round + "&districtId=" + second.place().districtId())
        .then().statusCode(404);
  }

  @Test
  void aBulkReviewChangesAllItemsOrNone() {
    Setup s = inProgress();
    for (String code : List.of("8", "9", "10")) {
      save(s, code, "\"0\"", standard("材料" + code)).then().statusCode(200);
    }
    save(s, "9", "\"1\"", standard("材料 9 第二版")).then().statusCode(200);
    Api.as(s.operator()).post("/api/v1/nominations/" + s.nomination() + "/evidence/submit").then().statusCode(200);
    Api.as(s.operator()).post("/api/v1/nominations/" + s.nomination() + "/evidence/submit").then().statusCode(409);

    List<Map<String, Object>> stale = List.of(
        Map.of("nominationId", s.nomination(), "indicatorCode", "8", "revision", 1),
        Map.of("nominationId", s.nomination(), "indicatorCode", "9", "revision", 1),
        Map.of("nominationId", s.nomination(), "indicatorCode", "11", "revision", 1));
    Api.as(s.district()).body(Map.of("action", "APPROVE", "items", stale)).post("/api/v1/evidence/review").then()
        .statusCode(409).body("violations.field", contains("items[1]", "items[2]"));
    Api.as(s.district()).get("/api/v1/evidence?state=DISTRICT_APPROVED&townshipId=" + s.place().townshipId())
        .then().statusCode(200).body("items", empty());

    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    List<Map<String, Object>> good = List.of(
        Map.of("nominationId", s.nomination(), "indicatorCode", "8", "revision", 1),
        Map.of("nominationId", s.nomination(), "indicatorCode", "9", "revision", 2));
    Api.as(assessor).body(Map.of("action", "APPROVE", "items", good)).post("/api/v1/evidence/review").then().statusCode(409);
    Api.as(s.district()).body(Map.of("action", "APPROVE", "items", good)).post("/api/v1/evidence/review").then()
        .statusCode(200).body("items.state", contains("DISTRICT_APPROVED", "DISTRICT_APPROVED"))
        .body("items.indicatorTitle", hasItem("用好乡村公益性岗位"));
    Api.as(assessor).body(Map.of("action", "ACCEPT", "items", good)).post("/api/v1/evidence/review").then()
        .statusCode(200).body("items.state", contains("ACCEPTED", "ACCEPTED"));

    Api.as(assessor).get("/api/v1/evidence?districtId=" + s.place().districtId() + "&state=ACCEPTED&state=SUBMITTED&sort=indicator")
        .then().statusCode(200).body("items.indicatorCode", contains("10", "8", "9"))
        .body("items.state", contains("SUBMITTED", "ACCEPTED", "ACCEPTED"))
        .body("items[0].districtName", equalTo("夹具区" + s.place().districtCode()));
    Api.as(s.operator()).get("/api/v1/evidence?indicatorCode=10").then().statusCode(200)
        .body("items.nominationId", contains((int) s.nomination()));
  }

  @Test
  void theReviewQueueStaysInsideTheCallersScope() {
    Setup s = inProgress();
    Setup other = inProgress(s.round());
    save(s, "1", "\"0\"", standard("本区")).then().statusCode(200);
    save(other, "1", "\"0\"", standard("外区")).then().statusCode(200);
    Api.as(s.district()).get("/api/v1/evidence?roundId=" + s.round()).then().statusCode(200)
        .body("items.townshipId", contains((int) s.place().townshipId()));
    Api.as(other.operator()).get("/api/v1/evidence?roundId=" + s.round()).then().statusCode(200)
        .body("items.townshipId", contains((int) other.place().townshipId()));
    api().get("/api/v1/evidence?roundId=" + s.round()).then().statusCode(200).body("total", equalTo(2));
  }
}
