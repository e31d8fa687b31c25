package org.fumin.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.Map;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Assessments;
import org.fumin.testing.Assessments.Candidate;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentRulesTest {

  @Test
  void aSupplementDateEndsWithTheAssessmentPhaseAndTheTownshipIsToldIt() {
    long round = Rounds.open();
    Candidate c = Assessments.submitted(round, null, false, false);
    Assessments.startAssessment(round);
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    OffsetDateTime assessmentEnds = OffsetDateTime.parse(api().get("/api/v1/rounds/" + round).jsonPath()
        .getString("phases.find { it.code == 'ASSESSMENT' }.endsAt"));
    String lastDay = assessmentEnds.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
    String dayAfter = assessmentEnds.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(1).toString();
    // the closing phase still runs then, but judging (and so a supplement) is over
    Api.as(assessor).body(Map.of("outcome", "NEEDS_SUPPLEMENT", "comment", "请补充参保率", "supplementUntil", dayAfter))
        .post(c.judgements("15")).then().statusCode(400).body("violations.field", contains("supplementUntil"));
    Api.as(assessor).body(Map.of("outcome", "NEEDS_SUPPLEMENT", "comment", "请补充参保率", "supplementUntil", lastDay))
        .post(c.judgements("15")).then().statusCode(201).body("assessorName", equalTo("测试CITY_ASSESSOR"));
    String deadline = Api.as(c.operator()).queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
        .extract().jsonPath().getString("items.find { it.kind == 'EVIDENCE_RETURNED' && it.nominationId == "
            + c.nomination() + " }.deadline");
    assertThat(OffsetDateTime.parse(deadline).toInstant()).isEqualTo(java.time.LocalDate.parse(lastDay).plusDays(1)
        .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
  }

  @Test
  void aViewerConfinedToADistrictReadsJudgementsOnlyOncePublished() {
    Login assessor = Users.create(Role.CITY_ASSESSOR, null, null);
    long round = Rounds.open();
    Candidate c = Assessments.submitted(round, 96, false, false);
    Assessments.startAssessment(round);
    Assessments.judgeAllMet(assessor, c);
    Login districtViewer = Users.create(Role.VIEWER, c.place().districtId(), null);
    Login cityViewer = Users.create(Role.VIEWER, null, null);
    String form = "/api/v1/nominations/" + c.nomination() + "/assessment";
    Api.as(districtViewer).get(form).then().statusCode(409).body("type", equalTo("urn:fumin:problem:conflict"));
    Api.as(districtViewer).get(c.judgements("15")).then().statusCode(409);
    Api.as(cityViewer).get(form).then().statusCode(200).body("proposal.decision", equalTo("NAMED"));
    Api.as(cityViewer).get(c.judgements("15")).then().statusCode(200);

    Assessments.confirmNamed(c);
    api().body(Map.of()).post("/api/v1/rounds/" + round + "/verdicts/publish").then().statusCode(200);
    Api.as(districtViewer).get(form).then().statusCode(200);
    Api.as(districtViewer).get(c.judgements("15")).then().statusCode(200).body("items.outcome", contains("MET"));
  }
}
