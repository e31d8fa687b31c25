package org.fumin.plan;

import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.contains;
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
        .body("revision", contains(2, 1)).body("milestoneCount", contains(2, 3));
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
    long n = Rounds.nominate(round, admin, place.townshipId());
    Rounds.savePlan(admin, n).then().statusCode(200);
    Rounds.act(admin, n, "submit-plan").then().statusCode(200);
    Rounds.act(admin, n, "approve-plan").then().statusCode(200);
    Rounds.act(admin, n, "submit-for-assessment").then().statusCode(200);
    Rounds.savePlan(admin, n).then().statusCode(409).body("type", equalTo("urn:fumin:problem:invalid-transition"));
  }
}
