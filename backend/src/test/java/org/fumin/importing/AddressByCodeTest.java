package org.fumin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

/** Other systems address districts, townships, nominations and rounds by their codes and years. */
@QuarkusTest
class AddressByCodeTest {

  @Test
  void districtsAndTownshipsAreFoundByTheirCodes() {
    Place place = Fixtures.place();
    api().get("/api/v1/districts/by-code/" + place.districtCode()).then().statusCode(200)
        .body("id", equalTo((int) place.districtId()));
    api().get("/api/v1/townships/by-code/" + place.townshipCode()).then().statusCode(200)
        .body("id", equalTo((int) place.townshipId())).body("districtId", equalTo((int) place.districtId()));
    api().get("/api/v1/districts/by-code/999999").then().statusCode(404);
    api().queryParam("code", place.districtCode()).get("/api/v1/districts").then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].code", equalTo(place.districtCode()));
    api().queryParam("districtCode", place.districtCode()).get("/api/v1/townships").then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].code", equalTo(place.townshipCode()));
    api().queryParam("code", place.townshipCode()).get("/api/v1/townships").then().statusCode(200).body("total", equalTo(1));
  }

  @Test
  void aTownshipOutsideTheCallersDistrictIsNotFoundByItsCode() {
    Place own = Fixtures.place();
    Place foreign = Fixtures.place();
    Users.Login districtAdmin = Users.create(Role.DISTRICT_ADMIN, own.districtId(), null);
    Api.as(districtAdmin).get("/api/v1/townships/by-code/" + foreign.townshipCode()).then().statusCode(404);
    Api.as(districtAdmin).get("/api/v1/districts/by-code/" + foreign.districtCode()).then().statusCode(404);
    Api.as(districtAdmin).get("/api/v1/townships/by-code/" + own.townshipCode()).then().statusCode(200);
  }

  @Test
  void aTownshipIsCreatedWithItsDistrictsCodeInsteadOfItsId() {
    Place place = Fixtures.place();
    api().body(Map.of("code", place.districtCode() + "077", "name", "代码镇" + System.nanoTime(), "districtCode", place.districtCode()))
        .post("/api/v1/townships").then().statusCode(201).body("districtId", equalTo((int) place.districtId()));
    api().body(Map.of("code", place.districtCode() + "078", "name", "两者镇", "districtCode", place.districtCode(),
        "districtId", place.districtId())).post("/api/v1/townships").then().statusCode(400);
    api().body(Map.of("code", place.districtCode() + "079", "name", "皆无镇")).post("/api/v1/townships").then().statusCode(400);
  }

  @Test
  void updatedSinceFiltersListsAndRefusesGarbage() {
    Place place = Fixtures.place();
    String created = api().get("/api/v1/townships/" + place.townshipId()).jsonPath().getString("updatedAt");
    api().queryParam("updatedSince", created).queryParam("code", place.townshipCode()).get("/api/v1/townships")
        .then().statusCode(200).body("total", equalTo(1));
    api().queryParam("updatedSince", "2999-01-01T00:00:00+08:00").queryParam("code", place.townshipCode()).get("/api/v1/townships")
        .then().statusCode(200).body("total", equalTo(0));
    Api.invalid().queryParam("updatedSince", "yesterday").get("/api/v1/townships").then().statusCode(400)
        .body("violations[0].field", equalTo("updatedSince"));
    Api.invalid().queryParam("updatedSince", "2026-13-45").get("/api/v1/districts").then().statusCode(400);
  }

  @Test
  void nominationsAreMadeAndFoundByTownshipCodeAndRoundsByYear() {
    Place place = Fixtures.place();
    long round = Rounds.open();
    int year = api().get("/api/v1/rounds/" + round).jsonPath().getInt("year");
    api().queryParam("year", year).get("/api/v1/rounds").then().statusCode(200).body("total", equalTo(1))
        .body("items[0].id", equalTo((int) round));
    Users.Login districtAdmin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Api.as(districtAdmin).body(Map.of("townshipCode", place.townshipCode())).post("/api/v1/rounds/" + round + "/nominations")
        .then().statusCode(201).body("townshipId", equalTo((int) place.townshipId()));
    var page = api().queryParam("townshipCode", place.townshipCode()).queryParam("districtCode", place.districtCode())
        .get("/api/v1/nominations").then().statusCode(200).extract().jsonPath();
    assertThat(page.getList("items")).hasSize(1);
    Api.as(districtAdmin).body(Map.of()).post("/api/v1/rounds/" + round + "/nominations").then().statusCode(400);
  }
}
