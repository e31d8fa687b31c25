package org.fumin.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.invalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Assessments;
import org.fumin.testing.Assessments.Candidate;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoundDashboardTest {

  private long round;
  private Place east;
  private Place west;
  private Login eastAdmin;
  private long eastNomination;

  /**
   * A fresh round: "east" nominates its township and saves a plan whose first milestone was due
   * long ago (overdue) and whose second is far ahead; "west" nominates its township without a plan.
   */
  @BeforeEach
  void roundWithNominations() {
    round = Rounds.open();
    east = Fixtures.place();
    west = Fixtures.place();
    eastAdmin = Users.create(Role.DISTRICT_ADMIN, east.districtId(), null);
    eastNomination = Rounds.nominate(round, eastAdmin, east.townshipId());
    String etag = Api.as(eastAdmin).get("/api/v1/nominations/" + eastNomination + "/plan").header("ETag");
    Map<String, Object> plan = Map.of("content", "## 建设内容\n建设零工市场。", "responsiblePerson", "张三",
        "contactPhone", "0514-87654321", "milestones", List.of(
            Map.of("dueOn", "2001-03-31", "deliverable", "建成零工市场", "status", "IN_PROGRESS"),
            Map.of("dueOn", "2001-01-31", "deliverable", "召开部署会", "status", "DONE"),
            Map.of("dueOn", "2999-06-30", "deliverable", "完成培训 200 人次", "status", "PLANNED")));
    Api.as(eastAdmin).header("If-Match", etag).body(plan).put("/api/v1/nominations/" + eastNomination + "/plan")
        .then().statusCode(200);
    Rounds.nominate(round, Users.create(Role.DISTRICT_ADMIN, west.districtId(), null), west.townshipId());
  }

  private JsonPath dashboard(RequestSpecification as) {
    return as.get("/api/v1/statistics/rounds/" + round + "/dashboard").then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, Object> entryOf(JsonPath answer, String list, String key, long id) {
    return answer.<Map<String, Object>>getList(list).stream()
        .filter(e -> ((Number) e.get(key)).longValue() == id).findFirst().orElseThrow();
  }

  @Test
  void theCitySeesEveryDistrictsQuotaUseAndEveryNominationsPlanProgress() {
    JsonPath answer = dashboard(api());
    assertThat(answer.getLong("roundId")).isEqualTo(round);
    Map<String, Object> eastPlaces = entryOf(answer, "districts", "districtId", east.districtId());
    assertThat(eastPlaces).containsEntry("used", 1).containsEntry("provincialCandidates", 0);
    assertThat(((Number) eastPlaces.get("quota")).intValue()).isPositive();
    assertThat(entryOf(answer, "districts", "districtId", west.districtId())).containsEntry("used", 1);

    Map<String, Object> eastTownship = entryOf(answer, "townships", "nominationId", eastNomination);
    assertThat(eastTownship).containsEntry("townshipCode", east.townshipCode()).containsEntry("state", "NOMINATED");
    assertThat(eastTownship.get("milestones")).isEqualTo(Map.of("planRevision", 1, "total", 3, "done", 1,
        "overdue", 1, "nextDueOn", "2001-03-31", "nextDeliverable", "建成零工市场"));
    assertThat(((Map<?, ?>) eastTownship.get("nextDeadline")).get("phase")).isNotNull();

    Map<String, Object> westTownship = entryOf(answer, "townships", "townshipId", west.townshipId());
    assertThat(((Map<?, ?>) westTownship.get("milestones")).get("planRevision")).isEqualTo(0);
    assertThat(((Map<?, ?>) westTownship.get("milestones")).get("nextDueOn")).isNull();

    assertThat(answer.<Map<String, Object>>getList("states")).contains(
        Map.of("districtId", (int) east.districtId(), "state", "NOMINATED", "count", 1),
        Map.of("districtId", (int) west.districtId(), "state", "NOMINATED", "count", 1));
    assertThat(answer.getList("phases.code")).hasSize(5);
  }

  @Test
  void aDistrictAdminSeesOnlyTheirOwnDistrict() {
    JsonPath answer = dashboard(Api.as(eastAdmin));
    assertThat(answer.<Long>getList("districts.districtId", Long.class)).containsExactly(east.districtId());
    assertThat(answer.<Long>getList("townships.districtId", Long.class)).containsOnly(east.districtId()).hasSize(1);
    assertThat(answer.<Long>getList("states.districtId", Long.class)).containsOnly(east.districtId());
  }

  @Test
  void aTownshipOperatorSeesOnlyTheirTownshipsNomination() {
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, west.townshipId());
    JsonPath answer = dashboard(Api.as(operator));
    assertThat(answer.<Long>getList("townships.townshipId", Long.class)).containsExactly(west.townshipId());
    assertThat(answer.<Long>getList("districts.districtId", Long.class)).containsExactly(west.districtId());
  }

  @Test
  void theCityNarrowsToOneDistrictAndADistrictAdminCannotSeeAnother() {
    JsonPath answer = dashboard(api().queryParam("districtId", west.districtId()));
    assertThat(answer.<Long>getList("districts.districtId", Long.class)).containsExactly(west.districtId());
    assertThat(answer.<Long>getList("townships.districtId", Long.class)).containsOnly(west.districtId()).hasSize(1);

    Api.as(eastAdmin).queryParam("districtId", west.districtId())
        .get("/api/v1/statistics/rounds/" + round + "/dashboard")
        .then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void eachTownshipsEvidenceJudgementsVerdictAndBonusItemsJoinItsFiguresAsTheCallerMaySeeThem() {
    Candidate named = Assessments.submitted(round, 95.0, true, false);
    Candidate failing = Assessments.submitted(round, 94.9, false, false);
    Assessments.startAssessment(round);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    Assessments.judgeAllMet(assessor, named);
    Api.as(assessor).body(Map.of("outcome", "RECOGNISED", "documentNumber", "苏人社发〔2023〕12号"))
        .post(named.judgements("B1")).then().statusCode(201);
    Assessments.judgeMet(assessor, failing, 1, 14);
    Api.as(assessor).body(Map.of("outcome", "NOT_MET")).post(failing.judgements("15")).then().statusCode(201);
    Api.as(assessor).body(Map.of("outcome", "NEEDS_SUPPLEMENT", "comment", "请补充窗口照片", "justification", "照片不清",
        "supplementUntil", Assessments.today().toString())).post(failing.judgements("16")).then().statusCode(201);

    JsonPath city = dashboard(api());
    Map<String, Object> nothingYet = entryOf(city, "townships", "nominationId", eastNomination);
    assertThat(nothingYet.get("evidence")).isEqualTo(evidence(1, 17, 0, 0, 0, 0, 17));
    assertThat(nothingYet.get("judgements")).isNull();
    assertThat(nothingYet.get("verdict")).isEqualTo(verdict("NONE", null));
    assertThat(nothingYet.get("bonusRecognised")).isEqualTo(List.of());

    Map<String, Object> proposed = entryOf(city, "townships", "nominationId", named.nomination());
    assertThat(proposed.get("evidence")).isEqualTo(evidence(1, 17, 17, 17, 17, 0, 0));
    assertThat(proposed.get("judgements")).isEqualTo(Map.of("met", 17, "notMet", 0, "needsSupplement", 0, "pending", 0));
    assertThat(proposed.get("verdict")).isEqualTo(verdict("PROPOSED", "NAMED"));
    assertThat(proposed.get("bonusRecognised")).isEqualTo(List.of("B1"));

    Map<String, Object> open = entryOf(city, "townships", "nominationId", failing.nomination());
    // NEEDS_SUPPLEMENT sent indicator 16 back to the township: returned, so no longer submitted
    assertThat(open.get("evidence")).isEqualTo(evidence(1, 17, 16, 16, 16, 1, 1));
    assertThat(open.get("judgements")).isEqualTo(Map.of("met", 14, "notMet", 1, "needsSupplement", 1, "pending", 1));
    assertThat(open.get("verdict")).isEqualTo(verdict("NONE", null));
    assertThat(entryOf(city, "districts", "districtId", failing.place().districtId()).get("evidence"))
        .isEqualTo(evidence(1, 17, 16, 16, 16, 1, 1));
    assertThat(entryOf(city, "districts", "districtId", east.districtId()).get("evidence"))
        .isEqualTo(evidence(1, 17, 0, 0, 0, 0, 17));
    assertThat(city.<Map<String, Object>>get("evidence")).isEqualTo(evidence(4, 68, 33, 33, 33, 1, 35));
    assertThat(city.<Map<String, Object>>get("verdicts")).isEqualTo(verdicts(3, 1, 0, 0));

    Assessments.confirmNamed(named);
    assertThat(entryOf(dashboard(api()), "townships", "nominationId", named.nomination()).get("verdict"))
        .isEqualTo(verdict("CONFIRMED", "NAMED"));
    // a district sees neither judgements nor an unpublished verdict
    Map<String, Object> unpublished = entryOf(dashboard(Api.as(named.district())), "townships", "nominationId",
        named.nomination());
    assertThat(unpublished.get("verdict")).isEqualTo(verdict("NONE", null));
    assertThat(unpublished.get("judgements")).isNull();
    assertThat(unpublished.get("bonusRecognised")).isNull();
    assertThat(unpublished.get("evidence")).isEqualTo(evidence(1, 17, 17, 17, 17, 0, 0));

    api().body(Map.of("nominationIds", List.of(named.nomination()))).post("/api/v1/rounds/" + round + "/verdicts/publish")
        .then().statusCode(200);
    JsonPath district = dashboard(Api.as(named.district()));
    assertThat(entryOf(district, "townships", "nominationId", named.nomination()).get("verdict"))
        .isEqualTo(verdict("PUBLISHED", "NAMED"));
    assertThat(district.<Map<String, Object>>get("verdicts")).isEqualTo(verdicts(0, 0, 0, 1));
    assertThat(dashboard(api()).<Map<String, Object>>get("verdicts")).isEqualTo(verdicts(3, 0, 0, 1));
  }

  private static Map<String, Object> evidence(int nominations, int standardTotal, int submitted, int districtApproved,
      int accepted, int returned, int missing) {
    return Map.of("nominations", nominations, "standardTotal", standardTotal, "submitted", submitted,
        "districtApproved", districtApproved, "accepted", accepted, "returned", returned, "missing", missing);
  }

  private static Map<String, Object> verdict(String status, String decision) {
    return decision == null ? Map.of("status", status) : Map.of("status", status, "decision", decision);
  }

  /** Verdict counts; no verdict in these tests is NOT_NAMED. */
  private static Map<String, Object> verdicts(int none, int proposedNamed, int confirmedNamed, int publishedNamed) {
    return Map.of("none", none, "proposedNamed", proposedNamed, "proposedNotNamed", 0, "confirmedNamed", confirmedNamed,
        "confirmedNotNamed", 0, "publishedNamed", publishedNamed, "publishedNotNamed", 0);
  }

  @Test
  void anUnknownRoundIsNotFoundAndABadDistrictIsAFieldError() {
    api().get("/api/v1/statistics/rounds/999999999/dashboard")
        .then().statusCode(404).contentType("application/problem+json");
    invalid().queryParam("districtId", 0).get("/api/v1/statistics/rounds/" + round + "/dashboard")
        .then().statusCode(400).contentType("application/problem+json");
  }
}
