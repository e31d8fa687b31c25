package org.fumin.plan;

import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
class PlanTest {

  @Inject TestClock clock;
  @Inject PlanService plans;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aPlanIsCompleteWhileItsNewestRevisionHasContentAResponsiblePersonAndAMilestone() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    long n = Rounds.nominate(round, admin, place.townshipId());
    org.assertj.core.api.Assertions.assertThat(complete(n)).isFalse();
    Api.as(admin).header("If-Match", "\"0\"").body(Rounds.plan("建设零工市场", "2027-01-31"))
        .put("/api/v1/nominations/" + n + "/plan").then().statusCode(200);
    org.assertj.core.api.Assertions.assertThat(complete(n)).isTrue();
    Api.as(admin).header("If-Match", "\"1\"")
        .body(Map.of("content", "建设零工市场", "responsiblePerson", "张三", "contactPhone", "0514-87654321", "milestones", List.of()))
        .put("/api/v1/nominations/" + n + "/plan").then().statusCode(200).body("revision", equalTo(2));
    org.assertj.core.api.Assertions.assertThat(complete(n)).isFalse();
  }

  @Transactional
  boolean complete(long nomination) {
    return plans.isComplete(nomination);
  }

  @Test
  void aMilestoneIsOverdueOnceTheClocksShanghaiDatePassesItsDueDate() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    long n = Rounds.nominate(round, admin, place.townshipId());
    Instant fiveDaysAgo = Instant.now().minus(Duration.ofDays(5));
    String due = LocalDate.ofInstant(Instant.now(), ZoneId.of("Asia/Shanghai")).minusDays(2).toString();

    clock.setTo(fiveDaysAgo);
    String savedAt = Api.as(admin).header("If-Match", "\"0\"").body(Rounds.plan("按期推进", due))
        .put("/api/v1/nominations/" + n + "/plan").then().statusCode(200)
        .body("milestones.overdue", contains(false, false)).body("progress.overdue", equalTo(0))
        .extract().jsonPath().getString("savedAt");
    org.assertj.core.api.Assertions.assertThat(OffsetDateTime.parse(savedAt).toInstant())
        .isBetween(fiveDaysAgo, fiveDaysAgo.plus(Duration.ofMinutes(5)));

    clock.reset();
    Api.as(admin).get("/api/v1/nominations/" + n + "/plan").then().statusCode(200)
        .body("milestones.overdue", contains(true, false)).body("progress.overdue", equalTo(1));
  }

  @Test
  void theOperatorWritesThePlanEverySaveIsARevisionAndProgressIsComputed() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    long n = Rounds.nominate(round, admin, place.townshipId());

    Api.as(operator).get("/api/v1/nominations/" + n + "/plan").then().statusCode(200)
        .header("ETag", equalTo("\"0\"")).body("revision", equalTo(0)).body("milestones.size()", equalTo(0));
    Api.invalidAs(operator).body(Rounds.plan("x", "2026-12-31")).put("/api/v1/nominations/" + n + "/plan").then().statusCode(428);

    Api.as(operator).header("If-Match", "\"0\"")
        .body(Map.of("content", "## 建设内容\n<script>alert(1)</script>建设**零工市场**，[详情](javascript:alert(1))",
            "responsiblePerson", " 李四 ", "contactPhone", "13800000000",
            "milestones", List.of(
                Map.of("dueOn", "2027-03-31", "deliverable", "开展技能培训", "status", "PLANNED"),
                Map.of("dueOn", "2020-01-31", "deliverable", "成立领导小组", "status", "DONE", "completionNote", "已发文"),
                Map.of("dueOn", "2020-06-30", "deliverable", "建立台账", "status", "IN_PROGRESS"))))
        .put("/api/v1/nominations/" + n + "/plan").then().statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("revision", equalTo(1))
        .body("content", not(containsString("<script>")))
        .body("content", containsString("建设**零工市场**"))
        .body("content", containsString("[详情](#)"))
        .body("responsiblePerson", equalTo("李四"))
        .body("savedBy", equalTo(operator.username()))
        .body("milestones.deliverable", contains("成立领导小组", "建立台账", "开展技能培训"))
        .body("milestones.overdue", contains(false, true, false))
        .body("progress.total", equalTo(3)).body("progress.done", equalTo(1))
        .body("progress.overdue", equalTo(1)).body("progress.percent", equalTo(33));

    // a stale save is refused; the district admin saves over the latest
    Api.as(admin).header("If-Match", "\"0\"").body(Rounds.plan("第二版", "2027-01-31"))
        .put("/api/v1/nominations/" + n + "/plan").then().statusCode(412);
    Api.as(admin).header("If-Match", "\"1\"").body(Rounds.plan("第二版", "2027-01-31"))
        .put("/api/v1/nominations/" + n + "/plan").then().statusCode(200).body("revision", equalTo(2));

    Api.as(operator).get("/api/v1/nominations/" + n + "/plan/revisions").then().statusCode(200)
        .body("items.revision", contains(2, 1)).body("items.milestoneCount", contains(2, 3)).body("total", equalTo(2));
    Api.as(operator).get("/api/v1/nominations/" + n + "/plan/revisions/1").then().statusCode(200)
        .body("responsiblePerson", equalTo("李四"));
    Api.as(operator).get("/api/v1/nominations/" + n + "/plan/revisions/9").then().statusCode(404);
  }

  @Test
  void thePlanIsInvalidWithoutADueDateOrWithAnUnknownStatus() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    long n = Rounds.nominate(round, admin, place.townshipId());
    Api.invalidAs(admin).header("If-Match", "\"0\"")
        .body(Map.of("content", "x", "responsiblePerson", "x", "contactPhone", "电话",
            "milestones", List.of(Map.of("deliverable", "", "status", "PLANNED"))))
        .put("/api/v1/nominations/" + n + "/plan").then().statusCode(400)
        .body("violations.field", contains("contactPhone", "milestones[0].deliverable", "milestones[0].dueOn"));
  }

  @Test
  void onceSubmittedForAssessmentThePlanCannotChange() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    long n = Rounds.nominate(round, admin, place.townshipId());
    Rounds.approvedPlan(operator, admin, n);
    Rounds.act(admin, n, "submit-for-assessment").then().statusCode(200);
    Rounds.savePlan(admin, n).then().statusCode(409).body("type", equalTo("urn:fumin:problem:invalid-transition"));
  }

  /** A district with its admin, a second admin and the township's operator, with a nomination. */
  record Team(long nomination, Login admin, Login otherAdmin, Login operator) {}

  private static Team team() {
    long round = Rounds.open();
    Place place = Fixtures.place();
    Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login otherAdmin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    return new Team(Rounds.nominate(round, admin, place.townshipId()), admin, otherAdmin, operator);
  }

  private static io.restassured.response.Response save(Login who, long n, Map<String, Object> plan) {
    String etag = Api.as(who).get("/api/v1/nominations/" + n + "/plan").header("ETag");
    return Api.as(who).header("If-Match", etag).body(plan).put("/api/v1/nominations/" + n + "/plan");
  }

  /** The standard plan with its first milestone reported done, with a note and the evidence that proves it. */
  private static Map<String, Object> progressReported() {
    return Map.of("content", "## 建设内容\n建设零工市场。", "responsiblePerson", "张三", "contactPhone", "0514-87654321",
        "milestones", List.of(
            Map.of("dueOn", "2026-12-31", "deliverable", "建成零工市场", "status", "DONE", "completionNote", "已投入使用",
                "evidence", List.of("4", "b1")),
            Map.of("dueOn", "2027-06-30", "deliverable", "完成培训 200 人次", "status", "IN_PROGRESS")));
  }

  @Test
  void aSubmittedPlanIsReadOnlyUntilTheDistrictReturnsIt() {
    Team t = team();
    Rounds.savePlan(t.operator(), t.nomination()).then().statusCode(200).body("status", equalTo("DRAFT"));
    Rounds.act(t.operator(), t.nomination(), "submit-plan").then().statusCode(200);
    Api.as(t.operator()).get("/api/v1/nominations/" + t.nomination()).then()
        .body("allowedActions", org.hamcrest.Matchers.empty());
    Api.as(t.operator()).get("/api/v1/nominations/" + t.nomination() + "/plan").then()
        .body("status", equalTo("SUBMITTED")).body("lastReview.action", equalTo("SUBMITTED"))
        .body("lastReview.by", equalTo(t.operator().username()));

    Rounds.savePlan(t.operator(), t.nomination()).then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:invalid-transition"))
        .body("detail", equalTo("方案正在审核中，县（市、区）退回前不能修改。"));
    Api.as(t.admin()).header("Accept-Language", "en").header("If-Match", "\"1\"").body(Rounds.plan("县区修改", "2027-01-31"))
        .put("/api/v1/nominations/" + t.nomination() + "/plan").then().statusCode(409)
        .body("detail", containsString("under review"));
    Api.as(t.operator()).get("/api/v1/nominations/" + t.nomination() + "/plan").then().body("revision", equalTo(1));

    Rounds.act(t.admin(), t.nomination(), "return-plan").then().statusCode(200);
    Api.as(t.operator()).get("/api/v1/nominations/" + t.nomination() + "/plan").then()
        .body("status", equalTo("RETURNED")).body("reviewedRevision", equalTo(1))
        .body("lastReview.action", equalTo("RETURNED")).body("lastReview.reason", equalTo(Rounds.REASON))
        .body("lastReview.by", equalTo(t.admin().username()));
    Rounds.savePlan(t.operator(), t.nomination()).then().statusCode(200).body("revision", equalTo(2))
        .body("status", equalTo("RETURNED"));
  }

  @Test
  void aChangeToTheApprovedPlanNeedsTheDistrictsApprovalAgainWhileTheApprovedRevisionStaysThePlan() {
    Team t = team();
    long n = t.nomination();
    Rounds.approvedPlan(t.operator(), t.admin(), n);
    Api.as(t.operator()).get("/api/v1/nominations/" + n + "/plan").then()
        .body("status", equalTo("APPROVED")).body("approvedRevision", equalTo(1)).body("reviewedRevision", equalTo(1));

    save(t.operator(), n, Rounds.plan("## 建设内容\n建设零工市场和就业驿站。", "2026-12-31")).then().statusCode(200)
        .body("revision", equalTo(2)).body("kind", equalTo("CHANGE"))
        .body("status", equalTo("CHANGE_DRAFT")).body("approvedRevision", equalTo(1));
    Api.as(t.operator()).get("/api/v1/nominations/" + n).then().body("state", equalTo("IN_PROGRESS"))
        .body("allowedActions", containsInAnyOrder("EDIT_PLAN", "SUBMIT_PLAN_CHANGE"));
    Rounds.act(t.admin(), n, "approve-plan-change").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:invalid-transition"));

    Rounds.act(t.operator(), n, "submit-plan-change").then().statusCode(200).body("state", equalTo("IN_PROGRESS"))
        .body("allowedActions", org.hamcrest.Matchers.empty());
    Rounds.savePlan(t.operator(), n).then().statusCode(409);
    Api.as(t.admin()).get("/api/v1/nominations/" + n).then()
        .body("allowedActions", hasItems("APPROVE_PLAN_CHANGE", "RETURN_PLAN_CHANGE"))
        .body("allowedActions", not(hasItem("SUBMIT_FOR_ASSESSMENT")));
    Rounds.act(t.admin(), n, "return-plan-change").then().statusCode(200).body("returnReason", equalTo(Rounds.REASON));
    Api.as(t.operator()).get("/api/v1/nominations/" + n + "/plan").then()
        .body("status", equalTo("CHANGE_RETURNED")).body("approvedRevision", equalTo(1)).body("reviewedRevision", equalTo(2))
        .body("lastReview.reason", equalTo(Rounds.REASON));
    Api.as(t.operator()).get("/api/v1/nominations/" + n + "/plan/revisions/1").then()
        .body("content", not(containsString("就业驿站")));

    save(t.operator(), n, Rounds.plan("## 建设内容\n建设零工市场和两个就业驿站。", "2026-12-31")).then().statusCode(200)
        .body("status", equalTo("CHANGE_RETURNED"));
    Rounds.act(t.operator(), n, "submit-plan-change").then().statusCode(200);
    Rounds.act(t.admin(), n, "approve-plan-change").then().statusCode(200);
    Api.as(t.operator()).get("/api/v1/nominations/" + n + "/plan").then()
        .body("status", equalTo("APPROVED")).body("approvedRevision", equalTo(3)).body("revision", equalTo(3));

    List<String> audited = api().queryParam("entityType", "NOMINATION").queryParam("entityId", String.valueOf(n))
        .queryParam("size", 100).get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action");
    org.assertj.core.api.Assertions.assertThat(audited).contains("PLAN_SUBMITTED", "PLAN_APPROVED", "PLAN_RETURNED",
        "NOMINATION_SUBMIT_PLAN_CHANGE", "NOMINATION_APPROVE_PLAN_CHANGE", "NOMINATION_RETURN_PLAN_CHANGE", "PLAN_SAVED");
  }

  @Test
  void reportingProgressOnTheApprovedPlanNeedsNoApproval() {
    Team t = team();
    long n = t.nomination();
    Rounds.approvedPlan(t.operator(), t.admin(), n);
    save(t.operator(), n, progressReported()).then().statusCode(200)
        .body("revision", equalTo(2)).body("kind", equalTo("PROGRESS"))
        .body("status", equalTo("APPROVED")).body("approvedRevision", equalTo(1))
        .body("milestones[0].evidence", contains("4", "B1")).body("progress.done", equalTo(1));
    Api.as(t.operator()).get("/api/v1/nominations/" + n).then()
        .body("allowedActions", containsInAnyOrder("EDIT_PLAN"));
    Api.as(t.admin()).get("/api/v1/nominations/" + n).then().body("allowedActions", hasItem("SUBMIT_FOR_ASSESSMENT"));
    List<String> audited = api().queryParam("entityType", "NOMINATION").queryParam("entityId", String.valueOf(n))
        .queryParam("size", 100).get("/api/v1/audit-events").then().extract().jsonPath().getList("items.action");
    org.assertj.core.api.Assertions.assertThat(audited).contains("PLAN_PROGRESS_REPORTED");
  }

  @Test
  void whoeverWroteThePlanMayNotApproveItAnotherDistrictAdminMay() {
    Team t = team();
    long n = t.nomination();
    Rounds.savePlan(t.admin(), n).then().statusCode(200);
    Rounds.act(t.admin(), n, "submit-plan").then().statusCode(200);
    Rounds.act(t.admin(), n, "approve-plan").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:conflict")).body("detail", containsString("不能审核通过自己编写的方案"));
    Api.as(t.admin()).get("/api/v1/nominations/" + n).then().body("state", equalTo("PLAN_SUBMITTED"));
    Rounds.act(t.otherAdmin(), n, "approve-plan").then().statusCode(200).body("state", equalTo("IN_PROGRESS"));

    // a change the first admin wrote (after the operator's) cannot be approved by them either
    save(t.operator(), n, Rounds.plan("## 建设内容\n乡镇修改。", "2026-12-31")).then().statusCode(200);
    save(t.otherAdmin(), n, Rounds.plan("## 建设内容\n县区修改。", "2026-12-31")).then().statusCode(200);
    Rounds.act(t.operator(), n, "submit-plan-change").then().statusCode(200);
    Api.as(t.otherAdmin()).header("Accept-Language", "en").post("/api/v1/nominations/" + n + "/approve-plan-change")
        .then().statusCode(409).body("detail", containsString("another administrator"));
    Rounds.act(t.admin(), n, "approve-plan-change").then().statusCode(200);
  }

  @Test
  void revisionsArePagedNewestFirstAndShowWhoSubmittedApprovedOrReturnedThemAndWhy() {
    Team t = team();
    long n = t.nomination();
    Rounds.savePlan(t.operator(), n).then().statusCode(200);
    Rounds.act(t.operator(), n, "submit-plan").then().statusCode(200);
    Rounds.act(t.admin(), n, "return-plan").then().statusCode(200);
    Rounds.savePlan(t.operator(), n).then().statusCode(200);
    Rounds.act(t.operator(), n, "submit-plan").then().statusCode(200);
    Rounds.act(t.admin(), n, "approve-plan").then().statusCode(200);
    save(t.operator(), n, progressReported()).then().statusCode(200);

    Api.as(t.operator()).queryParam("size", 2).get("/api/v1/nominations/" + n + "/plan/revisions").then().statusCode(200)
        .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
        .body("items.revision", contains(3, 2)).body("items.kind", contains("PROGRESS", "CHANGE"))
        .body("items[0].reviews", org.hamcrest.Matchers.empty())
        .body("items[1].reviews.action", contains("SUBMITTED", "APPROVED"))
        .body("items[1].reviews.by", contains(t.operator().username(), t.admin().username()));
    Api.as(t.operator()).queryParam("size", 2).queryParam("page", 2).get("/api/v1/nominations/" + n + "/plan/revisions")
        .then().statusCode(200).body("items.revision", contains(1))
        .body("items[0].savedBy", equalTo(t.operator().username()))
        .body("items[0].reviews.action", contains("SUBMITTED", "RETURNED"))
        .body("items[0].reviews[1].reason", equalTo(Rounds.REASON))
        .body("items[0].reviews[0].reason", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void milestonesPointOnlyToIndicatorsOfTheRoundsFramework() {
    Team t = team();
    Map<String, Object> unknown = Map.of("content", "x", "responsiblePerson", "张三", "contactPhone", "0514",
        "milestones", List.of(Map.of("dueOn", "2027-01-31", "deliverable", "台账", "status", "PLANNED", "evidence", List.of("17", "99"))));
    save(t.operator(), t.nomination(), unknown).then().statusCode(400)
        .body("violations.field", contains("milestones[0].evidence")).body("detail", containsString("99"));
    Api.as(t.operator()).get("/api/v1/nominations/" + t.nomination() + "/plan").then().body("revision", equalTo(0));
    save(t.operator(), t.nomination(), progressReported()).then().statusCode(200)
        .body("milestones[0].evidence", contains("4", "B1")).body("milestones[1].evidence", org.hamcrest.Matchers.empty());
  }

  @Test
  void reviewersReadThePlanRenderedAsSanitisedHtml() {
    Team t = team();
    save(t.operator(), t.nomination(), Map.of("content", "## 建设内容\n建设**零工市场**<img src=x onerror=alert(1)>，[详情](javascript:alert(1))",
        "responsiblePerson", "张三", "contactPhone", "0514", "milestones", List.of())).then().statusCode(200)
        .body("contentHtml", containsString("<h2>建设内容</h2>"))
        .body("contentHtml", containsString("<strong>零工市场</strong>"))
        .body("contentHtml", not(containsString("onerror")))
        .body("contentHtml", not(containsString("javascript:")));
  }

  private static List<String> listedActions(Login who, long n) {
    return Api.as(who).queryParam("size", 100).get("/api/v1/nominations").then().statusCode(200)
        .extract().jsonPath().getList("items.find { it.id == " + n + " }.allowedActions");
  }

  private static List<String> actions(Login who, long n) {
    return Api.as(who).get("/api/v1/nominations/" + n).then().statusCode(200).extract().jsonPath().getList("allowedActions");
  }

  @Test
  void whoeverWroteThePlanUnderReviewIsNotOfferedItsApprovalInTheNominationOrTheList() {
    Team t = team();
    long n = t.nomination();
    Rounds.savePlan(t.admin(), n).then().statusCode(200);
    Rounds.act(t.admin(), n, "submit-plan").then().statusCode(200)
        .body("allowedActions", not(hasItem("APPROVE_PLAN"))).body("allowedActions", hasItem("RETURN_PLAN"));
    org.assertj.core.api.Assertions.assertThat(actions(t.admin(), n)).doesNotContain("APPROVE_PLAN").contains("RETURN_PLAN");
    org.assertj.core.api.Assertions.assertThat(listedActions(t.admin(), n)).doesNotContain("APPROVE_PLAN").contains("RETURN_PLAN");
    org.assertj.core.api.Assertions.assertThat(actions(t.otherAdmin(), n)).contains("APPROVE_PLAN");
    org.assertj.core.api.Assertions.assertThat(listedActions(t.otherAdmin(), n)).contains("APPROVE_PLAN");
    Rounds.act(t.otherAdmin(), n, "approve-plan").then().statusCode(200);

    // a change: the admin who wrote it is not offered its approval either; the operator who only submitted it has no say
    save(t.admin(), n, Rounds.plan("## 建设内容\n县区修改。", "2026-12-31")).then().statusCode(200);
    Rounds.act(t.operator(), n, "submit-plan-change").then().statusCode(200);
    org.assertj.core.api.Assertions.assertThat(actions(t.admin(), n)).doesNotContain("APPROVE_PLAN_CHANGE").contains("RETURN_PLAN_CHANGE");
    org.assertj.core.api.Assertions.assertThat(listedActions(t.admin(), n)).doesNotContain("APPROVE_PLAN_CHANGE");
    org.assertj.core.api.Assertions.assertThat(actions(t.otherAdmin(), n)).contains("APPROVE_PLAN_CHANGE");
    org.assertj.core.api.Assertions.assertThat(listedActions(t.otherAdmin(), n)).contains("APPROVE_PLAN_CHANGE");
    Rounds.act(t.otherAdmin(), n, "approve-plan-change").then().statusCode(200);
  }

  @Test
  void aReadKeySeesOnlyThePlanInForceAndTheRevisionsSubmittedForReview() {
    Team t = team();
    long n = t.nomination();
    long district = Api.as(t.admin()).get("/api/v1/nominations/" + n).then().extract().jsonPath().getLong("districtId");
    String key = org.fumin.testing.Fixtures.apiKey(district, "read");
    String plan = "/api/v1/nominations/" + n + "/plan";

    Rounds.savePlan(t.operator(), n).then().statusCode(200);
    Api.withKey(key).get(plan).then().statusCode(404).body("type", equalTo("urn:fumin:problem:not-found"));
    Api.withKey(key).get(plan + "/revisions").then().statusCode(200).body("total", equalTo(0)).body("items", org.hamcrest.Matchers.empty());
    Api.withKey(key).get(plan + "/revisions/1").then().statusCode(404);

    Rounds.act(t.operator(), n, "submit-plan").then().statusCode(200);
    Api.withKey(key).get(plan).then().statusCode(200).body("revision", equalTo(1)).body("status", equalTo("SUBMITTED"));
    Rounds.act(t.admin(), n, "return-plan").then().statusCode(200);
    Api.withKey(key).get(plan).then().statusCode(404);

    save(t.operator(), n, Rounds.plan("## 建设内容\n第二稿。", "2026-12-31")).then().statusCode(200);
    Rounds.act(t.operator(), n, "submit-plan").then().statusCode(200);
    Rounds.act(t.admin(), n, "approve-plan").then().statusCode(200);
    save(t.operator(), n, Rounds.plan("## 建设内容\n未审核的变更。", "2026-12-31")).then().statusCode(200)
        .body("revision", equalTo(3)).body("status", equalTo("CHANGE_DRAFT"));
    Api.withKey(key).get(plan).then().statusCode(200).header("ETag", equalTo("\"2\""))
        .body("revision", equalTo(2)).body("content", containsString("第二稿")).body("approvedRevision", equalTo(2));
    Api.withKey(key).get(plan + "/revisions").then().statusCode(200).body("total", equalTo(2)).body("items.revision", contains(2, 1));
    Api.withKey(key).get(plan + "/revisions/3").then().statusCode(404);

    Rounds.act(t.operator(), n, "submit-plan-change").then().statusCode(200);
    Rounds.act(t.admin(), n, "return-plan-change").then().statusCode(200);
    Api.withKey(key).get(plan).then().statusCode(200).body("revision", equalTo(2)).body("content", not(containsString("未审核")));
    Api.withKey(key).get(plan + "/revisions").then().body("items.revision", contains(3, 2, 1));
    // people of the nomination's scope still see the newest revision
    Api.as(t.operator()).get(plan).then().statusCode(200).body("revision", equalTo(3));
  }

  @Test
  void theReturnReasonGoesOnceTheDistrictApprovesTheResubmittedPlanOrChange() {
    Team t = team();
    long n = t.nomination();
    Rounds.savePlan(t.operator(), n).then().statusCode(200);
    Rounds.act(t.operator(), n, "submit-plan").then().statusCode(200);
    Rounds.act(t.admin(), n, "return-plan").then().statusCode(200).body("returnReason", equalTo(Rounds.REASON));
    Rounds.act(t.operator(), n, "submit-plan").then().statusCode(200);
    Rounds.act(t.admin(), n, "approve-plan").then().statusCode(200)
        .body("state", equalTo("IN_PROGRESS")).body("returnReason", org.hamcrest.Matchers.nullValue());

    save(t.operator(), n, Rounds.plan("## 建设内容\n变更。", "2026-12-31")).then().statusCode(200);
    Rounds.act(t.operator(), n, "submit-plan-change").then().statusCode(200);
    Rounds.act(t.admin(), n, "return-plan-change").then().statusCode(200).body("returnReason", equalTo(Rounds.REASON));
    Rounds.act(t.operator(), n, "submit-plan-change").then().statusCode(200);
    Rounds.act(t.admin(), n, "approve-plan-change").then().statusCode(200).body("returnReason", org.hamcrest.Matchers.nullValue());
    // the reason stays on the revision it concerned
    Api.as(t.operator()).get("/api/v1/nominations/" + n + "/plan/revisions").then()
        .body("items[0].reviews.action", contains("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED"))
        .body("items[0].reviews[1].reason", equalTo(Rounds.REASON));
  }

  @Test
  void aNominationWhosePlanChangeIsNotApprovedIsNotSubmittedForAssessment() {
    Team t = team();
    long n = t.nomination();
    Rounds.approvedPlan(t.operator(), t.admin(), n);
    save(t.operator(), n, Rounds.plan("## 建设内容\n变更。", "2026-12-31")).then().statusCode(200);
    Rounds.act(t.operator(), n, "submit-plan-change").then().statusCode(200);
    org.assertj.core.api.Assertions.assertThat(actions(t.admin(), n)).doesNotContain("SUBMIT_FOR_ASSESSMENT");
    Rounds.act(t.admin(), n, "submit-for-assessment").then().statusCode(409)
        .body("type", equalTo("urn:fumin:problem:invalid-transition"))
        .body("detail", containsString("变更尚未审核通过"));

    Rounds.act(t.admin(), n, "return-plan-change").then().statusCode(200);
    org.assertj.core.api.Assertions.assertThat(actions(t.admin(), n)).doesNotContain("SUBMIT_FOR_ASSESSMENT");
    org.assertj.core.api.Assertions.assertThat(listedActions(t.admin(), n)).doesNotContain("SUBMIT_FOR_ASSESSMENT");
    Api.as(t.admin()).header("Accept-Language", "en").post("/api/v1/nominations/" + n + "/submit-for-assessment").then()
        .statusCode(409).body("detail", containsString("has not been approved"))
        .body("allowedActions", not(hasItem("SUBMIT_FOR_ASSESSMENT")));
    Api.as(t.admin()).get("/api/v1/nominations/" + n).then().body("state", equalTo("IN_PROGRESS"));

    Rounds.act(t.operator(), n, "submit-plan-change").then().statusCode(200);
    Rounds.act(t.admin(), n, "approve-plan-change").then().statusCode(200)
        .body("allowedActions", hasItem("SUBMIT_FOR_ASSESSMENT"));
    Rounds.act(t.admin(), n, "submit-for-assessment").then().statusCode(200).body("state", equalTo("SUBMITTED_FOR_ASSESSMENT"));
  }
}
