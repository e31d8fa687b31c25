package org.fumin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fumin.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

/** Bulk imports: formats and encodings, the report, atomicity, modes, idempotency, limits and access. */
@QuarkusTest
class ImportTest {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @jakarta.inject.Inject HeldImports held;

  // ---- helpers ----

  private static RequestSpecification csv(RequestSpecification as, String text) {
    return as.contentType("text/csv; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8));
  }

  private static int townshipsIn(Place place) {
    return api().queryParam("districtId", place.districtId()).get("/api/v1/townships").jsonPath().getInt("total");
  }

  private static String unique() {
    return ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
  }

  /** Polls a job until it is no longer RUNNING. */
  private static JsonPath awaitJob(long id) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      JsonPath job = api().get("/api/v1/import-jobs/" + id).then().statusCode(200).extract().jsonPath();
      if (!"RUNNING".equals(job.getString("state"))) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import " + id + " still running");
  }

  private static String townshipRows(Place place, int from, int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = from; i < from + count; i++) {
      rows.append(place.districtCode()).append(String.format("%06d", i)).append(",批量镇").append(i).append(',')
          .append(place.districtCode()).append('\n');
    }
    return rows.toString();
  }

  // ---- formats and encodings ----

  @Test
  void aUtf8CsvWithBomAndChineseHeadersImportsEveryRow() {
    Place place = Fixtures.place();
    String file = "\uFEFF行政区划代码,名称,所属县区代码\r\n" + place.districtCode() + "101,东风镇," + place.districtCode() + "\r\n"
        + place.districtCode() + "102,\"西湖镇, 新区\"," + place.districtCode() + "\r\n";
    csv(api(), file).queryParam("fileName", "乡镇.csv").post("/api/v1/imports/townships").then().statusCode(200)
        .body("state", equalTo("SUCCEEDED")).body("created", equalTo(2)).body("total", equalTo(2)).body("fileName", equalTo("乡镇.csv"));
    assertThat(townshipsIn(place)).isEqualTo(3);
    api().get("/api/v1/townships/by-code/" + place.districtCode() + "102").then().body("name", equalTo("西湖镇, 新区"));
  }

  @Test
  void aGb18030CsvAsExcelSavesItIsDetectedWithoutACharset() {
    Place place = Fixtures.place();
    byte[] file = ("代码,乡镇名称,县区代码\r\n" + place.districtCode() + "201,邵伯镇," + place.districtCode() + "\r\n")
        .getBytes(Charset.forName("GB18030"));
    api().config(io.restassured.config.RestAssuredConfig.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
            .appendDefaultContentCharsetToContentTypeIfUndefined(false))) // as curl sends it: no charset
        .contentType("text/csv").body(file).post("/api/v1/imports/townships").then().statusCode(200).body("created", equalTo(1));
    api().get("/api/v1/townships/by-code/" + place.districtCode() + "201").then().body("name", equalTo("邵伯镇"));
  }

  @Test
  void aGbkCharsetNamedInTheContentTypeIsHonoured() {
    Place place = Fixtures.place();
    byte[] file = ("code,name,districtCode\n" + place.districtCode() + "202,仙女镇," + place.districtCode() + "\n")
        .getBytes(Charset.forName("GBK"));
    api().contentType("text/csv; charset=GBK").body(file).post("/api/v1/imports/townships").then().statusCode(200);
    api().get("/api/v1/townships/by-code/" + place.districtCode() + "202").then().body("name", equalTo("仙女镇"));
  }

  @Test
  void theFirstSheetOfAnXlsxWorkbookIsRead() throws IOException {
    Place place = Fixtures.place();
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("乡镇");
      XSSFRow header = sheet.createRow(0);
      header.createCell(0).setCellValue("行政区划代码/code");
      header.createCell(1).setCellValue("名称/name");
      header.createCell(2).setCellValue("所属县区代码/districtCode");
      XSSFRow row = sheet.createRow(1);
      row.createCell(0).setCellValue(place.districtCode() + "301");
      row.createCell(1).setCellValue("甘泉街道");
      row.createCell(2).setCellValue(place.districtCode());
      workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("ignored");
      workbook.write(out);
      file = out.toByteArray();
    }
    Response answer = Api.raw().cookie("fumin_session", Users.admin().session()).header("X-CSRF-Token", Users.admin().csrf())
        .contentType(XLSX).body(file).post("/api/v1/imports/townships");
    answer.then().statusCode(200).body("format", equalTo("XLSX")).body("created", equalTo(1));
    api().get("/api/v1/townships/by-code/" + place.districtCode() + "301").then().statusCode(200).body("name", equalTo("甘泉街道"));
  }

  @Test
  void aJsonArrayOfObjectsImportsWithItsRowsNumberedAsInACsv() {
    Place place = Fixtures.place();
    List<Map<String, Object>> rows = List.of(
        Map.of("code", place.districtCode() + "401", "name", "槐泗镇", "districtCode", place.districtCode()),
        Map.of("code", "12", "name", "坏镇", "districtCode", place.districtCode()));
    Response answer = api().body(rows).queryParam("dryRun", true).post("/api/v1/imports/townships");
    answer.then().statusCode(422).contentType("application/problem+json");
    assertThat(answer.jsonPath().getList("report.errors[0].rows", Integer.class)).containsExactly(3);
  }

  // ---- the report ----

  @Test
  void everyProblemNamesItsRowsColumnAndCodeAndIdenticalOnesAreGrouped() {
    Place place = Fixtures.place();
    Place other = Fixtures.place();
    String d = place.districtCode();
    String file = "code,name,districtCode,remark\n"
        + d + "501,好镇," + d + ",x\n"          // row 2: fine
        + ",缺码镇," + d + ",\n"                  // row 3: required code
        + "12345,格式镇," + d + ",\n"             // row 4: invalid-format
        + d + "503,," + d + ",\n"                 // row 5: required name
        + d + "504,未知县镇,999999,\n"            // row 6: unknown-district
        + other.districtCode() + "505,错县镇," + d + ",\n" // row 7: code-outside-district
        + d + "501,重复镇," + d + ",\n"           // row 8: duplicate-in-file (row 2)
        + place.townshipCode() + ",已有镇," + d + ",\n" // row 9: exists
        + ",缺码镇二," + d + ",\n";               // row 10: required code again (grouped with row 3)
    Response answer = csv(api(), file).header("Accept-Language", "en").post("/api/v1/imports/townships");
    answer.then().statusCode(422).body("type", equalTo("urn:fumin:problem:import-rejected"))
        .body("report.state", equalTo("REJECTED")).body("report.rejected", equalTo(8)).body("report.created", equalTo(0));
    JsonPath report = answer.jsonPath().setRootPath("report");
    assertThat(problem(report, "required", "code")).containsExactly(3, 10);
    assertThat(problem(report, "invalid-format", "code")).containsExactly(4);
    assertThat(problem(report, "required", "name")).containsExactly(5);
    assertThat(problem(report, "unknown-district", "districtCode")).containsExactly(6);
    assertThat(problem(report, "code-outside-district", "code")).containsExactly(7);
    assertThat(problem(report, "duplicate-in-file", "code")).containsExactly(8);
    assertThat(problem(report, "exists", "code")).containsExactly(9);
    assertThat(report.getList("warnings.code", String.class)).containsExactly("unknown-column");
    assertThat(report.getString("errors.find { it.code == 'duplicate-in-file' }.message")).isEqualTo("repeats row 2 of the file");
    assertThat(townshipsIn(place)).isEqualTo(1);
    String chinese = csv(api(), file).post("/api/v1/imports/townships").jsonPath()
        .getString("report.errors.find { it.code == 'duplicate-in-file' }.message");
    assertThat(chinese).isEqualTo("与文件第 2 行重复");
  }

  private static List<Integer> problem(JsonPath report, String code, String column) {
    return report.getList("errors.find { it.code == '" + code + "' && it.column == '" + column + "' }.rows", Integer.class);
  }

  @Test
  void aMissingRequiredColumnIsAnErrorOnTheHeaderRow() {
    Place place = Fixtures.place();
    Response answer = csv(api(), "code,name\n" + place.districtCode() + "601,无县镇\n").post("/api/v1/imports/townships");
    answer.then().statusCode(422);
    assertThat(problem(answer.jsonPath().setRootPath("report"), "missing-column", "districtCode")).containsExactly(1);
  }

  @Test
  void theReportIsDownloadableAndTheImportIsInTheHistory() {
    Place place = Fixtures.place();
    long id = csv(api(), "code,name,districtCode\n,无码镇," + place.districtCode() + "\n").queryParam("fileName", "bad.csv")
        .post("/api/v1/imports/townships").jsonPath().getLong("report.id");
    String report = api().accept("text/csv").get("/api/v1/import-jobs/" + id + "/report").then().statusCode(200).extract().asString();
    assertThat(report).startsWith("\uFEFF").contains("错误,2,code,required,必填");
    List<Integer> ids = api().get("/api/v1/import-jobs?size=100").jsonPath().getList("items.id", Integer.class);
    assertThat(ids).contains((int) id);
  }

  // ---- atomicity, dry run, modes ----

  @Test
  void oneBadRowAmongTenThousandWritesNothingAndTheJobReportsIt() throws InterruptedException {
    Place place = Fixtures.place();
    String file = "code,name,districtCode\n" + townshipRows(place, 1, 5000) + place.districtCode() + "0,坏码镇," + place.districtCode()
        + "\n" + townshipRows(place, 5001, 4999);
    Response accepted = csv(api(), file).post("/api/v1/imports/townships");
    accepted.then().statusCode(202).body("state", equalTo("RUNNING")).body("total", equalTo(10_000));
    assertThat(accepted.header("Location")).isEqualTo("/api/v1/import-jobs/" + accepted.jsonPath().getLong("id"));
    JsonPath job = awaitJob(accepted.jsonPath().getLong("id"));
    assertThat(job.getString("state")).isEqualTo("REJECTED");
    assertThat(job.getList("errors[0].rows", Integer.class)).containsExactly(5002);
    assertThat(townshipsIn(place)).isEqualTo(1);
  }

  @Test
  void aLargeImportRunsAsAJobAndWritesEveryRow() throws InterruptedException {
    Place place = Fixtures.place();
    Response accepted = csv(api(), "code,name,districtCode\n" + townshipRows(place, 1, 4000)).post("/api/v1/imports/townships");
    accepted.then().statusCode(202);
    JsonPath job = awaitJob(accepted.jsonPath().getLong("id"));
    assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
    assertThat(job.getInt("created")).isEqualTo(4000);
    assertThat(job.getInt("processed")).isEqualTo(4000);
    assertThat(townshipsIn(place)).isEqualTo(4001);
  }

  @Test
  void aDryRunChecksEverythingAndWritesNothing() {
    Place place = Fixtures.place();
    csv(api(), "code,name,districtCode\n" + townshipRows(place, 1, 3)).queryParam("dryRun", true)
        .post("/api/v1/imports/townships").then().statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(3));
    assertThat(townshipsIn(place)).isEqualTo(1);
  }

  @Test
  void createRefusesExistingCodesWhileUpsertUpdatesWhatDiffersAndCountsTheRest() {
    Place place = Fixtures.place();
    String d = place.districtCode();
    csv(api(), "code,name,districtCode\n" + d + "701,甲镇," + d + "\n" + d + "702,乙镇," + d + "\n")
        .post("/api/v1/imports/townships").then().statusCode(200);
    String again = "code,name,districtCode\n" + d + "701,甲镇," + d + "\n" + d + "702,乙街道," + d + "\n" + d + "703,丙镇," + d + "\n";
    csv(api(), again).post("/api/v1/imports/townships").then().statusCode(422);
    csv(api(), again).queryParam("mode", "UPSERT").post("/api/v1/imports/townships").then().statusCode(200)
        .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
    api().get("/api/v1/townships/by-code/" + d + "702").then().body("name", equalTo("乙街道")).body("version", equalTo(1));
  }

  // ---- idempotency ----

  @Test
  void theSameKeyAndFileImportOnceAndAnotherFileWithTheKeyIsRefused() {
    Place place = Fixtures.place();
    String key = "import-" + unique();
    String file = "code,name,districtCode\n" + townshipRows(place, 1, 2);
    long first = csv(api(), file).header("Idempotency-Key", key).post("/api/v1/imports/townships")
        .then().statusCode(200).extract().jsonPath().getLong("id");
    Response replay = csv(api(), file).header("Idempotency-Key", key).post("/api/v1/imports/townships");
    replay.then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo((int) first)).body("created", equalTo(2));
    assertThat(townshipsIn(place)).isEqualTo(3);
    csv(api(), "code,name,districtCode\n" + townshipRows(place, 3, 1)).header("Idempotency-Key", key)
        .post("/api/v1/imports/townships").then().statusCode(422).body("type", equalTo("urn:fumin:problem:idempotency-key-reused"));
    assertThat(townshipsIn(place)).isEqualTo(3);
  }

  @Test
  void theSameKeyWhileTheFirstImportRunsIsAConflict() throws InterruptedException {
    Place place = Fixtures.place();
    String key = "running-" + unique();
    String file = "code,name,districtCode\n" + townshipRows(place, 1, 3_001); // over the job threshold: runs as a job
    held.hold(); // the job stays RUNNING until released, however fast or slow the machine
    long id;
    try {
      id = csv(api(), file).header("Idempotency-Key", key).post("/api/v1/imports/townships")
          .then().statusCode(202).extract().jsonPath().getLong("id");
      csv(api(), file).header("Idempotency-Key", key).post("/api/v1/imports/townships").then().statusCode(409)
          .body("type", equalTo("urn:fumin:problem:in-progress"));
      api().get("/api/v1/import-jobs/" + id).then().statusCode(200).body("state", equalTo("RUNNING"));
    } finally {
      held.release();
    }
    assertThat(awaitJob(id).getString("state")).isEqualTo("SUCCEEDED");
    csv(api(), file).header("Idempotency-Key", key).post("/api/v1/imports/townships").then().statusCode(200)
        .header("Idempotent-Replayed", "true").body("state", equalTo("SUCCEEDED")).body("id", equalTo((int) id));
    assertThat(townshipsIn(place)).isEqualTo(3_002);
  }

  // ---- limits ----

  @Test
  void moreRowsOrBytesThanConfiguredAnswer413() {
    Place place = Fixtures.place();
    StringBuilder rows = new StringBuilder("code,name,districtCode\n");
    for (int i = 0; i < 20_001; i++) {
      rows.append("1,a,1\n");
    }
    csv(api(), rows.toString()).post("/api/v1/imports/townships").then().statusCode(413);
    byte[] big = new byte[4 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    Api.invalid().contentType("text/csv").body(big).post("/api/v1/imports/townships").then().statusCode(413);
    assertThat(townshipsIn(place)).isEqualTo(1);
  }

  // ---- access ----

  @Test
  void aDistrictAdminImportsOnlyItsOwnDistrictsTownshipsAndNoDistricts() {
    Place own = Fixtures.place();
    Place foreign = Fixtures.place();
    Users.Login districtAdmin = Users.create(Role.DISTRICT_ADMIN, own.districtId(), null);
    csv(Api.as(districtAdmin), "code,name,districtCode\n" + townshipRows(own, 1, 1)).post("/api/v1/imports/townships")
        .then().statusCode(200);
    Response foreignRow = csv(Api.as(districtAdmin), "code,name,districtCode\n" + townshipRows(foreign, 1, 1))
        .post("/api/v1/imports/townships");
    foreignRow.then().statusCode(422);
    assertThat(problem(foreignRow.jsonPath().setRootPath("report"), "unknown-district", "districtCode")).containsExactly(2);
    csv(Api.as(districtAdmin), "code,name,kind\n321098,某区,COUNTY_LEVEL\n").post("/api/v1/imports/districts")
        .then().statusCode(403);
  }

  @Test
  void anImportKeyLimitedToADistrictImportsItsTownshipsButNoAccounts() {
    Place own = Fixtures.place();
    String key = Fixtures.apiKey(own.districtId(), "import");
    csv(Api.withKey(key), "code,name,districtCode\n" + townshipRows(own, 1, 2)).post("/api/v1/imports/townships")
        .then().statusCode(200).body("created", equalTo(2));
    csv(Api.withKey(key), "username,displayName,role\nkey-made,某人,VIEWER\n").post("/api/v1/imports/users").then().statusCode(403);
  }

  // ---- other kinds ----

  @Test
  void districtsImportWithChineseKindNames() {
    String code = String.valueOf(860000 + NEXT.incrementAndGet() + (int) (ProcessHandle.current().pid() % 500) * 20);
    csv(api(), "行政区划代码,名称,类型\n" + code + ",导入新区" + code + ",功能区\n").post("/api/v1/imports/districts")
        .then().statusCode(200).body("created", equalTo(1));
    api().get("/api/v1/districts/by-code/" + code).then().statusCode(200).body("kind", equalTo("FUNCTIONAL_ZONE"));
  }

  @Test
  void importedUsersMustChangeTheirPasswordAndItIsNeverEchoed() {
    Place place = Fixtures.place();
    String username = "imported-" + unique();
    String password = "Imported#Pass-2026";
    Response answer = csv(api(), "用户名,姓名,角色,乡镇代码,初始密码\n" + username + ",导入用户,TOWNSHIP_OPERATOR," + place.townshipCode()
        + "," + password + "\nweak-" + unique() + ",弱密码,VIEWER,,short\n").post("/api/v1/imports/users");
    answer.then().statusCode(422);
    assertThat(answer.asString()).doesNotContain(password).doesNotContain("short");
    assertThat(problem(answer.jsonPath().setRootPath("report"), "weak-password", "initialPassword")).containsExactly(3);
    Response ok = csv(api(), "用户名,姓名,角色,乡镇代码,初始密码\n" + username + ",导入用户,TOWNSHIP_OPERATOR," + place.townshipCode()
        + "," + password + "\n").post("/api/v1/imports/users");
    ok.then().statusCode(200).body("created", equalTo(1));
    assertThat(ok.asString()).doesNotContain(password);
    Users.loginResponse(username, password).then().statusCode(200).body("mustChangePassword", equalTo(true));
  }

  @Test
  void nominationsImportByRoundYearAndTownshipCodeWithinQuota() {
    Place place = Fixtures.place();
    long round = org.fumin.testing.Rounds.open();
    int year = api().get("/api/v1/rounds/" + round).jsonPath().getInt("year");
    String d = place.districtCode();
    csv(api(), "code,name,districtCode\n" + d + "801,二号镇," + d + "\n" + d + "802,三号镇," + d + "\n")
        .post("/api/v1/imports/townships").then().statusCode(200);
    String file = "年度,乡镇代码\n" + year + "," + place.townshipCode() + "\n" + year + "," + d + "801\n" + year + "," + d + "802\n";
    Response refused = csv(api(), file).post("/api/v1/imports/nominations");
    refused.then().statusCode(422);
    assertThat(problem(refused.jsonPath().setRootPath("report"), "quota-exhausted", "townshipCode")).containsExactly(4);
    csv(api(), "年度,乡镇代码\n" + year + "," + place.townshipCode() + "\n" + year + "," + d + "801\n")
        .post("/api/v1/imports/nominations").then().statusCode(200).body("created", equalTo(2));
    api().queryParam("roundId", round).queryParam("districtCode", d).get("/api/v1/nominations").then().body("total", equalTo(2));
  }

  // ---- templates ----

  @Test
  void templatesHaveTheHeadersAndAnExampleRowAndReadBackAsADryRun() {
    String template = api().accept("text/csv").queryParam("format", "csv").get("/api/v1/imports/districts/template")
        .then().statusCode(200).extract().asString();
    assertThat(template).startsWith("\uFEFF行政区划代码/code,名称/name,类型/kind\r\n321099,");
    byte[] xlsx = api().accept(XLSX).get("/api/v1/imports/users/template").then().statusCode(200).extract().asByteArray();
    assertThat(xlsx).startsWith('P', 'K');
    Api.raw().cookie("fumin_session", Users.admin().session()).header("X-CSRF-Token", Users.admin().csrf())
        .contentType(XLSX).body(xlsx).queryParam("dryRun", true).post("/api/v1/imports/users").then().statusCode(422)
        .body("report.errors.code", org.hamcrest.Matchers.hasItem("unknown-township"));
  }
}
