package org.fumin.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.fumin.testing.Api;
import org.fumin.testing.Contract;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.Test;

/**
 * Every contract operation x every caller (each role, district- and city-wide viewers, API keys of
 * each scope) x own and foreign objects. The expected outcome comes from one table: the contract's
 * {@code x-fumin-access} (roles, key scope, data scope). An operation in the contract without a
 * request below fails this test, so no endpoint escapes it.
 */
@QuarkusTest
class AccessMatrixTest {

  /** How to call one operation on an object in the given place; the request is made by {@code as}. */
  interface Call {
    Response send(RequestSpecification as, Place place);
  }

  private static final Map<String, Call> CALLS = new LinkedHashMap<>();
  /** Operations whose 409 (state, deadline) means the call got past access control to the domain's rules. */
  private static final Set<String> STATEFUL = Set.of("openRound", "startRoundAssessment", "closeRound", "submitPlan",
      "approvePlan", "returnPlan", "submitForAssessment", "withdrawNomination",
      "selectProvincialCandidate", "deselectProvincialCandidate", "savePlan",
      "submitPlanChange", "approvePlanChange", "returnPlanChange",
      "saveEvidence", "submitEvidence", "approveEvidence", "acceptEvidence", "returnEvidence", "submitAllEvidence",
      "reviewEvidence",
      "uploadEvidenceAttachment", "removeAttachment",
      "saveCase", "submitCase", "returnCase", "publishCase", "withdrawCase", "uploadCaseAttachment", "removeCaseAttachment",
      "recordJudgement", "confirmVerdict", "correctVerdict", "publishVerdicts", "revokeTitle", "moveRankingCandidate",
      "confirmProvincialRanking",
      "getAssessment", "getJudgementHistory");
  private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(100);
  private static Place own;
  private static Place foreign;

  static {
    CALLS.put("listDistricts", (as, p) -> as.queryParam("q", p.districtCode()).get("/api/v1/districts"));
    CALLS.put("getDistrict", (as, p) -> as.get("/api/v1/districts/" + p.districtId()));
    CALLS.put("getDistrictByCode", (as, p) -> as.get("/api/v1/districts/by-code/" + p.districtCode()));
    CALLS.put("createDistrict", (as, p) -> as.body(Map.of("code", String.valueOf(880000 + SEQUENCE.incrementAndGet()),
        "name", "矩阵区" + System.nanoTime(), "kind", "FUNCTIONAL_ZONE")).post("/api/v1/districts"));
    CALLS.put("updateDistrict", (as, p) -> {
      Response current = api().get("/api/v1/districts/" + p.districtId());
      return as.header("If-Match", current.header("ETag")).body(Map.of("code", p.districtCode(),
          "name", current.jsonPath().getString("name"), "kind", "COUNTY_LEVEL")).put("/api/v1/districts/" + p.districtId());
    });
    CALLS.put("deleteDistrict", (as, p) -> as.delete("/api/v1/districts/" + api().body(Map.of(
        "code", String.valueOf(880000 + SEQUENCE.incrementAndGet()), "name", "待删区" + System.nanoTime(), "kind", "COUNTY_LEVEL"))
        .post("/api/v1/districts").jsonPath().getLong("id")));
    CALLS.put("listTownships", (as, p) -> as.queryParam("districtId", p.districtId()).get("/api/v1/townships"));
    CALLS.put("getTownship", (as, p) -> as.get("/api/v1/townships/" + p.townshipId()));
    CALLS.put("getTownshipByCode", (as, p) -> as.get("/api/v1/townships/by-code/" + p.townshipCode()));
    CALLS.put("createTownship", (as, p) -> as.body(Map.of("code", p.districtCode() + String.format("%03d", SEQUENCE.incrementAndGet()),
        "name", "矩阵镇" + System.nanoTime(), "districtId", p.districtId())).post("/api/v1/townships"));
    CALLS.put("updateTownship", (as, p) -> {
      Response current = api().get("/api/v1/townships/" + p.townshipId());
      return as.header("If-Match", current.header("ETag")).body(Map.of("code", p.townshipCode(),
          "name", current.jsonPath().getString("name"), "districtId", p.districtId())).put("/api/v1/townships/" + p.townshipId());
    });
    CALLS.put("deleteTownship", (as, p) -> {
      long id = api().body(Map.of("code", p.districtCode() + String.format("%03d", SEQUENCE.incrementAndGet()),
          "name", "待删镇" + System.nanoTime(), "districtId", p.districtId())).post("/api/v1/townships").jsonPath().getLong("id");
      return as.delete("/api/v1/townships/" + id);
    });
    CALLS.put("logout", (as, p) -> as.post("/api/v1/auth/logout"));
    CALLS.put("getMe", (as, p) -> as.get("/api/v1/auth/me"));
    CALLS.put("changePassword", (as, p) -> as.body(Map.of("currentPassword", "not-the-password", "newPassword", "x"))
        .post("/api/v1/auth/password"));
    CALLS.put("listMySessions", (as, p) -> as.get("/api/v1/auth/sessions"));
    CALLS.put("endMySession", (as, p) -> as.delete("/api/v1/auth/sessions/999999999"));
    CALLS.put("listUsers", (as, p) -> as.get("/api/v1/users"));
    CALLS.put("createUser", (as, p) -> as.body(Map.of("username", "matrix-" + System.nanoTime(), "displayName", "矩阵",
        "role", "VIEWER")).post("/api/v1/users"));
    CALLS.put("getUser", (as, p) -> as.get("/api/v1/users/" + Users.admin().userId()));
    CALLS.put("updateUser", (as, p) -> {
      long id = matrixUser();
      return as.header("If-Match", "\"0\"").body(Map.of("displayName", "改名", "role", "VIEWER")).put("/api/v1/users/" + id);
    });
    CALLS.put("disableUser", (as, p) -> as.post("/api/v1/users/" + matrixUser() + "/disable"));
    CALLS.put("enableUser", (as, p) -> as.post("/api/v1/users/" + matrixUser() + "/enable"));
    CALLS.put("unlockUser", (as, p) -> as.post("/api/v1/users/" + matrixUser() + "/unlock"));
    CALLS.put("resetUserPassword", (as, p) -> as.post("/api/v1/users/" + matrixUser() + "/reset-password"));
    CALLS.put("listApiKeys", (as, p) -> as.get("/api/v1/api-keys"));
    CALLS.put("createApiKey", (as, p) -> as.body(Map.of("name", "矩阵密钥" + System.nanoTime(), "ownerSystem", "matrix",
        "scopes", List.of("read"))).post("/api/v1/api-keys"));
    CALLS.put("getApiKey", (as, p) -> as.get("/api/v1/api-keys/" + matrixKey()));
    CALLS.put("revokeApiKey", (as, p) -> as.post("/api/v1/api-keys/" + matrixKey() + "/revoke"));
    CALLS.put("rotateApiKey", (as, p) -> as.post("/api/v1/api-keys/" + matrixKey() + "/rotate"));
    CALLS.put("listAuditEvents", (as, p) -> as.get("/api/v1/audit-events"));
    CALLS.put("listFrameworks", (as, p) -> as.get("/api/v1/frameworks"));
    CALLS.put("getFramework", (as, p) -> as.get("/api/v1/frameworks/1"));
    CALLS.put("copyFramework", (as, p) -> as.body(Map.of("name", "矩阵标准")).post("/api/v1/frameworks/1/copies"));
    CALLS.put("updateIndicator", (as, p) -> {
      Response current = api().get("/api/v1/frameworks/" + rounds().framework());
      long indicator = current.jsonPath().getLong("categories[0].indicators[0].id");
      return as.header("If-Match", current.header("ETag")).body(Map.of("titleZh", "压实乡村振兴工作责任", "textZh", "矩阵",
          "glossEn", "matrix", "criteria", List.of("矩阵"), "metrics", List.of()))
          .put("/api/v1/frameworks/" + rounds().framework() + "/indicators/" + indicator);
    });
    CALLS.put("listRounds", (as, p) -> as.get("/api/v1/rounds"));
    CALLS.put("createRound", (as, p) -> as.body(Rounds.body(2099, 1, Rounds.Schedule.RUNNING)).post("/api/v1/rounds"));
    CALLS.put("getRound", (as, p) -> as.get("/api/v1/rounds/" + rounds().open()));
    CALLS.put("updateRound", (as, p) -> {
      Response current = api().get("/api/v1/rounds/" + rounds().open());
      return as.header("If-Match", current.header("ETag"))
          .body(Rounds.body(current.jsonPath().getInt("year"), current.jsonPath().getLong("frameworkId"), Rounds.Schedule.RUNNING))
          .put("/api/v1/rounds/" + rounds().open());
    });
    CALLS.put("openRound", (as, p) -> as.post("/api/v1/rounds/" + rounds().states() + "/open"));
    CALLS.put("startRoundAssessment", (as, p) -> as.post("/api/v1/rounds/" + rounds().states() + "/start-assessment"));
    CALLS.put("closeRound", (as, p) -> as.post("/api/v1/rounds/" + rounds().states() + "/close"));
    CALLS.put("getRoundFramework", (as, p) -> as.get("/api/v1/rounds/" + rounds().open() + "/indicators"));
    CALLS.put("listRoundDistricts", (as, p) -> as.get("/api/v1/rounds/" + rounds().open() + "/districts"));
    CALLS.put("setDistrictQuota", (as, p) -> as.header("If-Match", api().get("/api/v1/rounds/" + rounds().open()).header("ETag"))
        .body(Map.of("quota", 5)).put("/api/v1/rounds/" + rounds().open() + "/districts/" + p.districtId() + "/quota"));
    CALLS.put("listReopenings", (as, p) -> as.get("/api/v1/rounds/" + rounds().open() + "/reopenings"));
    CALLS.put("createReopening", (as, p) -> as.body(Map.of("townshipId", p.townshipId(), "phase", "IMPLEMENTATION",
        "until", Rounds.iso(java.time.OffsetDateTime.now().plusDays(200)), "reason", "矩阵")).post("/api/v1/rounds/" + rounds().open() + "/reopenings"));
    CALLS.put("createNomination", (as, p) -> {
      long township = api().body(Map.of("code", p.districtCode() + String.format("%03d", SEQUENCE.incrementAndGet()),
          "name", "提名镇" + System.nanoTime(), "districtId", p.districtId())).post("/api/v1/townships").jsonPath().getLong("id");
      return as.body(Map.of("townshipId", township)).post("/api/v1/rounds/" + rounds().open() + "/nominations");
    });
    CALLS.put("listNominations", (as, p) -> as.queryParam("q", p.townshipCode()).get("/api/v1/nominations"));
    CALLS.put("getNominationStatistics", (as, p) -> as.queryParam("districtId", p.districtId()).get("/api/v1/statistics/nominations"));
    CALLS.put("getRoundDashboard", (as, p) -> as.queryParam("districtId", p.districtId())
        .get("/api/v1/statistics/rounds/" + rounds().open() + "/dashboard"));
    CALLS.put("getNomination", (as, p) -> as.get("/api/v1/nominations/" + rounds().nomination(p)));
    for (String action : List.of("submitPlan:submit-plan", "approvePlan:approve-plan", "returnPlan:return-plan",
        "submitForAssessment:submit-for-assessment", "withdrawNomination:withdraw",
        "selectProvincialCandidate:select-provincial", "deselectProvincialCandidate:deselect-provincial",
        "submitPlanChange:submit-plan-change", "approvePlanChange:approve-plan-change", "returnPlanChange:return-plan-change")) {
      String[] parts = action.split(":");
      CALLS.put(parts[0], (as, p) -> (List.of("return-plan", "return-plan-change", "withdraw").contains(parts[1])
          ? as.body(Map.of("reason", "矩阵")) : as).post("/api/v1/nominations/" + rounds().nomination(p) + "/" + parts[1]));
    }
    // a read key sees only a plan submitted for review: read the approved plan of the evidence nomination
    CALLS.put("getPlan", (as, p) -> as.get("/api/v1/nominations/" + evidenceNomination(p) + "/plan"));
    CALLS.put("savePlan", (as, p) -> {
      String etag = api().get("/api/v1/nominations/" + rounds().nomination(p) + "/plan").header("ETag");
      return as.header("If-Match", etag).body(Rounds.plan("矩阵", "2027-01-31")).put("/api/v1/nominations/" + rounds().nomination(p) + "/plan");
    });
    CALLS.put("listPlanRevisions", (as, p) -> as.get("/api/v1/nominations/" + rounds().nomination(p) + "/plan/revisions"));
    CALLS.put("getPlanRevision", (as, p) -> as.get("/api/v1/nominations/" + evidenceNomination(p) + "/plan/revisions/1"));
    CALLS.put("listEvidenceAttachments", (as, p) -> as.get(attachmentsOf(p, "1")));
    CALLS.put("uploadEvidenceAttachment", (as, p) -> uploadPdf(as, p));
    CALLS.put("getAttachment", (as, p) -> as.get("/api/v1/attachments/" + submittedAttachment(p)));
    CALLS.put("downloadAttachment", (as, p) -> as.accept("*/*").get("/api/v1/attachments/" + submittedAttachment(p) + "/content"));
    CALLS.put("removeAttachment", (as, p) -> as.delete("/api/v1/attachments/" + matrixAttachment(p)));
    CALLS.put("createImport", (as, p) -> as.contentType("text/csv").accept("application/json, application/problem+json")
        .queryParam("dryRun", true).body("code,name,districtCode\n" + p.districtCode() + String.format("%03d", SEQUENCE.incrementAndGet())
            + ",矩阵导入镇," + p.districtCode() + "\n").post("/api/v1/imports/townships"));
    CALLS.put("getImportTemplate", (as, p) -> as.accept("text/csv, application/problem+json").queryParam("format", "csv")
        .get("/api/v1/imports/townships/template"));
    CALLS.put("listImportJobs", (as, p) -> as.get("/api/v1/import-jobs"));
    CALLS.put("getImportJob", (as, p) -> as.get("/api/v1/import-jobs/999999999"));
    CALLS.put("getImportReport", (as, p) -> as.accept("text/csv, application/problem+json").get("/api/v1/import-jobs/999999999/report"));
    CALLS.put("exportRecords", (as, p) -> as.accept("text/csv, application/problem+json").queryParam("districtCode", p.districtCode())
        .get("/api/v1/exports/townships"));
    CALLS.put("listNotifications", (as, p) -> as.get("/api/v1/notifications"));
    // evidence: on nominations in progress of their own round, each with indicator 1 submitted (what a key may read)
    CALLS.put("listNominationEvidence", (as, p) -> as.get(evidencePath(p)));
    CALLS.put("getEvidence", (as, p) -> as.get(evidencePath(p) + "/1"));
    CALLS.put("saveEvidence", (as, p) -> as.header("If-Match", api().get(evidencePath(p) + "/2").header("ETag"))
        .body(Map.of("narrative", "矩阵")).put(evidencePath(p) + "/2"));
    CALLS.put("listEvidenceRevisions", (as, p) -> as.get(evidencePath(p) + "/1/revisions"));
    CALLS.put("getEvidenceRevision", (as, p) -> as.get(evidencePath(p) + "/1/revisions/1"));
    CALLS.put("submitEvidence", (as, p) -> as.header("If-Match", "\"0\"").post(evidencePath(p) + "/3/submit"));
    CALLS.put("approveEvidence", (as, p) -> as.header("If-Match", "\"0\"").post(evidencePath(p) + "/4/approve"));
    CALLS.put("acceptEvidence", (as, p) -> as.header("If-Match", "\"0\"").post(evidencePath(p) + "/4/accept"));
    CALLS.put("returnEvidence", (as, p) -> as.header("If-Match", "\"0\"").body(Map.of("reason", "矩阵"))
        .post(evidencePath(p) + "/4/return"));
    CALLS.put("submitAllEvidence", (as, p) -> as.post(evidencePath(p) + "/submit"));
    CALLS.put("listEvidence", (as, p) -> as.queryParam("townshipId", p.townshipId()).get("/api/v1/evidence"));
    CALLS.put("reviewEvidence", (as, p) -> as.body(Map.of("action", "APPROVE", "items", List.of(
        Map.of("nominationId", evidenceNomination(p), "indicatorCode", "4", "revision", 1)))).post("/api/v1/evidence/review"));
    CALLS.put("getEvidenceCompleteness", (as, p) -> as.queryParam("roundId", evidenceRound())
        .queryParam("districtId", p.districtId()).get("/api/v1/evidence/completeness"));
    CALLS.put("markNotificationRead", (as, p) -> as.post("/api/v1/notifications/999999999/read"));
    CALLS.put("markAllNotificationsRead", (as, p) -> as.post("/api/v1/notifications/read-all"));
    // typical cases: each place has a published case with a photo, a submitted case and a draft (see MatrixCases)
    CALLS.put("listCases", (as, p) -> as.queryParam("districtId", p.districtId()).get("/api/v1/cases"));
    CALLS.put("createCase", (as, p) -> as.body(Map.of("townshipId", p.townshipId(), "title", "矩阵案例")).post("/api/v1/cases"));
    CALLS.put("getCase", (as, p) -> as.get("/api/v1/cases/" + cases(p).published()));
    CALLS.put("saveCase", (as, p) -> as.header("If-Match", Api.as(cases(p).admin()).get("/api/v1/cases/" + cases(p).draft()).header("ETag"))
        .body(Map.of("townshipId", p.townshipId(), "title", "矩阵草稿")).put("/api/v1/cases/" + cases(p).draft()));
    // review actions on cases whose state refuses them (409 = past access control), so the fixtures stay as they are
    CALLS.put("submitCase", (as, p) -> as.post("/api/v1/cases/" + cases(p).published() + "/submit"));
    CALLS.put("returnCase", (as, p) -> as.body(Map.of("reason", "矩阵")).post("/api/v1/cases/" + cases(p).published() + "/return"));
    CALLS.put("publishCase", (as, p) -> as.post("/api/v1/cases/" + cases(p).published() + "/publish"));
    CALLS.put("withdrawCase", (as, p) -> as.body(Map.of("reason", "矩阵")).post("/api/v1/cases/" + cases(p).submitted() + "/withdraw"));
    CALLS.put("listCaseAttachments", (as, p) -> as.get("/api/v1/cases/" + cases(p).published() + "/attachments"));
    CALLS.put("uploadCaseAttachment", (as, p) -> org.fumin.testing.Cases.upload(as, cases(p).draft(), "矩阵.png",
        org.fumin.testing.Cases.png("matrix-" + System.nanoTime())));
    CALLS.put("removeCaseAttachment", (as, p) -> as.delete("/api/v1/cases/" + cases(p).draft() + "/attachments/"
        + org.fumin.testing.Cases.upload(Api.as(cases(p).admin()), cases(p).draft(), "矩阵.png",
            org.fumin.testing.Cases.png("matrix-" + System.nanoTime())).then().statusCode(201).extract().jsonPath().getLong("id")));
    CALLS.put("downloadCaseAttachment", (as, p) -> as.accept("*/*")
        .get("/api/v1/cases/" + cases(p).published() + "/attachments/" + cases(p).photo() + "/content"));
    // year-end acceptance: judging and confirming refused by state on the evidence round's nominations (in progress);
    // reads, titles and the ranking on a round where both places were named and published
    CALLS.put("getAssessment", (as, p) -> as.get("/api/v1/nominations/" + evidenceNomination(p) + "/assessment"));
    CALLS.put("getJudgementHistory", (as, p) -> as.get("/api/v1/nominations/" + evidenceNomination(p) + "/assessment/1/judgements"));
    CALLS.put("recordJudgement", (as, p) -> as.body(Map.of("outcome", "MET"))
        .post("/api/v1/nominations/" + evidenceNomination(p) + "/assessment/1/judgements"));
    CALLS.put("getVerdict", (as, p) -> as.get("/api/v1/nominations/" + publishedNomination(p) + "/verdict"));
    CALLS.put("confirmVerdict", (as, p) -> as.body(Map.of("decision", "NOT_NAMED", "justification", "矩阵"))
        .put("/api/v1/nominations/" + evidenceNomination(p) + "/verdict"));
    CALLS.put("correctVerdict", (as, p) -> as.header("If-Match", "\"1\"").body(Map.of("decision", "NAMED", "reason", "矩阵",
        "documentNumber", "扬人社发〔2023〕1号", "documentDate", "2023-01-01"))
        .post("/api/v1/nominations/" + evidenceNomination(p) + "/verdict/corrections"));
    CALLS.put("listRoundVerdicts", (as, p) -> as.queryParam("districtId", p.districtId())
        .get("/api/v1/rounds/" + verdictRound() + "/verdicts"));
    CALLS.put("publishVerdicts", (as, p) -> as.queryParam("dryRun", true).body(Map.of())
        .post("/api/v1/rounds/" + evidenceRound() + "/verdicts/publish"));
    CALLS.put("listTitles", (as, p) -> {
      publishedNomination(p);
      return as.queryParam("districtId", p.districtId()).get("/api/v1/titles");
    });
    CALLS.put("revokeTitle", (as, p) -> as.body(Map.of("reason", "矩阵", "documentNumber", "扬人社发〔2023〕2号",
        "revokedOn", org.fumin.testing.Assessments.today().toString())).post("/api/v1/titles/" + title(p) + "/revoke"));
    CALLS.put("getTownshipHistory", (as, p) -> as.get("/api/v1/townships/" + p.townshipId() + "/history"));
    CALLS.put("getProvincialRanking", (as, p) -> as.get("/api/v1/rounds/" + verdictRound() + "/ranking"));
    CALLS.put("moveRankingCandidate", (as, p) -> as.header("If-Match", api().get("/api/v1/rounds/" + verdictRound() + "/ranking")
        .header("ETag")).body(Map.of("nominationId", publishedNomination(p), "position", 1, "justification", "矩阵"))
        .post("/api/v1/rounds/" + verdictRound() + "/ranking/moves"));
    CALLS.put("confirmProvincialRanking", (as, p) -> as.header("If-Match", api().get("/api/v1/rounds/" + verdictRound()
        + "/ranking").header("ETag")).post("/api/v1/rounds/" + verdictRound() + "/ranking/confirm"));
    CALLS.put("exportProvincialRanking", (as, p) -> as.accept("text/csv, application/problem+json").queryParam("format", "csv")
        .get("/api/v1/rounds/" + verdictRound() + "/ranking/export"));
    CALLS.put("exportRoundResults", (as, p) -> as.accept("text/csv, application/problem+json").queryParam("format", "csv")
        .queryParam("districtId", p.districtId()).get("/api/v1/rounds/" + verdictRound() + "/results/export"));
  }

  /** The typical cases of a place the matrix acts on, made once: published (with a photo), submitted, draft. */
  record MatrixCases(Login admin, long published, long photo, long submitted, long draft) {}

  private static final Map<Long, MatrixCases> CASES = new HashMap<>();

  private static synchronized MatrixCases cases(Place place) {
    return CASES.computeIfAbsent(place.townshipId(), township -> {
      Login admin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
      long published = org.fumin.testing.Cases.draft(admin, township, "矩阵已发布");
      long photo = org.fumin.testing.Cases.upload(Api.as(admin), published, "矩阵.png",
          org.fumin.testing.Cases.png("matrix-photo-" + System.nanoTime())).then().statusCode(201).extract().jsonPath().getLong("id");
      Api.as(admin).post("/api/v1/cases/" + published + "/submit").then().statusCode(200);
      api().post("/api/v1/cases/" + published + "/publish").then().statusCode(200);
      return new MatrixCases(admin, published, photo, org.fumin.testing.Cases.submitted(admin, township, "矩阵已报送"),
          org.fumin.testing.Cases.draft(admin, township, "矩阵草稿"));
    });
  }

  /** The rounds, nominations and plans the matrix acts on, made once. */
  record MatrixRounds(long open, long states, long framework, Map<Long, Long> nominations) {
    long nomination(Place place) {
      return nominations.get(place.townshipId());
    }
  }

  /** The attachments of an indicator of the place's nomination in the evidence round. */
  private static String attachmentsOf(Place place, String indicatorCode) {
    return "/api/v1/nominations/" + evidenceNomination(place) + "/evidence/" + indicatorCode + "/attachments";
  }

  /** Uploads a small PDF, unique per call, to indicator 5 (a draft, editable) of the place's evidence nomination. */
  private static Response uploadPdf(RequestSpecification as, Place place) {
    return uploadPdf(as, place, "5");
  }

  private static Response uploadPdf(RequestSpecification as, Place place, String indicatorCode) {
    String boundary = "matrix-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"矩阵.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n% matrix " + System.nanoTime() + "\n%%EOF\n\r\n--" + boundary + "--\r\n";
    return as.contentType("multipart/form-data; boundary=" + boundary)
        .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(attachmentsOf(place, indicatorCode));
  }

  /** A new attachment of the place's evidence nomination, uploaded by its township operator. */
  private static long matrixAttachment(Place place) {
    evidenceNomination(place);
    return uploadPdf(Api.as(EVIDENCE_OPERATORS.get(place.townshipId())), place)
        .then().statusCode(201).extract().jsonPath().getLong("id");
  }

  /** The attachment of the place's submitted indicator 1 (read, never removed). */
  private static long submittedAttachment(Place place) {
    evidenceNomination(place);
    return EVIDENCE_ATTACHMENTS.get(place.townshipId());
  }

  private static MatrixRounds matrix;

  private static MatrixRounds rounds() {
    return matrix;
  }

  private static MatrixRounds matrixRounds() {
    long open = Rounds.open();
    long states = Rounds.draft(Rounds.Schedule.RUNNING);
    Map<Long, Long> nominations = new HashMap<>();
    for (Place place : List.of(own, foreign)) {
      Login districtAdmin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
      long nomination = Rounds.nominate(open, districtAdmin, place.townshipId());
      Rounds.savePlan(districtAdmin, nomination).then().statusCode(200);
      nominations.put(place.townshipId(), nomination);
      api().body(Map.of("townshipId", place.townshipId(), "phase", "DEPLOYMENT",
          "until", Rounds.iso(java.time.OffsetDateTime.now().plusDays(100)), "reason", "矩阵")).post("/api/v1/rounds/" + open + "/reopenings")
          .then().statusCode(201);
    }
    matrix = new MatrixRounds(open, states, Rounds.frameworkCopy(), nominations);
    return matrix;
  }

  private static Long evidenceRound;
  private static final Map<Long, Long> EVIDENCE_NOMINATIONS = new HashMap<>();
  private static final Map<Long, Login> EVIDENCE_OPERATORS = new HashMap<>();
  private static final Map<Long, Long> EVIDENCE_ATTACHMENTS = new HashMap<>();

  /**
   * The place's nomination in the evidence round: in progress, indicator 1 saved with an attachment
   * and submitted (what a key may read).
   */
  private static synchronized long evidenceNomination(Place place) {
    if (evidenceRound == null) {
      evidenceRound = Rounds.open();
      for (Place p : List.of(own, foreign)) {
        Login districtAdmin = Users.create(Role.DISTRICT_ADMIN, p.districtId(), null);
        Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, p.townshipId());
        long nomination = Rounds.nominate(evidenceRound, districtAdmin, p.townshipId());
        Rounds.savePlan(operator, nomination).then().statusCode(200);
        Rounds.act(operator, nomination, "submit-plan").then().statusCode(200);
        Rounds.act(districtAdmin, nomination, "approve-plan").then().statusCode(200);
        String item = "/api/v1/nominations/" + nomination + "/evidence/1";
        Api.as(operator).header("If-Match", "\"0\"").body(Map.of("narrative", "矩阵")).put(item).then().statusCode(200);
        EVIDENCE_NOMINATIONS.put(p.townshipId(), nomination);
        EVIDENCE_OPERATORS.put(p.townshipId(), operator);
        EVIDENCE_ATTACHMENTS.put(p.townshipId(), uploadPdf(Api.as(operator), p, "1")
            .then().statusCode(201).extract().jsonPath().getLong("id"));
        Api.as(operator).header("If-Match", "\"1\"").post(item + "/submit").then().statusCode(200);
      }
    }
    return EVIDENCE_NOMINATIONS.get(place.townshipId());
  }

  private static long evidenceRound() {
    evidenceNomination(own);
    return evidenceRound;
  }

  private static String evidencePath(Place place) {
    return "/api/v1/nominations/" + evidenceNomination(place) + "/evidence";
  }

  private static Long verdictRound;
  private static final Map<Long, Long> PUBLISHED = new HashMap<>();
  private static final Map<Long, Long> TITLES = new HashMap<>();

  /**
   * The place's nomination in the verdict round: every standard indicator accepted and judged MET,
   * confirmed NAMED and published (so it holds a title), and a provincial candidate.
   */
  private static synchronized long publishedNomination(Place place) {
    if (verdictRound == null) {
      long round = Rounds.open();
      Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
      List<org.fumin.testing.Assessments.Candidate> candidates = new ArrayList<>();
      for (Place p : List.of(own, foreign)) {
        candidates.add(org.fumin.testing.Assessments.submitted(round, p, 95.0, false, true));
      }
      org.fumin.testing.Assessments.startAssessment(round);
      for (org.fumin.testing.Assessments.Candidate c : candidates) {
        org.fumin.testing.Assessments.judgeAllMet(assessor, c);
        org.fumin.testing.Assessments.confirmNamed(c);
        PUBLISHED.put(c.place().townshipId(), c.nomination());
      }
      api().body(Map.of()).post("/api/v1/rounds/" + round + "/verdicts/publish").then().statusCode(200);
      for (Place p : List.of(own, foreign)) {
        TITLES.put(p.townshipId(), api().queryParam("townshipId", p.townshipId()).get("/api/v1/titles")
            .then().statusCode(200).extract().jsonPath().getLong("items[0].id"));
      }
      verdictRound = round;
    }
    return PUBLISHED.get(place.townshipId());
  }

  private static long verdictRound() {
    publishedNomination(own);
    return verdictRound;
  }

  private static long title(Place place) {
    publishedNomination(place);
    return TITLES.get(place.townshipId());
  }

  private static long matrixUser() {
    return api().body(Map.of("username", "target-" + System.nanoTime(), "displayName", "目标", "role", "VIEWER"))
        .post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("user.id");
  }

  private static long matrixKey() {
    return api().body(Map.of("name", "目标密钥" + System.nanoTime(), "ownerSystem", "matrix", "scopes", List.of("read")))
        .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getLong("apiKey.id");
  }

  /** A caller of the matrix: how to sign its requests, its role or key scopes, and its data scope. */
  record Caller(String name, Function<Boolean, RequestSpecification> request, Role role, Set<String> keyScopes,
      boolean confined) {}

  private static final List<Caller> CALLERS = new ArrayList<>();

  /** Made on first use: REST Assured knows the test server's port only once a test runs. */
  static synchronized void fixtures() {
    if (own != null) {
      return;
    }
    own = Fixtures.place();
    foreign = Fixtures.place();
    matrix = matrixRounds();
    CALLERS.add(user("city admin", Users.admin(), Role.CITY_ADMIN, false));
    CALLERS.add(user("city assessor", Users.create(Role.CITY_ASSESSOR, null, null), Role.CITY_ASSESSOR, false));
    CALLERS.add(user("district admin", Users.create(Role.DISTRICT_ADMIN, own.districtId(), null), Role.DISTRICT_ADMIN, true));
    CALLERS.add(user("township operator", Users.create(Role.TOWNSHIP_OPERATOR, null, own.townshipId()), Role.TOWNSHIP_OPERATOR, true));
    CALLERS.add(user("city viewer", Users.create(Role.VIEWER, null, null), Role.VIEWER, false));
    CALLERS.add(user("district viewer", Users.create(Role.VIEWER, own.districtId(), null), Role.VIEWER, true));
    CALLERS.add(key("read key (district)", Fixtures.apiKey(own.districtId(), "read"), Set.of("read"), true));
    CALLERS.add(key("import key (district)", Fixtures.apiKey(own.districtId(), "import"), Set.of("import"), true));
    CALLERS.add(key("read key (city)", Fixtures.apiKey(null, "read"), Set.of("read"), false));
  }

  private static Caller user(String name, Login login, Role role, boolean confined) {
    return new Caller(name, fresh -> Api.as(fresh ? Users.freshSession(login) : login), role, Set.of(), confined);
  }

  private static Caller key(String name, String secret, Set<String> scopes, boolean confined) {
    return new Caller(name, fresh -> Api.withKey(secret), null, scopes, confined);
  }

  @Test
  void everyContractOperationHasARequestInTheMatrix() throws IOException {
    assertThat(CALLS.keySet()).containsExactlyInAnyOrderElementsOf(protectedOperations().keySet());
  }

  @Test
  void everyCallerGetsWhatTheContractPromisesOnOwnAndForeignObjects() throws IOException {
    fixtures();
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, JsonNode> operation : protectedOperations().entrySet()) {
      JsonNode access = operation.getValue();
      Set<String> roles = new TreeSet<>();
      access.get("roles").forEach(r -> roles.add(r.asText()));
      String keyScope = access.has("keyScope") ? access.get("keyScope").asText() : null;
      String scope = access.get("scope").asText();
      for (Caller caller : CALLERS) {
        boolean allowed = caller.role() != null ? roles.contains(caller.role().name())
            : keyScope != null && caller.keyScopes().contains(keyScope);
        for (boolean foreignObject : new boolean[] {false, true}) {
          if (foreignObject && "none".equals(scope)) {
            continue;
          }
          Place place = foreignObject ? foreign : own;
          boolean fresh = "logout".equals(operation.getKey());
          Response response = CALLS.get(operation.getKey()).send(caller.request().apply(fresh), place);
          String outcome = outcome(operation.getKey(), response, place);
          String expected = !allowed ? "403"
              : !foreignObject ? "ok"
              : caller.confined() ? confinedForeign(operation.getKey())
              : collection(operation.getKey()) ? "ok-with-foreign-rows" : "ok";
          if (!expected.equals(outcome)) {
            mismatches.add(operation.getKey() + " by " + caller.name() + (foreignObject ? " on a foreign object" : "")
                + ": expected " + expected + ", got " + outcome + " " + response.asString());
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** A confined caller on a foreign object: lists leave it out, bodies naming it are invalid, reads find nothing. */
  private static String confinedForeign(String operation) {
    if (collection(operation)) {
      return "ok-without-foreign-rows";
    }
    return operation.startsWith("create") ? "400" : "404";
  }

  private static String outcome(String operation, Response response, Place place) {
    int status = response.statusCode();
    if (operation.equals("changePassword") && status == 400 || operation.equals("endMySession") && status == 404
        || operation.equals("updateUser") && status == 412
        || operation.equals("markNotificationRead") && status == 404
        || (operation.equals("getImportJob") || operation.equals("getImportReport")) && status == 404
        || operation.equals("createRound") && status == 409
        || STATEFUL.contains(operation) && status == 409) {
      return "ok"; // got past access control to the operation's own checks
    }
    if (operation.equals("createImport") && status == 422) {
      return "400"; // a row naming a district outside the caller's scope: the import is rejected as invalid input
    }
    if (status == 401 || status == 403 || status == 404 || (status == 400 && operation.startsWith("create"))) {
      return String.valueOf(status);
    }
    if (status >= 200 && status < 300 && collection(operation) && place == foreign && response.asString().contains("\"items\"")) {
      boolean leaks = response.jsonPath().getList("items").size() > 0;
      return leaks ? "ok-with-foreign-rows" : "ok-without-foreign-rows";
    }
    if (status >= 200 && status < 300 && collection(operation) && place == foreign && response.asString().startsWith("[")) {
      boolean leaks = response.asString().contains("\"districtId\":" + place.districtId() + ",");
      return leaks ? "ok-with-foreign-rows" : "ok-without-foreign-rows";
    }
    return status >= 200 && status < 300 ? "ok" : String.valueOf(status);
  }

  /** A list across objects (filtered by scope), not the list of one object's parts (which is read like the object). */
  private static boolean collection(String operation) {
    return operation.startsWith("list") && !operation.equals("listPlanRevisions")
        && !operation.equals("listNominationEvidence") && !operation.equals("listEvidenceRevisions")
        && !operation.equals("listEvidenceAttachments") && !operation.equals("listCaseAttachments");
  }

  /** Operations that need credentials, with their {@code x-fumin-access}. */
  static Map<String, JsonNode> protectedOperations() {
    Map<String, JsonNode> operations = new HashMap<>();
    for (Contract.Operation operation : Contract.operations()) {
      if (!operation.isPublic()) {
        JsonNode access = operation.definition().get("x-fumin-access");
        assertThat(access).as(operation.id() + " has x-fumin-access").isNotNull();
        operations.put(operation.id(), access);
      }
    }
    return operations;
  }
}
