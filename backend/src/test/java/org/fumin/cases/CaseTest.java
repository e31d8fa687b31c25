package org.fumin.cases;

import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Cases;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.Test;

/** Typical cases: the district writes and submits, the city returns or publishes, and who sees what. */
@QuarkusTest
class CaseTest {

  private record District(Place place, Login admin) {}

  private static District district() {
    Place place = Fixtures.place();
    return new District(place, Users.create(Role.DISTRICT_ADMIN, place.districtId(), null));
  }

  @Test
  void aDistrictWritesSavesAndSubmitsACaseAndTheCityPublishesIt() {
    District d = district();
    var created = Api.as(d.admin()).body(Map.of("townshipId", d.place().townshipId(), "title", "  村口零工市场  "))
        .post("/api/v1/cases").then().statusCode(201)
        .header("ETag", equalTo("\"0\"")).header("Location", containsString("/api/v1/cases/"))
        .body("state", equalTo("DRAFT")).body("title", equalTo("村口零工市场")).body("summary", equalTo(""))
        .body("districtId", equalTo((int) d.place().districtId())).body("allowedActions", contains("SAVE", "SUBMIT"))
        .extract().jsonPath();
    long id = created.getLong("id");

    Api.as(d.admin()).header("If-Match", "\"0\"").body(Map.of("townshipId", d.place().townshipId(), "title", "村口零工市场",
            "summary", "零工市场带动就业", "body", "## 做法\n\n<script>alert(1)</script>每天开市 [链接](javascript:alert(1))"))
        .put("/api/v1/cases/" + id).then().statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("body", not(containsString("script"))).body("body", not(containsString("javascript")))
        .body("body", containsString("每天开市"));

    Api.as(d.admin()).post("/api/v1/cases/" + id + "/submit").then().statusCode(200)
        .body("state", equalTo("SUBMITTED")).body("submittedBy", equalTo(d.admin().username())).body("allowedActions", empty());
    api().queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
        .body("items.findAll { it.kind == 'CASE_SUBMITTED' }.caseId", hasItem((int) id));

    api().get("/api/v1/cases/" + id).then().statusCode(200).body("allowedActions", contains("RETURN", "PUBLISH"));
    api().post("/api/v1/cases/" + id + "/publish").then().statusCode(200)
        .body("state", equalTo("PUBLISHED")).body("publishedAt", notNullValue()).body("allowedActions", contains("WITHDRAW"));

    // published: read-only for the district
    String etag = Api.as(d.admin()).get("/api/v1/cases/" + id).then().statusCode(200).extract().header("ETag");
    Api.as(d.admin()).header("If-Match", etag).body(Map.of("townshipId", d.place().townshipId(), "title", "改写"))
        .put("/api/v1/cases/" + id).then().statusCode(409).body("type", containsString("invalid-transition"));
    Api.as(d.admin()).queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
        .body("items.findAll { it.kind == 'CASE_PUBLISHED' }.caseId", hasItem((int) id));
    api().queryParam("entityType", "TYPICAL_CASE").queryParam("entityId", String.valueOf(id)).queryParam("size", 100)
        .get("/api/v1/audit-events").then().statusCode(200)
        .body("items.action", hasItem("CASE_CREATED")).body("items.action", hasItem("CASE_SAVED"))
        .body("items.action", hasItem("CASE_SUBMIT")).body("items.action", hasItem("CASE_PUBLISH"));
  }

  @Test
  void aReturnedCaseCarriesTheReasonTellsTheDistrictAndMayBeSubmittedAgain() {
    District d = district();
    long id = Cases.submitted(d.admin(), d.place().townshipId(), "返乡创业园");
    api().body(Map.of("reason", "请补充带动就业人数")).post("/api/v1/cases/" + id + "/return").then().statusCode(200)
        .body("state", equalTo("RETURNED")).body("returnReason", equalTo("请补充带动就业人数"));
    Api.as(d.admin()).queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
        .body("items.findAll { it.kind == 'CASE_RETURNED' && it.caseId == " + id + " }.reason", hasItem("请补充带动就业人数"))
        .body("items.findAll { it.kind == 'CASE_RETURNED' && it.caseId == " + id + " }.caseTitle", hasItem("返乡创业园"));
    Api.as(d.admin()).get("/api/v1/cases/" + id).then().body("allowedActions", contains("SAVE", "SUBMIT"));
    Api.as(d.admin()).post("/api/v1/cases/" + id + "/submit").then().statusCode(200)
        .body("state", equalTo("SUBMITTED")).body("returnReason", equalTo(null));
  }

  @Test
  void aReturnNeedsAReasonAndOnlyTheCityAdminReviews() {
    District d = district();
    long id = Cases.submitted(d.admin(), d.place().townshipId(), "无理由退回");
    Api.invalid().body(Map.of("reason", " ")).post("/api/v1/cases/" + id + "/return").then().statusCode(400);
    Api.as(d.admin()).post("/api/v1/cases/" + id + "/publish").then().statusCode(403);
    Api.as(Users.create(Role.CITY_ASSESSOR, null, null)).post("/api/v1/cases/" + id + "/publish").then().statusCode(403);
    api().get("/api/v1/cases/" + id).then().body("state", equalTo("SUBMITTED"));
  }

  @Test
  void aPublishedCaseIsWithdrawnWithAReasonNeverDeletedAndMayBePublishedAgain() {
    District d = district();
    long id = Cases.published(d.admin(), d.place().townshipId(), "撤回的案例");
    Api.anonymous().get("/api/v1/public/cases/" + id).then().statusCode(200);
    api().body(Map.of("reason", "数据有误")).post("/api/v1/cases/" + id + "/withdraw").then().statusCode(200)
        .body("state", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("数据有误"));
    Api.anonymous().get("/api/v1/public/cases/" + id).then().statusCode(404);
    api().get("/api/v1/cases/" + id).then().statusCode(200).body("allowedActions", contains("PUBLISH"));
    Api.as(d.admin()).queryParam("size", 100).get("/api/v1/notifications").then()
        .body("items.findAll { it.kind == 'CASE_WITHDRAWN' && it.caseId == " + id + " }.reason", hasItem("数据有误"));
    api().queryParam("action", "CASE_WITHDRAW").queryParam("entityId", String.valueOf(id)).get("/api/v1/audit-events")
        .then().statusCode(200).body("total", equalTo(1));
    api().post("/api/v1/cases/" + id + "/publish").then().statusCode(200).body("state", equalTo("PUBLISHED"))
        .body("withdrawalReason", equalTo(null));
    Api.anonymous().get("/api/v1/public/cases/" + id).then().statusCode(200);
  }

  @Test
  void submittingNeedsASummaryAndABody() {
    District d = district();
    long id = Api.as(d.admin()).body(Map.of("townshipId", d.place().townshipId(), "title", "只有标题"))
        .post("/api/v1/cases").then().statusCode(201).extract().jsonPath().getLong("id");
    Api.as(d.admin()).post("/api/v1/cases/" + id + "/submit").then().statusCode(409).body("status", equalTo(409));
    Api.as(d.admin()).get("/api/v1/cases/" + id).then().body("state", equalTo("DRAFT"));
  }

  @Test
  void savingNeedsTheCurrentVersion() {
    District d = district();
    long id = Cases.draft(d.admin(), d.place().townshipId(), "版本");
    Map<String, Object> body = Map.of("townshipId", d.place().townshipId(), "title", "版本二");
    Api.invalidAs(d.admin()).body(body).put("/api/v1/cases/" + id).then().statusCode(428);
    Api.as(d.admin()).header("If-Match", "\"7\"").body(body).put("/api/v1/cases/" + id).then().statusCode(412);
    Api.as(d.admin()).header("If-Match", "\"0\"").body(body).put("/api/v1/cases/" + id).then().statusCode(200);
  }

  @Test
  void aCaseAboutATownshipOfAnotherDistrictIsInvalid() {
    District d = district();
    Place other = Fixtures.place();
    Api.as(d.admin()).body(Map.of("townshipId", other.townshipId(), "title", "越界"))
        .post("/api/v1/cases").then().statusCode(400).body("violations[0].field", equalTo("townshipId"));
  }

  @Test
  void aDistrictSeesItsOwnCasesAndTheCitySeesNoDrafts() {
    District d = district();
    District other = district();
    long draft = Cases.draft(d.admin(), d.place().townshipId(), "本区草稿");
    long submitted = Cases.submitted(d.admin(), d.place().townshipId(), "本区报送");
    long foreign = Cases.submitted(other.admin(), other.place().townshipId(), "外区报送");

    Api.as(d.admin()).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
        .header("Cache-Control", equalTo("no-store"))
        .body("items.id", hasItem((int) draft)).body("items.id", hasItem((int) submitted))
        .body("items.id", not(hasItem((int) foreign)));
    Api.as(d.admin()).get("/api/v1/cases/" + foreign).then().statusCode(404);
    api().queryParam("districtId", d.place().districtId()).get("/api/v1/cases").then().statusCode(200)
        .body("items.id", contains((int) submitted));
    api().get("/api/v1/cases/" + draft).then().statusCode(404);
    api().queryParam("districtId", d.place().districtId()).queryParam("state", "DRAFT").get("/api/v1/cases").then()
        .body("items", empty());
    Api.as(d.admin()).queryParam("q", "草稿").queryParam("state", "DRAFT").get("/api/v1/cases").then()
        .body("items.id", contains((int) draft));
    Api.as(Users.create(Role.VIEWER, other.place().districtId(), null)).queryParam("size", 100).get("/api/v1/cases").then()
        .body("items.id", contains((int) foreign));
    Api.as(Users.create(Role.TOWNSHIP_OPERATOR, null, d.place().townshipId())).get("/api/v1/cases").then().statusCode(403);
  }

  @Test
  void readKeysSeePublishedCasesOnly() {
    District d = district();
    long published = Cases.published(d.admin(), d.place().townshipId(), "已发布给密钥");
    long submitted = Cases.submitted(d.admin(), d.place().townshipId(), "未发布给密钥");
    String key = Fixtures.apiKey(d.place().districtId(), "read");
    Api.withKey(key).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
        .body("items.id", contains((int) published)).body("items[0].state", equalTo("PUBLISHED"));
    Api.withKey(key).get("/api/v1/cases/" + published).then().statusCode(200).body("allowedActions", empty());
    Api.withKey(key).get("/api/v1/cases/" + submitted).then().statusCode(404);
    Api.withKey(Fixtures.apiKey(null, "import")).get("/api/v1/cases").then().statusCode(403);
  }

  @Test
  void thePublicEndpointsShowPublishedCasesOnlyAndMayBeCached() {
    District d = district();
    long published = Cases.published(d.admin(), d.place().townshipId(), "公开案例");
    long submitted = Cases.submitted(d.admin(), d.place().townshipId(), "未公开案例");

    var list = Api.anonymous().header("Origin", "https://www.yangzhou.gov.cn")
        .queryParam("districtId", d.place().districtId()).get("/api/v1/public/cases").then()
        .statusCode(200).header("Cache-Control", equalTo("public, max-age=300")).header("ETag", notNullValue())
        .header("Access-Control-Allow-Origin", equalTo("*"))
        .body("items.id", contains((int) published)).body("items[0].title", equalTo("公开案例"))
        .body("items[0]", not(org.hamcrest.Matchers.hasKey("publishedBy")))
        .extract();
    Api.anonymous().header("If-None-Match", list.header("ETag")).queryParam("districtId", d.place().districtId())
        .get("/api/v1/public/cases").then().statusCode(304);

    var one = Api.anonymous().get("/api/v1/public/cases/" + published).then().statusCode(200)
        .header("Cache-Control", equalTo("public, max-age=300"))
        .body("body", containsString("公开案例的做法")).body("attachments", empty())
        .extract();
    Api.anonymous().header("If-None-Match", one.header("ETag")).get("/api/v1/public/cases/" + published).then().statusCode(304);
    // If-Match guards changes; on a read it changes nothing
    Api.anonymous().header("If-Match", "\"0\"").get("/api/v1/public/cases/" + published).then().statusCode(200);
    Api.anonymous().get("/api/v1/public/cases/" + submitted).then().statusCode(404)
        .header("Cache-Control", equalTo("no-store"));
    Api.anonymous().get("/api/v1/public/cases/999999999").then().statusCode(404);
  }

  @Test
  void photosAreAddedWhileTheCaseIsEditableAndPublishedOnesAreDownloadablePublicly() {
    District d = district();
    long id = Cases.draft(d.admin(), d.place().townshipId(), "带照片");
    byte[] photo = Cases.png("case-photo-" + System.nanoTime());
    long attachment = Cases.upload(Api.as(d.admin()), id, "现场照片.png", photo).then().statusCode(201)
        .body("caseId", equalTo((int) id)).body("contentType", equalTo("image/png")).body("fileName", equalTo("现场照片.png"))
        .extract().jsonPath().getLong("id");
    long removed = Cases.upload(Api.as(d.admin()), id, "删除.png", Cases.png("removed-" + System.nanoTime()))
        .then().statusCode(201).extract().jsonPath().getLong("id");
    Api.as(d.admin()).delete("/api/v1/cases/" + id + "/attachments/" + removed).then().statusCode(200);
    Api.as(d.admin()).get("/api/v1/cases/" + id + "/attachments").then().statusCode(200).body("id", contains((int) attachment));
    Cases.upload(Api.as(d.admin()), id, "病毒.exe", photo).then().statusCode(400);

    Api.as(d.admin()).post("/api/v1/cases/" + id + "/submit").then().statusCode(200);
    Cases.upload(Api.as(d.admin()), id, "迟到.png", Cases.png("late-" + System.nanoTime())).then().statusCode(409);
    Api.as(d.admin()).delete("/api/v1/cases/" + id + "/attachments/" + attachment).then().statusCode(409);
    // not published yet: nothing public
    Api.anonymous().accept("*/*").get("/api/v1/public/cases/" + id + "/attachments/" + attachment + "/content")
        .then().statusCode(404);
    // the evidence routes do not serve a case's attachment
    api().get("/api/v1/attachments/" + attachment).then().statusCode(404);

    api().post("/api/v1/cases/" + id + "/publish").then().statusCode(200);
    byte[] downloaded = Api.anonymous().accept("*/*").get("/api/v1/public/cases/" + id + "/attachments/" + attachment + "/content")
        .then().statusCode(200).header("Cache-Control", equalTo("public, max-age=300")).contentType("image/png")
        .extract().asByteArray();
    org.assertj.core.api.Assertions.assertThat(downloaded).isEqualTo(photo);
    Api.anonymous().accept("*/*").get("/api/v1/public/cases/" + id + "/attachments/" + removed + "/content").then().statusCode(404);
    Api.anonymous().get("/api/v1/public/cases/" + id).then().statusCode(200).body("attachments.id", contains((int) attachment));
    Api.withKey(Fixtures.apiKey(null, "read")).accept("*/*").get("/api/v1/cases/" + id + "/attachments/" + attachment + "/content")
        .then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    // another case's id in the path does not reach this attachment
    long otherCase = Cases.published(d.admin(), d.place().townshipId(), "另一个");
    Api.anonymous().accept("*/*").get("/api/v1/public/cases/" + otherCase + "/attachments/" + attachment + "/content")
        .then().statusCode(404);
  }
}
