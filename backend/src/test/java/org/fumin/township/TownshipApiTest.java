package org.fumin.township;

import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.invalid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TownshipApiTest {

  private static final AtomicInteger NEXT = new AtomicInteger(600000 + (int) (System.nanoTime() % 1000) * 100);

  private long districtId;
  private String districtCode;

  /** Each test gets its own district, so its townships are its own. */
  @BeforeEach
  void ownDistrict() {
    districtCode = String.valueOf(NEXT.incrementAndGet());
    districtId = api().body(Map.of("code", districtCode, "name", "乡镇测试区" + districtCode, "kind", "COUNTY_LEVEL"))
        .post("/api/v1/districts").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  private Response create(String suffix, String name) {
    return api().body(Map.of("code", districtCode + suffix, "name", name, "districtId", districtId)).post("/api/v1/townships");
  }

  @Test
  void createdTownshipCarriesItsDistrict() {
    create("001", "甲镇").then().statusCode(201).header("ETag", equalTo("\"0\""))
        .body("districtId", equalTo((int) districtId))
        .body("districtName", equalTo("乡镇测试区" + districtCode))
        .body("code", equalTo(districtCode + "001"));
    api().get("/api/v1/districts/" + districtId).then().body("townshipCount", equalTo(1));
  }

  @Test
  void twelveDigitCodesAreAccepted() {
    create("001001", "十二位街道").then().statusCode(201);
  }

  @Test
  void codeMustStartWithTheDistrictCode() {
    api().body(Map.of("code", "999999001", "name", "错镇", "districtId", districtId)).post("/api/v1/townships")
        .then().statusCode(400).contentType("application/problem+json")
        .body("violations.field", contains("code"))
        .body("violations[0].message", equalTo("乡镇代码必须以所属县（市、区）“乡镇测试区" + districtCode + "”的代码 " + districtCode + " 开头"));
  }

  @Test
  void unknownDistrictIsAFieldError() {
    api().body(Map.of("code", districtCode + "001", "name", "孤镇", "districtId", 987654321)).post("/api/v1/townships")
        .then().statusCode(400).body("violations.field", contains("districtId"));
  }

  @Test
  void invalidCodeLengthIsRefused() {
    invalid().body(Map.of("code", districtCode + "01", "name", "短镇", "districtId", districtId)).post("/api/v1/townships")
        .then().statusCode(400).body("violations.field", contains("code"))
        .body("violations[0].message", equalTo("必须是 9 位或 12 位数字的行政区划代码"));
  }

  @Test
  void namesAreUniqueWithinADistrictAndCodesEverywhere() {
    create("001", "同名镇").then().statusCode(201);
    create("002", "同名镇").then().statusCode(409).body("detail", equalTo("乡镇测试区" + districtCode + "已有名为“同名镇”的乡镇（街道）。"));
    create("001", "别名镇").then().statusCode(409);
  }

  @Test
  void listFiltersByDistrictAndPagesThroughInOrder() {
    for (int i = 1; i <= 7; i++) {
      create(String.format("%03d", i), "分页镇" + i).then().statusCode(201);
    }
    api().queryParam("districtId", districtId).queryParam("size", 3).queryParam("page", 3).get("/api/v1/townships")
        .then().statusCode(200).body("total", equalTo(7)).body("page", equalTo(3))
        .body("items.code", contains(districtCode + "007"));
    api().queryParam("districtId", districtId).queryParam("size", 3).queryParam("sort", "-code").get("/api/v1/townships")
        .then().body("items.code", contains(districtCode + "007", districtCode + "006", districtCode + "005"))
        .body("items.districtId", everyItem(equalTo((int) districtId)));
    api().queryParam("districtId", districtId).queryParam("q", "分页镇3").get("/api/v1/townships")
        .then().body("items", hasSize(1)).body("items[0].name", equalTo("分页镇3"));
  }

  @Test
  void namesSortByCodePointAndTheFilterFindsPartsOfNamesAndCodes() {
    create("001", "甲镇").then().statusCode(201);
    create("002", "乙镇").then().statusCode(201);
    create("003", "丙街道").then().statusCode(201);
    api().queryParam("districtId", districtId).queryParam("sort", "name").get("/api/v1/townships")
        .then().statusCode(200).body("items.name", contains("丙街道", "乙镇", "甲镇")).body("total", equalTo(3));
    api().queryParam("districtId", districtId).queryParam("sort", "-name").queryParam("size", 2).get("/api/v1/townships")
        .then().statusCode(200).body("items.name", contains("甲镇", "乙镇")).body("total", equalTo(3));
    api().queryParam("districtId", districtId).queryParam("q", "镇").queryParam("sort", "-name").get("/api/v1/townships")
        .then().body("items.name", contains("甲镇", "乙镇")).body("total", equalTo(2));
    api().queryParam("q", districtCode + "003").get("/api/v1/townships")
        .then().body("items.name", contains("丙街道")).body("total", equalTo(1));
    api().queryParam("districtId", districtId).queryParam("q", "无此镇").get("/api/v1/townships")
        .then().body("items", hasSize(0)).body("total", equalTo(0));
  }

  @Test
  void aPageBeyondTheEndIsEmpty() {
    create("001", "唯一镇").then().statusCode(201);
    api().queryParam("districtId", districtId).queryParam("page", 5).get("/api/v1/townships")
        .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(1));
  }

  @Test
  void updateMovesNameWithIfMatchAndRefusesStaleVersions() {
    long id = create("001", "旧名镇").then().statusCode(201).extract().jsonPath().getLong("id");
    Map<String, Object> change = Map.of("code", districtCode + "001", "name", "新名镇", "districtId", districtId);
    api().header("If-Match", "\"0\"").body(change).put("/api/v1/townships/" + id)
        .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("新名镇"));
    api().header("If-Match", "\"0\"").body(change).put("/api/v1/townships/" + id).then().statusCode(412);
    invalid().body(change).put("/api/v1/townships/" + id).then().statusCode(428);
  }

  @Test
  void deletedTownshipIsGone() {
    long id = create("001", "删除镇").then().statusCode(201).extract().jsonPath().getLong("id");
    api().delete("/api/v1/townships/" + id).then().statusCode(204);
    api().get("/api/v1/townships/" + id).then().statusCode(404);
    api().delete("/api/v1/townships/" + id).then().statusCode(404);
  }
}
