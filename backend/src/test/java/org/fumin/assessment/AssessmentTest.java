package org.fumin.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Assessments;
import org.fumin.testing.Assessments.Candidate;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Rounds;
import org.fumin.testing.TestClock;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentTest {

  @Inject TestClock clock;
  @Inject DataSource dataSource;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private static JsonPath form(Login who, Candidate c) {
    return Api.as(who).get("/api/v1/nominations/" + c.nomination() + "/assessment").then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, Object> indicator(JsonPath form, String code) {
    return form.getMap("indicators.find { it.indicatorCode == '" + code + "' }");
  }

  @Test
  void theThresholdCheckSuggestsNotMetBelowMetAtAndSupplementWithoutTheFigure() {
    long round = Rounds.open();
    Candidate below = Assessments.submitted(round, 94.9, false, false);
    Candidate at = Assessments.submitted(round, 95.0, false, false);
    Candidate missing = Assessments.submitted(round, null, false, false);
    Assessments.startAssessment(round);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);

    Map<String, Object> low = indicator(form(assessor, below), "15");
    assertThat(low.get("check")).isEqualTo("NOT_MET");
    assertThat(low.get("suggestedOutcome")).isEqualTo("NOT_MET");
    assertThat(low.get("suggestedComment")).isEqualTo("基本养老保险参保率 94.9 % < 95 %");
    Map<String, Object> ok = indicator(form(assessor, at), "15");
    assertThat(ok.get("check")).isEqualTo("MET");
    assertThat(ok.get("suggestedOutcome")).isEqualTo("MET");
    assertThat(ok.get("suggestedComment")).isEqualTo("基本养老保险参保率 95 % ≥ 95 %");
    Map<String, Object> none = indicator(form(assessor, missing), "15");
    assertThat(none.get("check")).isEqualTo("MISSING");
    assertThat(none.get("suggestedOutcome")).isEqualTo("NEEDS_SUPPLEMENT");
    // an indicator without metrics whose evidence the city accepted suggests MET; the form shows the files' evidence
    Map<String, Object> first = indicator(form(assessor, at), "1");
    assertThat(first.get("check")).isEqualTo("NOT_APPLICABLE");
    assertThat(first.get("suggestedOutcome")).isEqualTo("MET");
    assertThat(first.get("narrative")).isEqualTo("指标1的佐证");
    assertThat(form(assessor, at).getBoolean("canJudge")).isTrue();
    assertThat(form(Users.admin(), at).getBoolean("canJudge")).isFalse();
  }

  @Test
  void aJudgementAgainstTheSuggestionNeedsAJustificationAndTheProposalNamesEachFailingIndicator() {
    long round = Rounds.open();
    Candidate c = Assessments.submitted(round, 93.1, false, false);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    // judging waits for the round's assessment phase
    Api.as(assessor).body(Map.of("outcome", "NOT_MET")).post(c.judgements("15")).then().statusCode(409);
    Assessments.startAssessment(round);

    Api.as(assessor).body(Map.of("outcome", "MET")).post(c.judgements("15")).then().statusCode(400)
        .body("violations.field", contains("justification"));
    Api.as(assessor).header("Accept-Language", "en").body(Map.of("outcome", "MET")).post(c.judgements("15")).then()
        .statusCode(400).body("violations.message", hasItem(containsString("justification")));
    Api.as(Users.admin()).body(Map.of("outcome", "NOT_MET")).post(c.judgements("15")).then().statusCode(403);
    Api.as(assessor).body(Map.of("outcome", "RECOGNISED")).post(c.judgements("15")).then().statusCode(400)
        .body("violations.field", contains("outcome"));
    Api.as(assessor).header("Idempotency-Key", "judge-15-once").body(Map.of("outcome", "NOT_MET", "comment", "参保率偏低"))
        .post(c.judgements("15")).then().statusCode(201)
        .body("outcome", equalTo("NOT_MET")).body("suggestedOutcome", equalTo("NOT_MET"));
    // the form's double click: the same key records it once (the history below has two judgements, not three)
    Api.as(assessor).header("Idempotency-Key", "judge-15-once").body(Map.of("outcome", "NOT_MET", "comment", "参保率偏低"))
        .post(c.judgements("15")).then().statusCode(201).header("Idempotent-Replayed", "true");
    Assessments.judgeMet(assessor, c, 1, 14);

    JsonPath pending = form(assessor, c);
    assertThat(pending.getString("proposal.decision")).isEqualTo("NOT_NAMED");
    assertThat(pending.getBoolean("proposal.complete")).isFalse();
    assertThat(pending.getList("proposal.reasons.indicatorCode")).containsExactly("15", "16", "17");
    assertThat(pending.getString("proposal.reasons[0].text")).contains("93.1 % < 95 %");
    // structured, for the reader's language: the figures with their check and the assessor's own words
    assertThat(pending.getString("proposal.reasons[0].basis")).isEqualTo("FIGURES");
    assertThat(pending.getFloat("proposal.reasons[0].figures[0].value")).isEqualTo(93.1f);
    assertThat(pending.getFloat("proposal.reasons[0].figures[0].threshold")).isEqualTo(95f);
    assertThat(pending.getString("proposal.reasons[0].figures[0].comparator")).isEqualTo(">=");
    assertThat(pending.getBoolean("proposal.reasons[0].figures[0].meetsThreshold")).isFalse();
    assertThat(pending.getString("proposal.reasons[0].comment")).isEqualTo("参保率偏低");
    assertThat(pending.getList("proposal.reasons.basis")).containsExactly("FIGURES", "PENDING", "PENDING");
    assertThat(pending.getList("proposal.reasons[1].figures")).isEmpty();
    Assessments.judgeMet(assessor, c, 16, 17);
    JsonPath judged = form(assessor, c);
    assertThat(judged.getList("proposal.reasons.indicatorCode")).containsExactly("15");
    assertThat(judged.getBoolean("proposal.complete")).isTrue();
    assertThat(indicator(judged, "15").get("agreedOutcome")).isEqualTo("NOT_MET");

    // a changed mind is a new judgement; the latest counts, the history keeps both
    Api.as(assessor).body(Map.of("outcome", "MET", "justification", "复核社保台账后确认达标")).post(c.judgements("15"))
        .then().statusCode(201).body("justification", equalTo("复核社保台账后确认达标"));
    Api.as(assessor).get(c.judgements("15")).then().statusCode(200).body("items.outcome", contains("MET", "NOT_MET"));
    assertThat(form(assessor, c).getString("proposal.decision")).isEqualTo("NAMED");
    Api.as(assessor).body(Map.of("outcome", "NOT_MET", "comment", "参保率偏低")).post(c.judgements("15")).then().statusCode(201);

    // the city admin overrides the proposal only with a justification, and naming needs its document
    api().body(Map.of("decision", "NAMED", "documentNumber", Assessments.NAMING_DOCUMENT,
        "documentDate", Assessments.today().toString())).put(c.verdict()).then().statusCode(400)
        .body("violations.field", contains("justification"));
    api().body(Map.of("decision", "NAMED", "justification", "整改到位", "documentNumber", "扬人社发2023第88号",
        "documentDate", Assessments.today().toString())).put(c.verdict()).then().statusCode(400)
        .body("violations.field", contains("documentNumber"));
    api().body(Map.of("decision", "NAMED", "justification", "整改到位", "documentNumber", Assessments.NAMING_DOCUMENT,
        "documentDate", Assessments.today().toString())).put(c.verdict()).then().statusCode(200)
        .header("ETag", equalTo("\"1\"")).body("verdict.decision", equalTo("NAMED"))
        .body("verdict.proposedDecision", equalTo("NOT_NAMED")).body("verdict.overridden", equalTo(true))
        .body("verdict.justification", equalTo("整改到位")).body("verdict.status", equalTo("CONFIRMED"))
        .body("allowedActions", contains("CHANGE", "PUBLISH"));
    // confirmed but unpublished: changed with If-Match, never without
    api().body(Map.of("decision", "NOT_NAMED")).put(c.verdict()).then().statusCode(428);
    api().header("If-Match", "\"1\"").body(Map.of("decision", "NOT_NAMED")).put(c.verdict()).then().statusCode(200)
        .body("verdict.decision", equalTo("NOT_NAMED")).body("verdict.overridden", equalTo(false));
  }

  @Test
  void publicationFreezesTheVerdictAndACorrectionIsANewRevision() throws SQLException {
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    long round = Rounds.open();
    Candidate c = Assessments.submitted(round, 96, false, false);
    Assessments.startAssessment(round);
    Assessments.judgeAllMet(assessor, c);
    Assessments.confirmNamed(c);
    api().queryParam("dryRun", true).body(Map.of()).post("/api/v1/rounds/" + round + "/verdicts/publish").then().statusCode(200)
        .body("dryRun", equalTo(true)).body("items.nominationId", contains((int) c.nomination()));
    api().get("/api/v1/nominations/" + c.nomination()).then().body("state", equalTo("SUBMITTED_FOR_ASSESSMENT"));
    api().body(Map.of("nominationIds", List.of(c.nomination()))).post("/api/v1/rounds/" + round + "/verdicts/publish")
        .then().statusCode(200).body("dryRun", equalTo(false)).body("items[0].decision", equalTo("NAMED"));
    api().get("/api/v1/nominations/" + c.nomination()).then().body("state", equalTo("NAMED"));
    api().body(Map.of()).post("/api/v1/rounds/" + round + "/verdicts/publish").then().statusCode(409);

    String etag = api().get(c.verdict()).then().statusCode(200).body("verdict.status", equalTo("PUBLISHED"))
        .body("allowedActions", contains("CORRECT")).extract().header("ETag");
    api().header("If-Match", etag).body(Map.of("decision", "NOT_NAMED")).put(c.verdict()).then().statusCode(409);
    // the database itself refuses to change or delete a published row
    try (Connection connection = dataSource.getConnection()) {
      PreparedStatement update = connection.prepareStatement("update verdict set decision = 'NOT_NAMED' where nomination_id = ?");
      update.setLong(1, c.nomination());
      assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("published");
      PreparedStatement delete = connection.prepareStatement("delete from verdict where nomination_id = ?");
      delete.setLong(1, c.nomination());
      assertThatThrownBy(delete::executeUpdate).isInstanceOf(SQLException.class).hasMessageContaining("published");
    }
    api().get("/api/v1/titles?townshipId=" + c.place().townshipId()).then().statusCode(200)
        .body("items[0].state", equalTo("ACTIVE")).body("items[0].documentNumber", equalTo(Assessments.NAMING_DOCUMENT));

    // a correction: a new published revision with its reason and document; the old one stays, superseded
    api().header("If-Match", etag).body(Map.of("decision", "NOT_NAMED", "reason", "复查发现材料不实",
        "documentNumber", "扬人社发〔2023〕99号", "documentDate", Assessments.today().toString()))
        .post(c.verdict() + "/corrections").then().statusCode(201)
        .body("verdict.revision", equalTo(2)).body("verdict.decision", equalTo("NOT_NAMED"))
        .body("verdict.correctionReason", equalTo("复查发现材料不实"))
        .body("revisions.status", contains("PUBLISHED", "SUPERSEDED"));
    api().get("/api/v1/nominations/" + c.nomination()).then().body("state", equalTo("NOT_NAMED"));
    api().get("/api/v1/titles?townshipId=" + c.place().townshipId()).then().body("items[0].state", equalTo("REVOKED"));
    List<String> audited = api().queryParam("entityType", "NOMINATION").queryParam("entityId", String.valueOf(c.nomination()))
        .queryParam("size", 100).get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action");
    assertThat(audited).contains("JUDGEMENT_RECORDED", "VERDICT_CONFIRMED", "VERDICT_PUBLISHED", "VERDICT_CORRECTED",
        "NOMINATION_NAMED", "NOMINATION_NOT_NAMED");
  }

  @Test
  void aTitleIsRevokedInALaterRoundAndStaysInTheTownshipsHistory() {
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    Candidate c = Assessments.published(assessor, false);
    long title = api().get("/api/v1/titles?townshipId=" + c.place().townshipId()).then().statusCode(200)
        .extract().jsonPath().getLong("items[0].id");
    long later = Rounds.open(); // the next round: dynamic management re-checks the base
    assertThat(later).isNotEqualTo(c.round());
    String revokedOn = Assessments.today().toString();
    api().body(Map.of("reason", "复查不合格", "documentNumber", "扬人社", "revokedOn", revokedOn))
        .post("/api/v1/titles/" + title + "/revoke").then().statusCode(400).body("violations.field", contains("documentNumber"));
    api().body(Map.of("reason", "复查不合格", "documentNumber", "扬人社发〔2024〕3号", "revokedOn", revokedOn))
        .post("/api/v1/titles/" + title + "/revoke").then().statusCode(200)
        .body("state", equalTo("REVOKED")).body("revocationReason", equalTo("复查不合格"));
    api().body(Map.of("reason", "再次撤销", "documentNumber", "扬人社发〔2024〕4号", "revokedOn", revokedOn))
        .post("/api/v1/titles/" + title + "/revoke").then().statusCode(409);

    Api.as(c.operator()).get("/api/v1/townships/" + c.place().townshipId() + "/history").then().statusCode(200)
        .body("rounds[0].nominationState", equalTo("NAMED")).body("rounds[0].verdicts[0].status", equalTo("PUBLISHED"))
        .body("titles[0].state", equalTo("REVOKED")).body("titles[0].documentNumber", equalTo(Assessments.NAMING_DOCUMENT));
    Api.as(Users.create(Role.TOWNSHIP_OPERATOR, null, Fixtures.place().townshipId()))
        .get("/api/v1/townships/" + c.place().townshipId() + "/history").then().statusCode(404);
    List<String> audited = api().queryParam("entityType", "TITLE").queryParam("entityId", String.valueOf(title))
        .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action");
    assertThat(audited).contains("TITLE_GRANTED", "TITLE_REVOKED");
  }

  @Test
  void unpublishedResultsStayInvisibleToReadKeysAndThePublic() {
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    long round = Rounds.open();
    int year = api().get("/api/v1/rounds/" + round).jsonPath().getInt("year");
    Candidate c = Assessments.submitted(round, 95.5, false, false);
    Assessments.startAssessment(round);
    Assessments.judgeAllMet(assessor, c);
    Assessments.confirmNamed(c);
    String key = Fixtures.apiKey(null, "read");

    Api.withKey(key).get(c.verdict()).then().statusCode(200).body("verdict", nullValue()).body("revisions", empty())
        .body("proposal", nullValue());
    Api.as(c.district()).get(c.verdict()).then().statusCode(200).body("verdict", nullValue());
    String row = "items.find { it.nominationId == " + c.nomination() + " }";
    Api.withKey(key).get("/api/v1/rounds/" + round + "/verdicts").then().statusCode(200)
        .body(row + ".nominationId", equalTo((int) c.nomination())).body(row + ".verdict", nullValue())
        .body(row + ".proposal", nullValue());
    Api.withKey(key).get("/api/v1/townships/" + c.place().townshipId() + "/history").then().statusCode(200)
        .body("rounds.find { it.nominationId == " + c.nomination() + " }.verdicts", empty());
    String export = "/api/v1/rounds/" + round + "/results/export";
    Api.withKey(key).accept("text/csv").queryParam("format", "csv").get(export).then().statusCode(200)
        .body(not(containsString(c.place().townshipCode()))).body(not(containsString(Assessments.NAMING_DOCUMENT)));
    Api.anonymous().get("/api/v1/public/results?year=" + year).then().statusCode(200)
        .body("named.townshipCode", not(hasItem(c.place().townshipCode())));

    api().body(Map.of()).post("/api/v1/rounds/" + round + "/verdicts/publish").then().statusCode(200);
    Api.withKey(key).get(c.verdict()).then().statusCode(200).body("verdict.decision", equalTo("NAMED"));
    Api.withKey(key).get("/api/v1/rounds/" + round + "/verdicts").then().statusCode(200)
        .body(row + ".verdict.decision", equalTo("NAMED")).body(row + ".verdict.status", equalTo("PUBLISHED"));
    // a published verdict comes with its indicator judgements
    String csv = Api.withKey(key).accept("text/csv").queryParam("format", "csv").get(export).then().statusCode(200)
        .extract().asString();
    assertThat(csv).contains(c.place().townshipCode()).contains("MET").contains(Assessments.NAMING_DOCUMENT);
    String etag = Api.anonymous().get("/api/v1/public/results?year=" + year).then().statusCode(200)
        .header("Cache-Control", equalTo("public, max-age=300")).header("ETag", notNullValue())
        .body("named.townshipCode", hasItem(c.place().townshipCode()))
        .body("named.find { it.townshipCode == '" + c.place().townshipCode() + "' }.documentNumber",
            equalTo(Assessments.NAMING_DOCUMENT))
        .extract().header("ETag");
    Api.anonymous().header("If-None-Match", etag).get("/api/v1/public/results?year=" + year).then().statusCode(304);
  }

  @Test
  void needsSupplementReturnsTheItemToTheTownshipUntilTheDate() {
    long round = Rounds.open();
    Candidate c = Assessments.submitted(round, null, false, false);
    Assessments.startAssessment(round);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    String until = Assessments.today().toString();
    Api.as(assessor).body(Map.of("outcome", "NEEDS_SUPPLEMENT", "supplementUntil", until)).post(c.judgements("15")).then()
        .statusCode(400).body("violations.field", contains("comment"));
    Api.as(assessor).body(Map.of("outcome", "NEEDS_SUPPLEMENT", "comment", "请补充参保率", "supplementUntil", "2001-01-01"))
        .post(c.judgements("15")).then().statusCode(400).body("violations.field", contains("supplementUntil"));
    Api.as(assessor).body(Map.of("outcome", "NEEDS_SUPPLEMENT", "comment", "请补充参保率", "supplementUntil", until))
        .post(c.judgements("15")).then().statusCode(201);
    Api.as(c.operator()).get(c.evidence("15")).then().statusCode(200).body("state", equalTo("RETURNED"))
        .body("returnReason", equalTo("请补充参保率")).body("supplementUntil", equalTo(until))
        .body("allowedActions", contains("SAVE", "SUBMIT"));
    Api.as(c.operator()).get(c.evidence("14")).then().body("allowedActions", empty());
    Map<String, Object> body = Map.of("selfAssessment", "MET", "narrative", "补充", "metricValues",
        List.of(Map.of("metricId", 1, "value", 96)));
    // after the date (Asia/Shanghai) the supplement is closed; a session of that later time asks
    clock.setTo(Assessments.today().plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    Api.as(Users.freshSession(c.operator())).header("If-Match", "\"1\"").body(body).put(c.evidence("15")).then()
        .statusCode(409).body("type", equalTo("urn:fumin:problem:deadline-passed"));
    clock.reset();
    Api.as(c.operator()).header("If-Match", "\"1\"").body(body).put(c.evidence("15")).then().statusCode(200);
    Api.as(c.operator()).header("If-Match", "\"2\"").post(c.evidence("15") + "/submit").then().statusCode(200);
    Api.as(c.district()).header("If-Match", "\"2\"").post(c.evidence("15") + "/approve").then().statusCode(200);
    Api.as(assessor).header("If-Match", "\"2\"").post(c.evidence("15") + "/accept").then().statusCode(200)
        .body("supplementUntil", nullValue());
    Map<String, Object> now = indicator(form(assessor, c), "15");
    assertThat(now.get("check")).isEqualTo("MET");
    assertThat(now.get("evidenceState")).isEqualTo("ACCEPTED");
  }

  @Test
  void theRankingPutsRecognisedBonusItemsFirstAndIsMovedConfirmedAndExported() throws Exception {
    long round = Rounds.open();
    Candidate plain = Assessments.submitted(round, 96, false, true);
    Candidate commended = Assessments.submitted(round, 96, true, true);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    JsonPath ranking = api().get("/api/v1/rounds/" + round + "/ranking").then().statusCode(200).extract().jsonPath();
    assertThat(ranking.getList("entries.nominationId", Long.class)).containsExactly(commended.nomination(), plain.nomination());
    assertThat(ranking.getList("entries[0].bonusCodes")).containsExactly("B1");
    Assessments.startAssessment(round);
    // a commendation is recognised only with a valid document number
    Api.as(assessor).body(Map.of("outcome", "RECOGNISED", "documentNumber", "无文号"))
        .post(commended.judgements("B1")).then().statusCode(400).body("violations.field", contains("documentNumber"));
    Api.as(assessor).body(Map.of("outcome", "RECOGNISED", "documentNumber", "苏人社发〔2023〕12号"))
        .post(commended.judgements("B1")).then().statusCode(201);
    Api.as(assessor).body(Map.of("outcome", "RECOGNISED", "justification", "x")).post(plain.judgements("B1")).then()
        .statusCode(409);

    String etag = api().get("/api/v1/rounds/" + round + "/ranking").header("ETag");
    Api.invalid().header("If-Match", etag).body(Map.of("nominationId", plain.nomination(), "position", 1))
        .post("/api/v1/rounds/" + round + "/ranking/moves").then().statusCode(400);
    String moved = api().header("If-Match", etag).body(Map.of("nominationId", plain.nomination(), "position", 1,
        "justification", "区里推荐优先")).post("/api/v1/rounds/" + round + "/ranking/moves").then().statusCode(200)
        .body("entries[0].nominationId", equalTo((int) plain.nomination())).body("entries[0].moved", equalTo(true))
        .body("entries[0].computedPosition", equalTo(2)).body("entries[0].justification", equalTo("区里推荐优先"))
        .extract().header("ETag");
    String csv = api().accept("text/csv").queryParam("format", "csv").get("/api/v1/rounds/" + round + "/ranking/export")
        .then().statusCode(200).extract().asString();
    assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("1," + plain.place().townshipCode());
    api().header("If-Match", moved).post("/api/v1/rounds/" + round + "/ranking/confirm").then().statusCode(200)
        .body("confirmed", equalTo(true));
    api().header("If-Match", moved).post("/api/v1/rounds/" + round + "/ranking/confirm").then().statusCode(412);
    byte[] xlsx = api().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").queryParam("format", "xlsx")
        .get("/api/v1/rounds/" + round + "/ranking/export").then().statusCode(200).extract().asByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo(commended.place().townshipCode());
    }
  }

  @Test
  void aBonusItemJudgedNotRecognisedDoesNotLiftItsTownshipInTheRanking() {
    long round = Rounds.open();
    Candidate commended = Assessments.submitted(round, 96, true, true);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    String entry = "entries.find { it.nominationId == " + commended.nomination() + " }";
    // before any judgement the city's acceptance counts (the plan ranks before the year-end assessment)
    api().get("/api/v1/rounds/" + round + "/ranking").then().statusCode(200)
        .body(entry + ".recognisedBonus", equalTo(1)).body(entry + ".bonusCodes", contains("B1"));
    Assessments.startAssessment(round);
    Api.as(assessor).body(Map.of("outcome", "NOT_RECOGNISED", "justification", "表彰对象为个人，不属于乡镇"))
        .post(commended.judgements("B1")).then().statusCode(201);
    api().get("/api/v1/rounds/" + round + "/ranking").then().statusCode(200)
        .body(entry + ".recognisedBonus", equalTo(0)).body(entry + ".bonusCodes", empty());
    // the latest judgement counts: recognised again, it lifts the township again
    Api.as(assessor).body(Map.of("outcome", "RECOGNISED", "documentNumber", "苏人社发〔2023〕12号"))
        .post(commended.judgements("B1")).then().statusCode(201);
    api().get("/api/v1/rounds/" + round + "/ranking").then().statusCode(200)
        .body(entry + ".recognisedBonus", equalTo(1)).body(entry + ".bonusCodes", contains("B1"));
  }

  @Test
  void evidenceOfAPublishedNominationLeavesTheReviewQueuesAndStaysReadable() {
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    long round = Rounds.open();
    Candidate c = Assessments.submitted(round, 96, false, false);
    Assessments.startAssessment(round);
    Assessments.judgeAllMet(assessor, c);
    Assessments.confirmNamed(c);
    String queue = "/api/v1/evidence?roundId=" + round + "&townshipId=" + c.place().townshipId();
    Api.as(c.district()).get(queue).then().statusCode(200).body("total", equalTo(17));
    Api.as(assessor).get(queue).then().statusCode(200).body("total", equalTo(17));

    api().body(Map.of()).post("/api/v1/rounds/" + round + "/verdicts/publish").then().statusCode(200);
    Api.as(c.district()).get(queue).then().statusCode(200).body("total", equalTo(0)).body("items", empty());
    Api.as(assessor).get(queue).then().statusCode(200).body("total", equalTo(0)).body("items", empty());
    Api.as(c.operator()).get(c.evidence("15")).then().statusCode(200).body("state", equalTo("ACCEPTED"))
        .body("allowedActions", empty());
    Api.as(assessor).get(c.evidence("15")).then().statusCode(200).body("state", equalTo("ACCEPTED"));
  }

  @Test
  void theResultsExportReadsBackWithJudgementsAndVerdicts() throws Exception {
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    Candidate c = Assessments.published(assessor, false);
    byte[] xlsx = api().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").queryParam("format", "xlsx")
        .get("/api/v1/rounds/" + c.round() + "/results/export").then().statusCode(200).extract().asByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      Row row = sheet.getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(c.place().townshipCode());
      int outcome15 = -1;
      int verdict = -1;
      for (int i = 0; i < header.getLastCellNum(); i++) {
        String name = header.getCell(i).getStringCellValue();
        outcome15 = name.startsWith("指标15评定") ? i : outcome15;
        verdict = name.startsWith("考核结论") ? i : verdict;
      }
      assertThat(row.getCell(outcome15).getStringCellValue()).isEqualTo("MET");
      assertThat(row.getCell(outcome15 + 1).getNumericCellValue()).isEqualTo(95.0);
      assertThat(row.getCell(verdict).getStringCellValue()).isEqualTo("NAMED");
    }
    String csv = Api.as(c.district()).accept("text/csv").queryParam("format", "csv")
        .get("/api/v1/rounds/" + c.round() + "/results/export").then().statusCode(200).extract().asString();
    assertThat(csv).contains(c.place().townshipCode()).contains("NAMED").contains(Assessments.NAMING_DOCUMENT);
    Api.as(Users.create(Role.DISTRICT_ADMIN, Fixtures.place().districtId(), null)).accept("text/csv").queryParam("format", "csv")
        .get("/api/v1/rounds/" + c.round() + "/results/export").then().statusCode(200)
        .body(not(containsString(c.place().townshipCode())));
  }
}
