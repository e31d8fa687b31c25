package org.fumin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

/** Exports: CSV with BOM and XLSX, scoped to the caller, formula injection neutralised. */
@QuarkusTest
class ExportTest {

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
}
