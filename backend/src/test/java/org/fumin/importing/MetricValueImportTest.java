package org.fumin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.Test;

/** The metric-values import: evidence metric values by township, indicator and metric code. */
@QuarkusTest
class MetricValueImportTest {

  private static final String HEADER = "乡镇代码,指标代码,监测项,数值,年度\n";

  /** A township nominated into an open round, its plan approved (IN_PROGRESS), with its operator. */
  record Nominated(int year, Place place, Login operator, long nomination) {

    String item(String code) {
      return "/api/v1/nominations/" + nomination + "/evidence/" + code;
    }

    String row(String indicator, String metric, String value) {
      return place.townshipCode() + "," + indicator + "," + metric + "," + value + "," + year + "\n";
    }
  }

  private static Nominated inProgress(long round) {
    int year = api().get("/api/v1/rounds/" + round).jsonPath().getInt("year");
    Place place = Fixtures.place();
    Login district = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    long nomination = Rounds.nominate(round, district, place.townshipId());
    Rounds.approvedPlan(operator, district, nomination);
    return new Nominated(year, place, operator, nomination);
  }

  private static RequestSpecification csv(RequestSpecification as, String text) {
    return as.contentType("text/csv; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Integer> problem(Response answer, String code, String column) {
    return answer.jsonPath().setRootPath("report")
        .getList("errors.find { it.code == '" + code + "' && it.column == '" + column + "' }.rows", Integer.class);
  }

  private static Map<String, Object> narrative(String text, List<Map<String, Object>> metricValues) {
    return Map.of("selfAssessment", "MET", "narrative", text, "metricValues", metricValues);
  }

  @Test
  void aPensionRateOf949IsStoredAsANewDraftRevisionAndShownAsNotMet() {
    Nominated n = inProgress(Rounds.open());
    Api.as(n.operator()).header("If-Match", "\"0\"").body(narrative("全民参保计划已实施", List.of())).put(n.item("15"))
        .then().statusCode(200);

    csv(api(), HEADER + n.row("15", "1", "94.9")).queryParam("fileName", "参保率.csv").post("/api/v1/imports/metric-values")
        .then().statusCode(200).body("kind", equalTo("metric-values")).body("state", equalTo("SUCCEEDED"))
        .body("created", equalTo(1));

    Api.as(n.operator()).get(n.item("15")).then().statusCode(200)
        .body("state", equalTo("DRAFT")).body("revision", equalTo(2))
        .body("narrative", equalTo("全民参保计划已实施")).body("selfAssessment", equalTo("MET"))
        .body("metrics[0].value", equalTo(94.9f)).body("metrics[0].meetsThreshold", equalTo(false))
        .body("savedBy", equalTo(Users.ADMIN));
    api().get("/api/v1/audit-events?size=100&entityType=NOMINATION&entityId=" + n.nomination()).then().statusCode(200)
        .body("items.action", hasItem("EVIDENCE_SAVED"));
  }

  @Test
  void badValuesAreReportedOnTheirRowsAndNothingIsWritten() {
    long round = Rounds.open();
    Nominated n = inProgress(round);
    Place notNominated = Fixtures.place();
    String file = HEADER
        + n.row("15", "1", "96")                                       // row 2: fine, but the import is rejected
        + n.row("15", "1", "100.5").replace(",15,", ",16,")            // row 3: indicator 16 has no metric 1
        + n.row("1", "基本养老保险参保率", "95")                          // row 4: unknown metric (indicator 1 has none)
        + n.row("99", "1", "95")                                       // row 5: unknown indicator
        + n.row("15", "1", "abc")                                      // row 6: not a number
        + n.row("15", "1", "95.125")                                   // row 7: too many decimals for a percentage
        + notNominated.townshipCode() + ",15,1,95," + n.year() + "\n"  // row 8: not nominated in the round
        + n.row("15", "基本养老保险参保率", "97")                          // row 9: the same metric again (row 2)
        + n.row("15", "1", "101%");                                    // row 10: out of range
    Response answer = csv(api(), file).header("Accept-Language", "en").post("/api/v1/imports/metric-values");
    answer.then().statusCode(422).body("report.state", equalTo("REJECTED")).body("report.rejected", equalTo(8));
    JsonPath report = answer.jsonPath().setRootPath("report");
    assertThat(report.getList("errors.findAll { it.code == 'unknown-metric' }.rows.flatten()", Integer.class))
        .containsExactlyInAnyOrder(3, 4);
    assertThat(problem(answer, "unknown-indicator", "indicatorCode")).containsExactly(5);
    assertThat(problem(answer, "invalid-format", "value")).containsExactly(6);
    assertThat(problem(answer, "not-nominated", "townshipCode")).containsExactly(8);
    assertThat(problem(answer, "duplicate-in-file", "metric")).containsExactly(9);
    assertThat(report.getList("errors.findAll { it.code == 'invalid-metric-value' }.rows.flatten()", Integer.class))
        .containsExactlyInAnyOrder(7, 10);
    assertThat(report.getList("errors.findAll { it.code == 'invalid-metric-value' }.message", String.class))
        .contains("the value does not fit the metric: a percentage has at most two decimals",
            "the value does not fit the metric: a percentage must lie between 0 and 100");

    Api.as(n.operator()).get(n.item("15")).then().statusCode(200).body("revision", equalTo(0));
  }

  @Test
  void submittedEvidenceIsRefusedOnItsRowAndUpsertUpdatesADraftValue() {
    long round = Rounds.open();
    Nominated submitted = inProgress(round);
    Nominated draft = inProgress(round);
    Api.as(submitted.operator()).header("If-Match", "\"0\"")
        .body(narrative("已提交", List.of(Map.of("metricId", 1, "value", 96)))).put(submitted.item("15")).then().statusCode(200);
    Api.as(submitted.operator()).header("If-Match", "\"1\"").post(submitted.item("15") + "/submit").then().statusCode(200);

    Response locked = csv(api(), HEADER + draft.row("15", "1", "95") + submitted.row("15", "1", "90"))
        .post("/api/v1/imports/metric-values");
    locked.then().statusCode(422);
    assertThat(problem(locked, "evidence-locked", "indicatorCode")).containsExactly(3);
    assertThat(locked.jsonPath().getString("report.errors.find { it.code == 'evidence-locked' }.message")).contains("已提交");
    Api.as(submitted.operator()).get(submitted.item("15")).then().body("revision", equalTo(1)).body("metrics[0].value", equalTo(96));

    csv(api(), HEADER + draft.row("15", "1", "95")).post("/api/v1/imports/metric-values").then().statusCode(200)
        .body("created", equalTo(1));
    Response exists = csv(api(), HEADER + draft.row("15", "1", "94.5")).post("/api/v1/imports/metric-values");
    exists.then().statusCode(422);
    assertThat(problem(exists, "exists", "metric")).containsExactly(2);
    csv(api(), HEADER + draft.row("15", "1", "94.5")).queryParam("mode", "UPSERT").post("/api/v1/imports/metric-values")
        .then().statusCode(200).body("updated", equalTo(1)).body("created", equalTo(0));
    csv(api(), HEADER + draft.row("15", "1", "94.50")).queryParam("mode", "UPSERT").post("/api/v1/imports/metric-values")
        .then().statusCode(200).body("unchanged", equalTo(1)).body("updated", equalTo(0));
    Api.as(draft.operator()).get(draft.item("15")).then().body("revision", equalTo(2))
        .body("metrics[0].value", equalTo(94.5f)).body("metrics[0].meetsThreshold", equalTo(false));
  }

  @Test
  void aDryRunCountsWhatItWouldWriteAndWritesNothing() {
    Nominated n = inProgress(Rounds.open());
    csv(api(), HEADER + n.row("15", "1", "95")).queryParam("dryRun", true).post("/api/v1/imports/metric-values")
        .then().statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(1));
    Api.as(n.operator()).get(n.item("15")).then().body("revision", equalTo(0));
  }

  @Test
  void importKeysOfADistrictWriteOnlyItsTownshipsAndDistrictAdminsMayNotImportValues() {
    long round = Rounds.open();
    Nominated own = inProgress(round);
    Nominated foreign = inProgress(round);
    String key = Fixtures.apiKey(own.place().districtId(), "import");
    csv(Api.withKey(key), HEADER + own.row("15", "1", "98")).post("/api/v1/imports/metric-values").then().statusCode(200)
        .body("created", equalTo(1));
    Response outside = csv(Api.withKey(key), HEADER + foreign.row("15", "1", "98")).post("/api/v1/imports/metric-values");
    outside.then().statusCode(422);
    assertThat(problem(outside, "unknown-township", "townshipCode")).containsExactly(2);

    Login districtAdmin = Users.create(Role.DISTRICT_ADMIN, own.place().districtId(), null);
    csv(Api.as(districtAdmin), HEADER + own.row("15", "1", "97")).post("/api/v1/imports/metric-values").then().statusCode(403);
    String readKey = Fixtures.apiKey(null, "read");
    csv(Api.withKey(readKey), HEADER + own.row("15", "1", "97")).post("/api/v1/imports/metric-values").then().statusCode(403);
    Api.as(own.operator()).get(own.item("15")).then().body("revision", equalTo(1)).body("metrics[0].value", equalTo(98));
  }

  @Test
  void theTemplateNamesTheColumnsInChineseAndEnglish() {
    String template = api().accept("text/csv").queryParam("format", "csv").get("/api/v1/imports/metric-values/template")
        .then().statusCode(200).extract().asString();
    assertThat(template).startsWith("\uFEFF乡镇代码/townshipCode,指标代码/indicatorCode,监测项/metric,数值/value,年度/roundYear\r\n");
  }
}
