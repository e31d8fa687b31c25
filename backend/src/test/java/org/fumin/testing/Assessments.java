package org.fumin.testing;

import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Users.Login;

/** Nominations brought to the year-end acceptance: evidence accepted, submitted for assessment, judged, published. */
public final class Assessments {

  public static final String NAMING_DOCUMENT = "扬人社发〔2023〕88号";

  private Assessments() {}

  /** A nomination with its township operator and district admin. */
  public record Candidate(long round, Place place, Login operator, Login district, long nomination) {

    public String evidence(String code) {
      return "/api/v1/nominations/" + nomination + "/evidence/" + code;
    }

    public String judgements(String code) {
      return "/api/v1/nominations/" + nomination + "/assessment/" + code + "/judgements";
    }

    public String verdict() {
      return "/api/v1/nominations/" + nomination + "/verdict";
    }
  }

  /** Today in Asia/Shanghai (by the test's own clock, as the server's unless a test moved it). */
  public static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  /**
   * A nomination in the (open) round, every standard indicator's evidence saved, submitted, approved
   * by the district and accepted by the city (indicator 15 with this pension rate, null: none given),
   * bonus items B1 with a commendation when {@code commendation}; optionally a provincial candidate;
   * then submitted for assessment.
   */
  public static Candidate submitted(long round, Number pensionRate, boolean commendation, boolean provincial) {
    return submitted(round, Fixtures.place(), pensionRate, commendation, provincial);
  }

  public static Candidate submitted(long round, Place place, Number pensionRate, boolean commendation, boolean provincial) {
    Login district = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    long n = Rounds.nominate(round, district, place.townshipId());
    Rounds.savePlan(operator, n).then().statusCode(200);
    Rounds.act(operator, n, "submit-plan").then().statusCode(200);
    Rounds.act(district, n, "approve-plan").then().statusCode(200);
    Candidate c = new Candidate(round, place, operator, district, n);
    List<Map<String, Object>> items = new ArrayList<>();
    for (int code = 1; code <= 17; code++) {
      Map<String, Object> body = new HashMap<>();
      body.put("selfAssessment", "MET");
      body.put("statement", "已完成");
      body.put("narrative", "指标" + code + "的佐证");
      if (code == 15 && pensionRate != null) {
        body.put("metricValues", List.of(Map.of("metricId", 1, "value", pensionRate)));
      }
      Api.as(operator).header("If-Match", "\"0\"").body(body).put(c.evidence(String.valueOf(code))).then().statusCode(200);
      items.add(Map.of("nominationId", n, "indicatorCode", String.valueOf(code), "revision", 1));
    }
    if (commendation) {
      Api.as(operator).header("If-Match", "\"0\"").body(Map.of("bonus", Map.of("entries", List.of(Map.of("type", "COMMENDATION",
          "title", "省级表彰", "issuingBody", "江苏省人力资源和社会保障厅", "documentNumber", "苏人社发〔2023〕12号",
          "level", "PROVINCIAL"))))).put(c.evidence("B1")).then().statusCode(200);
      items.add(Map.of("nominationId", n, "indicatorCode", "B1", "revision", 1));
    }
    Api.as(operator).post("/api/v1/nominations/" + n + "/evidence/submit").then().statusCode(200);
    Api.as(district).body(Map.of("action", "APPROVE", "items", items)).post("/api/v1/evidence/review").then().statusCode(200);
    Api.as(assessor).body(Map.of("action", "ACCEPT", "items", items)).post("/api/v1/evidence/review").then().statusCode(200);
    if (provincial) {
      Rounds.act(district, n, "select-provincial").then().statusCode(200);
    }
    Rounds.act(district, n, "submit-for-assessment").then().statusCode(200).body("state", equalTo("SUBMITTED_FOR_ASSESSMENT"));
    return c;
  }

  /** Moves the round into its assessment phase. */
  public static void startAssessment(long round) {
    api().post("/api/v1/rounds/" + round + "/start-assessment").then().statusCode(200);
  }

  /** The assessor judges every standard indicator MET (the suggestion when all is accepted and met). */
  public static void judgeAllMet(Login assessor, Candidate c) {
    judgeMet(assessor, c, 1, 17);
  }

  /** The assessor judges standard indicators {@code from..to} MET. */
  public static void judgeMet(Login assessor, Candidate c, int from, int to) {
    for (int code = from; code <= to; code++) {
      Api.as(assessor).body(Map.of("outcome", "MET")).post(c.judgements(String.valueOf(code))).then().statusCode(201);
    }
  }

  /** The city admin confirms NAMED under the naming document, dated today. */
  public static void confirmNamed(Candidate c) {
    api().body(Map.of("decision", "NAMED", "documentNumber", NAMING_DOCUMENT, "documentDate", today().toString()))
        .put(c.verdict()).then().statusCode(200);
  }

  /** A nomination judged, confirmed NAMED and published, in a round of its own moved to assessment. */
  public static Candidate published(Login assessor, boolean provincial) {
    long round = Rounds.open();
    Candidate c = submitted(round, 95.0, false, provincial);
    startAssessment(round);
    judgeAllMet(assessor, c);
    confirmNamed(c);
    api().body(Map.of()).post("/api/v1/rounds/" + round + "/verdicts/publish").then().statusCode(200);
    return c;
  }
}
