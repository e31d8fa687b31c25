package org.fumin.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.invalid;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
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
class NominationStatisticsTest {

  private long round;
  private Place east;
  private long eastSecond;
  private Place west;
  private Login eastAdmin;

  /**
   * A fresh round: district "east" nominates two townships and withdraws the second, district
   * "west" nominates one. So the round has east NOMINATED 1, east WITHDRAWN 1, west NOMINATED 1.
   */
  @BeforeEach
  void roundWithNominations() {
    round = Rounds.open();
    east = Fixtures.place();
    west = Fixtures.place();
    eastSecond = api().body(Map.of("code", east.districtCode() + "002", "name", "统计镇" + east.districtCode(),
        "districtId", east.districtId())).post("/api/v1/townships").then().statusCode(201).extract().jsonPath().getLong("id");
    eastAdmin = Users.create(Role.DISTRICT_ADMIN, east.districtId(), null);
    Rounds.nominate(round, eastAdmin, east.townshipId());
    long withdrawn = Rounds.nominate(round, eastAdmin, eastSecond);
    Rounds.act(eastAdmin, withdrawn, "withdraw").then().statusCode(200);
    Rounds.nominate(round, Users.create(Role.DISTRICT_ADMIN, west.districtId(), null), west.townshipId());
  }

  private List<String> groups(RequestSpecification as) {
    Response response = as.queryParam("roundId", round).get("/api/v1/statistics/nominations");
    response.then().statusCode(200);
    return response.jsonPath().<Map<String, Object>>getList("groups").stream()
        .map(g -> g.get("roundId") + "/" + g.get("districtId") + "/" + g.get("state") + "=" + g.get("count"))
        .toList();
  }

  private String group(Place place, String state, int count) {
    return round + "/" + place.districtId() + "/" + state + "=" + count;
  }

  @Test
  void theCitySeesEveryDistrictsCountsPerState() {
    assertThat(groups(api())).containsExactlyInAnyOrder(
        group(east, "NOMINATED", 1), group(east, "WITHDRAWN", 1), group(west, "NOMINATED", 1));
  }

  @Test
  void aDistrictAdminSeesOnlyTheirDistrict() {
    assertThat(groups(Api.as(eastAdmin))).containsExactlyInAnyOrder(group(east, "NOMINATED", 1), group(east, "WITHDRAWN", 1));
  }

  @Test
  void aTownshipOperatorSeesOnlyTheirTownship() {
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, eastSecond);
    assertThat(groups(Api.as(operator))).containsExactly(group(east, "WITHDRAWN", 1));
  }

  @Test
  void withoutARoundEveryRoundThatIsNotADraftCounts() {
    long draft = Rounds.draft(Rounds.Schedule.RUNNING);
    Response response = Api.as(eastAdmin).get("/api/v1/statistics/nominations");
    response.then().statusCode(200);
    List<Map<String, Object>> all = response.jsonPath().getList("groups");
    assertThat(all).allSatisfy(g -> assertThat(((Number) g.get("districtId")).longValue()).isEqualTo(east.districtId()));
    assertThat(all).extracting(g -> ((Number) g.get("roundId")).longValue()).contains(round).doesNotContain(draft);
  }

  @Test
  void aDistrictFilterNarrowsAndAForeignDistrictDoesNotExist() {
    api().queryParam("roundId", round).queryParam("districtId", west.districtId()).get("/api/v1/statistics/nominations")
        .then().statusCode(200).body("groups.districtId", contains((int) west.districtId()));
    Api.as(eastAdmin).queryParam("districtId", west.districtId()).get("/api/v1/statistics/nominations")
        .then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void severalRoundsAreAskedForByRepeatingTheParameter() {
    long other = Rounds.open();
    api().queryParam("roundId", round, other).get("/api/v1/statistics/nominations")
        .then().statusCode(200).body("groups.size()", org.hamcrest.Matchers.equalTo(3));
  }

  @Test
  void anInvalidRoundIsAFieldError() {
    invalid().queryParam("roundId", 0).get("/api/v1/statistics/nominations")
        .then().statusCode(400).contentType("application/problem+json");
  }
}
