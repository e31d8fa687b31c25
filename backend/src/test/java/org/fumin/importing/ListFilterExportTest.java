package org.fumin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.fumin.auth.Role;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

/** Exports take the lists' own filters (ids, kind, state), so the SPA's export holds what its filtered list shows. */
@QuarkusTest
class ListFilterExportTest {

  private static String export(String kind, String... query) {
    var request = api().accept("text/csv");
    for (int i = 0; i < query.length; i += 2) {
      request = request.queryParam(query[i], query[i + 1]);
    }
    return request.get("/api/v1/exports/" + kind).then().statusCode(200).extract().asString();
  }

  @Test
  void townshipsExportByDistrictIdAndDistrictsByKind() {
    Place one = Fixtures.place();
    Place other = Fixtures.place();
    String townships = export("townships", "districtId", String.valueOf(one.districtId()));
    assertThat(townships).contains(one.townshipCode()).doesNotContain(other.townshipCode());
    assertThat(townships.lines().count()).isEqualTo(2);
    String zones = export("districts", "districtKind", "FUNCTIONAL_ZONE");
    assertThat(zones).contains("FUNCTIONAL_ZONE").doesNotContain(one.districtCode());
  }

  @Test
  void nominationsExportByRoundDistrictAndState() {
    long round = Rounds.open();
    Place nominated = Fixtures.place();
    Place inProgress = Fixtures.place();
    var first = Users.create(Role.DISTRICT_ADMIN, nominated.districtId(), null);
    var second = Users.create(Role.DISTRICT_ADMIN, inProgress.districtId(), null);
    Rounds.nominate(round, first, nominated.townshipId());
    long n = Rounds.nominate(round, second, inProgress.townshipId());
    Rounds.approvedPlan(Users.create(Role.TOWNSHIP_OPERATOR, null, inProgress.townshipId()), second, n);

    String ofRound = export("nominations", "roundId", String.valueOf(round));
    assertThat(ofRound).contains(nominated.townshipCode()).contains(inProgress.townshipCode());
    String running = export("nominations", "roundId", String.valueOf(round), "state", "IN_PROGRESS");
    assertThat(running).contains(inProgress.townshipCode()).doesNotContain(nominated.townshipCode());
    String ofDistrict = export("nominations", "roundId", String.valueOf(round), "districtId", String.valueOf(nominated.districtId()));
    assertThat(ofDistrict).contains(nominated.townshipCode()).doesNotContain(inProgress.townshipCode());
  }
}
