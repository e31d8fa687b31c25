package org.fumin.testing;

import static org.fumin.testing.Api.api;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Rounds, nominations and plans for tests, made through the API. */
public final class Rounds {

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2001);
  public static final String REASON = "材料不全，请补充";

  private Rounds() {}

  /** Phase end dates relative to now, in days (negative: already closed). */
  public record Schedule(int deploymentEnds, int implementationEnds, int provincialSelectionEnds) {
    public static final Schedule RUNNING = new Schedule(30, 90, 60);

    /** The phases' ends as instants, counted from {@code now}. */
    public Ends from(Instant now) {
      return new Ends(now.plus(Duration.ofDays(deploymentEnds)), now.plus(Duration.ofDays(implementationEnds)),
          now.plus(Duration.ofDays(provincialSelectionEnds)));
    }
  }

  /** When the phases whose deadlines close submissions end (a test moves its clock past them). */
  public record Ends(Instant deployment, Instant implementation, Instant provincialSelection) {

    /** The deployment phase ending at {@code deployment}; the later phases running on for months. */
    public static Ends deploymentAt(Instant deployment) {
      return new Ends(deployment, deployment.plus(Duration.ofDays(90)), deployment.plus(Duration.ofDays(60)));
    }
  }

  /** A copy of the seeded framework, so that a test freezing it freezes nothing shared. */
  public static long frameworkCopy() {
    return api().body(Map.of("name", "测试培育标准")).post("/api/v1/frameworks/1/copies")
        .then().statusCode(201).extract().jsonPath().getLong("id");
  }

  public static Map<String, Object> body(int year, long frameworkId, Schedule schedule) {
    return body(year, frameworkId, schedule.from(Instant.now()));
  }

  public static Map<String, Object> body(int year, long frameworkId, Ends ends) {
    OffsetDateTime start = shanghai(ends.deployment()).minusDays(130);
    OffsetDateTime later = shanghai(ends.implementation()).plusDays(30);
    List<Map<String, Object>> phases = new ArrayList<>();
    phases.add(phase("DEPLOYMENT", start, shanghai(ends.deployment())));
    phases.add(phase("IMPLEMENTATION", start, shanghai(ends.implementation())));
    phases.add(phase("PROVINCIAL_SELECTION", start, shanghai(ends.provincialSelection())));
    phases.add(phase("ASSESSMENT", later, later.plusDays(30)));
    phases.add(phase("CLOSING", later.plusDays(31), later.plusDays(40)));
    Map<String, Object> body = new HashMap<>();
    body.put("year", year);
    body.put("name", year + "年度就业富民乡村振兴基地培育（测试）");
    body.put("frameworkId", frameworkId);
    body.put("quotaCountyLevel", 2);
    body.put("quotaFunctionalZone", 1);
    body.put("phases", phases);
    return body;
  }

  private static OffsetDateTime shanghai(Instant instant) {
    return instant.atOffset(ZoneOffset.ofHours(8)).withNano(0);
  }

  private static Map<String, Object> phase(String code, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    return Map.of("code", code, "startsAt", iso(startsAt), "endsAt", iso(endsAt));
  }

  /** ISO-8601 with seconds and offset, as the contract's date-time wants. */
  public static String iso(OffsetDateTime time) {
    return time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
  }

  /** A new round in DRAFT on its own framework copy, in a year no other test uses. */
  public static long draft(Schedule schedule) {
    return draft(schedule.from(Instant.now()));
  }

  public static long draft(Ends ends) {
    long framework = frameworkCopy();
    while (true) {
      Response response = api().body(body(NEXT_YEAR.getAndIncrement(), framework, ends)).post("/api/v1/rounds");
      if (response.statusCode() != 409) {
        return response.then().statusCode(201).extract().jsonPath().getLong("id");
      }
    }
  }

  /** A new OPEN round. */
  public static long open(Schedule schedule) {
    return open(schedule.from(Instant.now()));
  }

  public static long open(Ends ends) {
    long round = draft(ends);
    api().post("/api/v1/rounds/" + round + "/open").then().statusCode(200);
    return round;
  }

  public static long open() {
    return open(Schedule.RUNNING);
  }

  /** A district admin of the place's district nominates its township. */
  public static long nominate(long round, Users.Login districtAdmin, long townshipId) {
    return Api.as(districtAdmin).body(Map.of("townshipId", townshipId)).post("/api/v1/rounds/" + round + "/nominations")
        .then().statusCode(201).extract().jsonPath().getLong("id");
  }

  /** A complete plan (content, responsible person, two milestones), saved as the next revision. */
  public static Response savePlan(Users.Login who, long nomination) {
    String etag = Api.as(who).get("/api/v1/nominations/" + nomination + "/plan").header("ETag");
    return Api.as(who).header("If-Match", etag).body(plan("## 建设内容\n建设零工市场。", "2026-12-31"))
        .put("/api/v1/nominations/" + nomination + "/plan");
  }

  public static Map<String, Object> plan(String content, String firstDue) {
    return Map.of("content", content, "responsiblePerson", "张三", "contactPhone", "0514-87654321",
        "milestones", List.of(
            Map.of("dueOn", firstDue, "deliverable", "建成零工市场", "status", "IN_PROGRESS"),
            Map.of("dueOn", "2027-06-30", "deliverable", "完成培训 200 人次", "status", "PLANNED", "completionNote", "")));
  }

  /**
   * A complete plan written and submitted by {@code writer} and approved by {@code approver}, who
   * must be another person (whoever wrote a plan may not approve it): the nomination is IN_PROGRESS.
   */
  public static void approvedPlan(Users.Login writer, Users.Login approver, long nomination) {
    savePlan(writer, nomination).then().statusCode(200);
    act(writer, nomination, "submit-plan").then().statusCode(200);
    act(approver, nomination, "approve-plan").then().statusCode(200);
  }

  /** Posts a nomination action (e.g. {@code submit-plan}) as this user. */
  public static Response act(Users.Login who, long nomination, String action) {
    var request = Api.as(who);
    if (List.of("return-plan", "return-plan-change", "withdraw").contains(action)) {
      request = request.body(Map.of("reason", REASON));
    }
    return request.post("/api/v1/nominations/" + nomination + "/" + action);
  }
}
