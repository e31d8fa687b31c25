package org.fumin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fumin.auth.Role;
import org.fumin.exporting.ExportService;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

/** Exports: CSV with BOM and XLSX, scoped to the caller, formula injection neutralised. */
@QuarkusTest
class ExportTest {

  @Inject EntityManager em;

  @Test
  void aCsvExportHasABomChineseHeadersAndNeutralisedFormulas() {
    Place place = Fixtures.place();
    api().body(Map.of("code", place.districtCode() + "901", "name", "=HYPERLINK(\"x\")", "districtId", place.districtId()))
        .post("/api/v1/townships").then().statusCode(201);
    String csv = api().accept("text/csv").queryParam("districtCode", place.districtCode()).get("/api/v1/exports/townships")
        .then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
    assertThat(csv).startsWith("\uFEFF行政区划代码/code,名称/name,所属县区代码/districtCode");
    assertThat(csv).contains(place.townshipCode() + ",夹具镇").contains("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(csv.lines().count()).isEqualTo(3);
  }

  @Test
  void anXlsxExportIsAWorkbookWithTheRows() throws IOException {
    Place place = Fixtures.place();
    byte[] file = api().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .queryParam("districtCode", place.districtCode()).get("/api/v1/exports/townships").then().statusCode(200).extract().asByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(place.townshipCode());
    }
  }

  @Test
  void aDistrictAdminExportsOnlyItsOwnDistrict() {
    Place own = Fixtures.place();
    Place foreign = Fixtures.place();
    Users.Login admin = Users.create(Role.DISTRICT_ADMIN, own.districtId(), null);
    String csv = Api.as(admin).accept("text/csv").get("/api/v1/exports/townships").then().statusCode(200).extract().asString();
    assertThat(csv).contains(own.townshipCode()).doesNotContain(foreign.townshipCode());
    Api.as(admin).accept("text/csv, application/problem+json").queryParam("districtCode", foreign.districtCode())
        .get("/api/v1/exports/townships").then().statusCode(404);
  }

  @Test
  void aLongExportHasEveryRowOnceInCodeOrderAcrossItsPages() {
    Place place = Fixtures.place();
    int loaded = 2 * ExportService.PAGE + 7; // two full keyset pages and a part
    load(place, loaded);
    List<String> codes = api().accept("text/csv").queryParam("districtCode", place.districtCode()).get("/api/v1/exports/townships")
        .then().statusCode(200).extract().asString().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    assertThat(codes).hasSize(loaded + 1).doesNotHaveDuplicates().isSorted().contains(place.townshipCode());
  }

  @Test
  void districtAndNominationExportsListTheirRows() {
    Place place = Fixtures.place();
    String districts = api().accept("text/csv").queryParam("districtCode", place.districtCode()).get("/api/v1/exports/districts")
        .then().statusCode(200).extract().asString();
    assertThat(districts.lines().toList()).hasSize(2);
    assertThat(districts.lines().toList().get(1)).startsWith(place.districtCode() + ",夹具区" + place.districtCode() + ",COUNTY_LEVEL,1,");

    long round = Rounds.open();
    int year = api().get("/api/v1/rounds/" + round).jsonPath().getInt("year");
    Rounds.nominate(round, Users.create(Role.DISTRICT_ADMIN, place.districtId(), null), place.townshipId());
    String nominations = api().accept("text/csv").queryParam("districtCode", place.districtCode()).queryParam("roundYear", year)
        .get("/api/v1/exports/nominations").then().statusCode(200).extract().asString();
    assertThat(nominations.lines().toList()).hasSize(2);
    assertThat(nominations.lines().toList().get(1)).startsWith(year + "," + place.townshipCode() + ",夹具镇" + place.districtCode()
        + ",夹具区" + place.districtCode() + ",NOMINATED,否,");
  }

  /** Townships straight into the table (generate_series), codes under the district's code. */
  @Transactional
  void load(Place place, int rows) {
    em.createNativeQuery("""
            insert into township (code, name, district_id, version, created_at, updated_at)
            select ?1 || lpad(i::text, 6, '0'), '导出镇' || i, ?2, 0, ?3, ?3 from generate_series(1, ?4) as i""")
        .setParameter(1, place.districtCode()).setParameter(2, place.districtId()).setParameter(3, java.time.Instant.now())
        .setParameter(4, rows).executeUpdate();
  }
}
