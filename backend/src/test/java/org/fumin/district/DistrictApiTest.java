package org.fumin.district;

import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.invalid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DistrictApiTest {

  private static final AtomicInteger NEXT = new AtomicInteger(1);

  /** A fresh 6-digit code in a range the seed data does not use, unique within the run. */
  static String freshCode() {
    return String.valueOf(500000 + NEXT.getAndIncrement() * 7 + (int) (System.nanoTime() % 7));
  }

  static Response create(String code, String name, String kind) {
    return api().body(Map.of("code", code, "name", name, "kind", kind)).post("/api/v1/districts");
  }

  static long createDistrict() {
    String code = freshCode();
    return create(code, "测试区" + code, "COUNTY_LEVEL").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  @Test
  void yangzhouSixCountyLevelUnitsAndThreeFunctionalZonesAreSeeded() {
    api().queryParam("kind", "COUNTY_LEVEL").queryParam("size", 100).get("/api/v1/districts")
        .then().statusCode(200)
        .body("items.code", hasItems("321002", "321003", "321012", "321023", "321081", "321084"))
        .body("items.name", hasItems("广陵区", "邗江区", "江都区", "宝应县", "仪征市", "高邮市"));
    api().queryParam("kind", "FUNCTIONAL_ZONE").queryParam("size", 100).get("/api/v1/districts")
        .then().statusCode(200)
        .body("items.name", hasItems("扬州经济技术开发区", "扬州市生态科技新城", "蜀冈—瘦西湖风景名胜区"))
        .body("items.kind", everyItem(equalTo("FUNCTIONAL_ZONE")));
  }

  @Test
  void listFiltersByNameAndSortsDescending() {
    api().queryParam("q", "邗江").get("/api/v1/districts")
        .then().statusCode(200).body("items.code", contains("321003")).body("total", equalTo(1));
    api().queryParam("q", "3210").queryParam("sort", "-code").queryParam("size", 2).get("/api/v1/districts")
        .then().statusCode(200).body("items.code", contains("321084", "321081")).body("size", equalTo(2));
  }

  @Test
  void pageSizeIsCappedAndUnknownSortIsRefused() {
    invalid().queryParam("size", 101).get("/api/v1/districts")
        .then().statusCode(400).contentType("application/problem+json")
        .body("violations.field", contains("size"))
        .body("violations[0].message", equalTo("不能大于 100"));
    invalid().queryParam("sort", "password").get("/api/v1/districts")
        .then().statusCode(400).body("violations.field", contains("sort"));
  }

  @Test
  void createReturnsLocationAndETagAndTheDistrictCanBeRead() {
    String code = freshCode();
    Response created = create(code, "新建区" + code, "FUNCTIONAL_ZONE");
    created.then().statusCode(201).header("ETag", equalTo("\"0\""))
        .header("Location", containsString("/api/v1/districts/")).body("townshipCount", equalTo(0));
    api().get(created.header("Location")).then().statusCode(200)
        .header("ETag", equalTo("\"0\"")).body("code", equalTo(code)).body("kind", equalTo("FUNCTIONAL_ZONE"));
  }

  @Test
  void invalidInputIsRefusedWithChineseMessagesNamingTheFields() {
    invalid().body(Map.of("code", "12", "name", " ")).post("/api/v1/districts")
        .then().statusCode(400).contentType("application/problem+json")
        .body("title", equalTo("请求参数不合法"))
        .body("violations.field", contains("code", "kind", "name"))
        .body("violations.message", hasItems("必须是 6 位数字的行政区划代码", "不能为空"));
  }

  @Test
  void messagesFollowAcceptLanguage() {
    invalid().header("Accept-Language", "en-US,en;q=0.9").body(Map.of("code", "12", "name", "x", "kind", "COUNTY_LEVEL"))
        .post("/api/v1/districts")
        .then().statusCode(400).body("title", equalTo("Invalid request"))
        .body("violations[0].message", equalTo("must be a 6-digit administrative code"));
  }

  @Test
  void serverOwnedAndUnknownFieldsAreRefused() {
    invalid().body(Map.of("code", freshCode(), "name", "x区", "kind", "COUNTY_LEVEL", "id", 5)).post("/api/v1/districts")
        .then().statusCode(400).body("violations.field", contains("id"));
  }

  @Test
  void unknownKindIsAValidationError() {
    invalid().body(Map.of("code", freshCode(), "name", "y区", "kind", "CITY")).post("/api/v1/districts")
        .then().statusCode(400).body("violations.field", contains("kind"));
  }

  @Test
  void duplicateCodeOrNameIsAConflict() {
    create("321002", "另一个区", "COUNTY_LEVEL").then().statusCode(409).contentType("application/problem+json")
        .body("detail", equalTo("行政区划代码“321002”已被使用。"));
    create(freshCode(), "广陵区", "COUNTY_LEVEL").then().statusCode(409);
  }

  @Test
  void updateNeedsACurrentIfMatch() {
    long id = createDistrict();
    String path = "/api/v1/districts/" + id;
    Map<String, Object> change = Map.of("code", freshCode(), "name", "改名区" + id, "kind", "FUNCTIONAL_ZONE");
    invalid().body(change).put(path).then().statusCode(428).contentType("application/problem+json");
    api().header("If-Match", "\"7\"").body(change).put(path).then().statusCode(412);
    api().header("If-Match", "\"0\"").body(change).put(path)
        .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("改名区" + id));
    api().header("If-Match", "\"0\"").body(change).put(path).then().statusCode(412);
  }

  @Test
  void deleteIsRefusedWhileTownshipsBelongAndWorksAfterwards() {
    api().queryParam("q", "321002").get("/api/v1/districts").then().body("items[0].id", notNullValue());
    long id = createDistrict();
    String code = api().get("/api/v1/districts/" + id).jsonPath().getString("code");
    long township = api().body(Map.of("code", code + "001", "name", "测试镇", "districtId", id))
        .post("/api/v1/townships").then().statusCode(201).extract().jsonPath().getLong("id");
    api().delete("/api/v1/districts/" + id).then().statusCode(409).contentType("application/problem+json");
    api().delete("/api/v1/townships/" + township).then().statusCode(204);
    api().header("If-Match", "\"5\"").delete("/api/v1/districts/" + id).then().statusCode(412);
    api().delete("/api/v1/districts/" + id).then().statusCode(204);
    api().get("/api/v1/districts/" + id).then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
    String key = UUID.randomUUID().toString();
    String code = freshCode();
    Map<String, Object> body = Map.of("code", code, "name", "幂等区" + code, "kind", "COUNTY_LEVEL");
    long first = api().header("Idempotency-Key", key).body(body).post("/api/v1/districts")
        .then().statusCode(201).extract().jsonPath().getLong("id");
    api().header("Idempotency-Key", key).body(body).post("/api/v1/districts")
        .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
    api().queryParam("q", code).get("/api/v1/districts").then().body("total", equalTo(1));
    api().header("Idempotency-Key", key).body(Map.of("code", freshCode(), "name", "别的区", "kind", "COUNTY_LEVEL"))
        .post("/api/v1/districts").then().statusCode(422).contentType("application/problem+json");
  }

  @Test
  void unknownDistrictIsNotFound() {
    api().get("/api/v1/districts/999999").then().statusCode(404)
        .body("detail", equalTo("县（市、区）（编号 999999）不存在或已被删除。"))
        .body("requestId", notNullValue());
  }

  @Test
  void listNeverContainsDeletedRows() {
    long id = createDistrict();
    api().delete("/api/v1/districts/" + id).then().statusCode(204);
    api().queryParam("size", 100).queryParam("sort", "-createdAt").get("/api/v1/districts")
        .then().body("items.id", not(hasItem((int) id)));
  }
}
