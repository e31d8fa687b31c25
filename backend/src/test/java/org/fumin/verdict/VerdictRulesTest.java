package org.fumin.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
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
import org.fumin.testing.Assessments;
import org.fumin.testing.Assessments.Candidate;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerdictRulesTest {

  private static String publish(long round) {
    return "/api/v1/rounds/" + round + "/verdicts/publish";
  }

  /** A nomination judged all MET and confirmed NAMED, not yet published. */
  private static Candidate confirmed(Login assessor) {
    long round = Rounds.open();
    Candidate c = Assessments.submitted(round, 96, false, false);
    Assessments.startAssessment(round);
    Assessments.judgeAllMet(assessor, c);
    Assessments.confirmNamed(c);
    return c;
  }

  private static void stillUnpublished(Candidate c) {
    api().get("/api/v1/nominations/" + c.nomination()).then().body("state", equalTo("SUBMITTED_FOR_ASSESSMENT"));
    api().get(c.verdict()).then().body("verdict.status", equalTo("CONFIRMED"));
  }

  @Test
  void aPreviewFlagOtherThanTrueOrFalseOrAMissingBodyOrATwiceListedNominationPublishesNothing() {
    Candidate c = confirmed(Users.create(Role.CITY_ASSESSOR, null, null));
    for (String flag : List.of("1", "yes", "maybe", "TRUE", "")) {
      Api.invalid().queryParam("dryRun", flag).body(Map.of("nominationIds", List.of(c.nomination()))).post(publish(c.round()))
          .then().statusCode(400).body("violations.field", hasItem(containsString("dryRun")));
    }
    Api.invalid().post(publish(c.round())).then().statusCode(400);
    Api.invalid().body(Map.of("nominationIds", List.of(c.nomination(), c.nomination()))).post(publish(c.round()))
        .then().statusCode(400).body("violations.field", contains("nominationIds"));
    stillUnpublished(c);
    api().queryParam("dryRun", "false").body(Map.of("nominationIds", List.of(c.nomination()))).post(publish(c.round()))
        .then().statusCode(200).body("dryRun", equalTo(false));
    api().get("/api/v1/nominations/" + c.nomination()).then().body("state", equalTo("NAMED"));
  }

  @Test
  void aVerdictWhoseProposalChangedSinceItWasConfirmedIsListedAndNotPublishedUntilConfirmedAgain() {
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    Candidate c = confirmed(assessor);
    api().queryParam("dryRun", true).body(Map.of()).post(publish(c.round())).then().statusCode(200)
        .body("items[0].proposalChanged", equalTo(false)).body("items[0].currentProposal", equalTo("NAMED"));
    Api.as(assessor).body(Map.of("outcome", "NOT_MET", "justification", "现场核查不达标")).post(c.judgements("5"))
        .then().statusCode(201);
    api().queryParam("dryRun", true).body(Map.of()).post(publish(c.round())).then().statusCode(200)
        .body("items[0].nominationId", equalTo((int) c.nomination())).body("items[0].decision", equalTo("NAMED"))
        .body("items[0].proposalChanged", equalTo(true)).body("items[0].currentProposal", equalTo("NOT_NAMED"));
    api().body(Map.of()).post(publish(c.round())).then().statusCode(409)
        .body("detail", containsString("（" + c.nomination() + "）"));
    api().body(Map.of("nominationIds", List.of(c.nomination()))).post(publish(c.round())).then().statusCode(409);
    stillUnpublished(c);

    // confirmed again against the current proposal: a naming now departs from it and says why
    String etag = api().get(c.verdict()).then().extract().header("ETag");
    api().header("If-Match", etag).body(Map.of("decision", "NAMED", "justification", "整改已到位",
        "documentNumber", Assessments.NAMING_DOCUMENT, "documentDate", Assessments.today().toString()))
        .put(c.verdict()).then().statusCode(200);
    api().body(Map.of()).post(publish(c.round())).then().statusCode(200).body("items[0].proposalChanged", equalTo(false));
    api().get(c.verdict()).then().body("verdict.status", equalTo("PUBLISHED"))
        .body("verdict.proposedDecision", equalTo("NOT_NAMED")).body("verdict.overridden", equalTo(true))
        .body("verdict.justification", equalTo("整改已到位"));
  }

  @Test
  void concurrentPublicationsLeaveOneWinnerAndGiveTheOthersAConflict() throws Exception {
    Candidate c = confirmed(Users.create(Role.CITY_ASSESSOR, null, null));
    int racers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        Callable<Integer> race = () -> {
          start.await();
          return api().body(Map.of("nominationIds", List.of(c.nomination()))).post(publish(c.round())).then()
              .extract().statusCode();
        };
        answers.add(pool.submit(race));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsOnly(200, 409);
      assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    api().get("/api/v1/titles?townshipId=" + c.place().townshipId()).then().body("items", hasSize(1));
  }

  @Test
  void aCorrectionNeedsANewDocumentNumberAndADateNotBeforeTheRevisionOrTheNamingItEnds() {
    Candidate c = Assessments.published(Users.create(Role.CITY_ASSESSOR, null, null), false);
    int year = api().get("/api/v1/rounds/" + c.round()).jsonPath().getInt("year");
    Api.anonymous().get("/api/v1/public/results?year=" + year).then().statusCode(200)
        .body("named.townshipCode", hasItem(c.place().townshipCode()));
    String etag = api().get(c.verdict()).then().extract().header("ETag");
    String today = Assessments.today().toString();
    String yesterday = Assessments.today().minusDays(1).toString();
    api().header("If-Match", etag).body(Map.of("decision", "NOT_NAMED", "reason", "复查发现材料不实",
        "documentNumber", Assessments.NAMING_DOCUMENT, "documentDate", today))
        .post(c.verdict() + "/corrections").then().statusCode(400).body("violations.field", contains("documentNumber"));
    api().header("If-Match", etag).body(Map.of("decision", "NOT_NAMED", "reason", "复查发现材料不实",
        "documentNumber", "扬人社发〔2023〕99号", "documentDate", yesterday))
        .post(c.verdict() + "/corrections").then().statusCode(400).body("violations.field", contains("documentDate"))
        .body("violations.message", hasItem(containsString(today)));
    api().header("If-Match", etag).body(Map.of("decision", "NOT_NAMED", "reason", "复查发现材料不实",
        "documentNumber", "扬人社发〔2023〕99号", "documentDate", "2020-01-01"))
        .post(c.verdict() + "/corrections").then().statusCode(400).body("violations.field", contains("documentDate"));
    api().get("/api/v1/titles?townshipId=" + c.place().townshipId()).then().body("items[0].state", equalTo("ACTIVE"));

    String corrected = api().header("If-Match", etag).body(Map.of("decision", "NOT_NAMED", "reason", "复查发现材料不实",
        "documentNumber", "扬人社发〔2023〕99号", "documentDate", today))
        .post(c.verdict() + "/corrections").then().statusCode(201).extract().header("ETag");
    api().get("/api/v1/titles?townshipId=" + c.place().townshipId()).then().body("items[0].state", equalTo("REVOKED"))
        .body("items[0].revokedOn", equalTo(today));
    // a second correction may not reuse the first revision's number either
    api().header("If-Match", corrected).body(Map.of("decision", "NAMED", "reason", "复议", "documentNumber",
        Assessments.NAMING_DOCUMENT, "documentDate", today)).post(c.verdict() + "/corrections").then().statusCode(400)
        .body("violations.field", contains("documentNumber"));
    // the public list no longer shows the township as a named base; it appears under revoked only
    Api.anonymous().get("/api/v1/public/results?year=" + year).then().statusCode(200)
        .body("named.townshipCode", not(hasItem(c.place().townshipCode())));
    Api.anonymous().get("/api/v1/public/results?year=" + Assessments.today().getYear()).then().statusCode(200)
        .body("revoked.townshipCode", hasItem(c.place().townshipCode()));
  }

  @Test
  void readersOutsideTheCityGetPublishedJudgementsAndLearnNothingFromUnpublishedVerdicts() {
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    long round = Rounds.open();
    Candidate c = Assessments.submitted(round, 96, false, false);
    Assessments.startAssessment(round);
    Assessments.judgeAllMet(assessor, c);
    String key = Fixtures.apiKey(null, "read");
    String row = "items.find { it.nominationId == " + c.nomination() + " }";
    Assessments.confirmNamed(c);
    api().header("If-Match", "\"1\"").body(Map.of("decision", "NOT_NAMED", "justification", "再议")).put(c.verdict())
        .then().statusCode(200);
    api().header("If-Match", "\"2\"").body(Map.of("decision", "NAMED", "documentNumber", Assessments.NAMING_DOCUMENT,
        "documentDate", Assessments.today().toString())).put(c.verdict()).then().statusCode(200).header("ETag", "\"3\"");
    for (var reader : List.of(Api.withKey(key), Api.as(c.operator()), Api.as(c.district()))) {
      reader.get(c.verdict()).then().statusCode(200).header("ETag", "\"0\"").body("version", equalTo(0))
          .body("judgements", nullValue()).body("verdict", nullValue());
    }
    Api.withKey(key).get("/api/v1/rounds/" + round + "/verdicts").then().statusCode(200)
        .body(row + ".standardTotal", equalTo(0)).body(row + ".judged", equalTo(0));

    api().body(Map.of()).post(publish(round)).then().statusCode(200);
    Api.withKey(key).get(c.verdict()).then().statusCode(200).body("verdict.decision", equalTo("NAMED"))
        .body("judgements", hasSize(17)).body("judgements.outcome", everyItem(equalTo("MET")))
        .body("judgements.find { it.indicatorCode == '1' }.metricValue", nullValue());
    assertThat(Api.withKey(key).get(c.verdict()).jsonPath().getFloat("judgements.find { it.indicatorCode == '15' }.metricValue"))
        .isEqualTo(96f);
    Api.as(c.district()).get(c.verdict()).then().statusCode(200).body("judgements", hasSize(17));
    for (var reader : List.of(Api.withKey(key), Api.as(c.district()))) {
      reader.get("/api/v1/rounds/" + round + "/verdicts").then().statusCode(200)
          .body(row + ".standardTotal", equalTo(17)).body(row + ".judged", equalTo(17)).body(row + ".met", equalTo(17))
          .body(row + ".proposal", nullValue());
    }
  }

  @Test
  void theComputedRankingIsConfirmedWithoutMovesItsTagFollowsTheCandidatesAndConfirmedCandidatesAreFixed() {
    long round = Rounds.open();
    Candidate first = Assessments.submitted(round, 96, false, true);
    Candidate second = Assessments.submitted(round, 96, false, true);
    Candidate later = Assessments.submitted(round, 96, false, false);
    String ranking = "/api/v1/rounds/" + round + "/ranking";
    String seen = api().get(ranking).then().statusCode(200).body("entries", hasSize(2)).extract().header("ETag");
    Rounds.act(later.district(), later.nomination(), "select-provincial").then().statusCode(200);
    String now = api().get(ranking).then().statusCode(200).body("entries", hasSize(3)).extract().header("ETag");
    assertThat(now).isNotEqualTo(seen);
    // confirming (or moving) against an order the admin did not see is refused
    api().header("If-Match", seen).post(ranking + "/confirm").then().statusCode(412);
    api().header("If-Match", seen).body(Map.of("nominationId", later.nomination(), "position", 1, "justification", "优先"))
        .post(ranking + "/moves").then().statusCode(412);

    api().header("If-Match", now).post(ranking + "/confirm").then().statusCode(200).body("confirmed", equalTo(true))
        .body("entries.position", contains(1, 2, 3)).body("entries.moved", contains(false, false, false));
    Rounds.act(later.district(), later.nomination(), "deselect-provincial").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:conflict"));
    Rounds.act(first.district(), first.nomination(), "deselect-provincial").then().statusCode(409);
    api().get(ranking).then().statusCode(200).body("confirmed", equalTo(true)).body("entries", hasSize(3))
        .body("entries.nominationId", hasItem((int) second.nomination()));
  }

  @Test
  void theResultsExportOfAnUnknownDistrictIsNotFound() {
    long round = Rounds.open();
    api().accept("text/csv").queryParam("format", "csv").queryParam("districtId", 987654321)
        .get("/api/v1/rounds/" + round + "/results/export").then().statusCode(404);
    api().accept("text/csv").queryParam("format", "csv").queryParam("districtId", Fixtures.place().districtId())
        .get("/api/v1/rounds/" + round + "/results/export").then().statusCode(200);
  }
}
