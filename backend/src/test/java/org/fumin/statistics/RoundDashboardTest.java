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
  void anUnknownRoundIsNotFoundAndABadDistrictIsAFieldError() {
    api().get("/api/v1/statistics/rounds/999999999/dashboard")
        .then().statusCode(404).contentType("application/problem+json");
    invalid().queryParam("districtId", 0).get("/api/v1/statistics/rounds/" + round + "/dashboard")
        .then().statusCode(400).contentType("application/problem+json");
  }
}
