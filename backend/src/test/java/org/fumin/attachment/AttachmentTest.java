package org.fumin.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentTest {

  @Inject AgroalDataSource dataSource;

  /** A nomination in progress (plan approved) of a fresh township with its operator and district admin. */
  record Item(Place place, long nomination, Login operator, Login districtAdmin) {
    String attachments(String indicator) {
      return "/api/v1/nominations/" + nomination + "/evidence/" + indicator + "/attachments";
    }
  }

  private static Item own;
  private static Item foreign;

  @BeforeEach
  void items() {
    synchronized (AttachmentTest.class) {
      if (own == null) {
        long round = Rounds.open();
        own = item(round);
        foreign = item(round);
      }
    }
  }

  private static Item item(long round) {
    Place place = Fixtures.place();
    Login districtAdmin = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    long nomination = Rounds.nominate(round, districtAdmin, place.townshipId());
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    Rounds.approvedPlan(operator, districtAdmin, nomination);
    return new Item(place, nomination, operator, districtAdmin);
  }

  private static Response upload(Login who, Item item, String indicator, String name, byte[] content) {
    Multipart body = Multipart.file(name, content);
    return Api.as(who).contentType(body.contentType()).body(body.body()).post(item.attachments(indicator));
  }

  private static String salt() {
    return UUID.randomUUID().toString();
  }

  @Test
  void eachAllowedKindIsAcceptedWithItsHashAndServerDecidedType() throws Exception {
    record Kind(String name, byte[] content, String type) {}
    String s = salt();
    for (Kind kind : List.of(
        new Kind("工作报告.pdf", Samples.pdf(s), "application/pdf"),
        new Kind("现场照片.PNG", Samples.png(s), "image/png"),
        new Kind("签到表.jpg", Samples.jpeg(s), "image/jpeg"),
        new Kind("photo.jpeg", Samples.jpeg(s + "2"), "image/jpeg"),
        new Kind("实施方案.docx", Samples.docx(s), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        new Kind("台账.xlsx", Samples.xlsx(s), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        new Kind("公文.ofd", Samples.ofd(s), "application/ofd"))) {
      upload(own.operator(), own, "1", kind.name(), kind.content())
          .then().statusCode(201)
          .header("Location", containsString("/api/v1/attachments/"))
          .body("fileName", equalTo(kind.name()))
          .body("contentType", equalTo(kind.type()))
          .body("sizeBytes", equalTo(kind.content().length))
          .body("sha256", equalTo(sha256(kind.content())))
          .body("uploadedBy", equalTo(own.operator().username()))
          .body("removedAt", nullValue());
    }
  }

  @Test
  void hostileUploadsAreRefusedAndNothingIsStored() throws Exception {
    String s = salt();
    record Hostile(String why, String name, byte[] content, int status) {}
    List<Hostile> hostile = List.of(
        new Hostile("wrong magic bytes", "报告.pdf", ("just text " + s).getBytes(), 400),
        new Hostile("a Windows program named .pdf", "报告.pdf", Samples.concat(Samples.windowsProgram(), s.getBytes()), 400),
        new Hostile("an ELF program named .pdf", "report.pdf", Samples.concat(Samples.elfProgram(), s.getBytes()), 400),
        new Hostile("a PNG named .pdf", "图片.pdf", Samples.png(s), 400),
        new Hostile("a ZIP named .docx", "方案.docx", Samples.plainZip(s), 400),
        new Hostile("a workbook named .docx", "方案.docx", Samples.xlsx(s), 400),
        new Hostile("double extension, program last", "报告.pdf.exe", Samples.pdf(s), 400),
        new Hostile("double extension, program hidden", "报告.exe.pdf", Samples.pdf(s), 400),
        new Hostile("a script extension hidden", "invoice.js.pdf", Samples.pdf(s), 400),
        new Hostile("not an allowed kind", "setup.exe", Samples.windowsProgram(), 400),
        new Hostile("no extension", "报告", Samples.pdf(s), 400),
        new Hostile("path traversal", "../../etc/passwd.pdf", Samples.pdf(s), 400),
        new Hostile("windows path", "..\\..\\boot.pdf", Samples.pdf(s), 400),
        new Hostile("NUL in the name", "报告\u0000.exe.pdf", Samples.pdf(s), 400),
        new Hostile("a control character", "报告\u0007.pdf", Samples.pdf(s), 400),
        new Hostile("a right-to-left override", "报告\u202Efdp.exe", Samples.pdf(s), 400),
        new Hostile("a name too long", "长".repeat(201) + ".pdf", Samples.pdf(s), 400),
        new Hostile("zero bytes", "空文件.pdf", new byte[0], 400));
    long[] before = stored();
    for (Hostile h : hostile) {
      Response response = upload(own.operator(), own, "2", h.name(), h.content());
      assertThat(response.statusCode()).as(h.why() + ": " + response.asString()).isEqualTo(h.status());
      assertThat(response.contentType()).as(h.why()).startsWith("application/problem+json");
      assertThat(response.jsonPath().getString("violations[0].field")).as(h.why()).isEqualTo("file");
      assertThat(response.jsonPath().getString("detail")).as(h.why()).isNotBlank();
    }
    assertThat(stored()).as("attachments, contents, chunks").containsExactly(before);
  }

  @Test
  void refusalsExplainThemselvesInChineseAndEnglish() {
    Multipart body = Multipart.file("报告.pdf", Samples.windowsProgram());
    Api.as(own.operator()).contentType(body.contentType()).body(body.body()).post(own.attachments("2"))
        .then().statusCode(400).body("detail", containsString("可执行程序"));
    Api.as(own.operator()).header("Accept-Language", "en").contentType(body.contentType()).body(body.body())
        .post(own.attachments("2"))
        .then().statusCode(400).body("detail", containsString("is a program, not a .pdf file"));
  }

  @Test
  void identicalContentIsStoredOnce() throws Exception {
    byte[] content = Samples.largePdf(PostgresAttachmentStore.CHUNK + 1000, System.nanoTime());
    long[] before = stored();
    String first = upload(own.operator(), own, "3", "第一份.pdf", content).then().statusCode(201).extract().path("sha256");
    String second = upload(own.operator(), own, "4", "同样的内容.pdf", content).then().statusCode(201).extract().path("sha256");
    assertThat(second).isEqualTo(first).isEqualTo(sha256(content));
    long[] after = stored();
    assertThat(after[0] - before[0]).as("attachments").isEqualTo(2);
    assertThat(after[1] - before[1]).as("contents").isEqualTo(1);
    assertThat(after[2] - before[2]).as("chunks of 1 MiB").isEqualTo(2);
  }

  @Test
  void aDownloadCarriesTheNameTypeTagAndExactBytes() throws Exception {
    byte[] content = Samples.largePdf(PostgresAttachmentStore.CHUNK * 2 + 12345, System.nanoTime());
    long id = uploaded(own, "5", "2023年度 就业富民（总结）.pdf", content);
    Response download = Api.as(own.districtAdmin()).accept("*/*").get("/api/v1/attachments/" + id + "/content");
    download.then().statusCode(200)
        .contentType("application/pdf")
        .header("X-Content-Type-Options", "nosniff")
        .header("Accept-Ranges", "bytes")
        .header("ETag", "\"" + sha256(content) + "\"")
        .header("Content-Length", String.valueOf(content.length))
        .header("Cache-Control", containsString("no-store"))
        .header("Content-Disposition", equalTo("attachment; filename=\"attachment-" + id + ".pdf\"; filename*=UTF-8''"
            + "2023%E5%B9%B4%E5%BA%A6%20%E5%B0%B1%E4%B8%9A%E5%AF%8C%E6%B0%91%EF%BC%88%E6%80%BB%E7%BB%93%EF%BC%89.pdf"));
    assertThat(Arrays.equals(download.asByteArray(), content)).as("the bytes round-trip").isTrue();
  }

  @Test
  void anAsciiNameIsItsOwnFallback() {
    long id = uploaded(own, "5", "report-2023.pdf", Samples.pdf(salt()));
    Api.as(own.operator()).accept("*/*").get("/api/v1/attachments/" + id + "/content")
        .then().statusCode(200)
        .header("Content-Disposition", "attachment; filename=\"report-2023.pdf\"; filename*=UTF-8''report-2023.pdf");
  }

  @Test
  void rangesAcrossChunksAnswer206AndBeyondTheEnd416() {
    byte[] content = Samples.largePdf(PostgresAttachmentStore.CHUNK * 2 + 500, System.nanoTime());
    long id = uploaded(own, "6", "大文件.pdf", content);
    String url = "/api/v1/attachments/" + id + "/content";
    int from = PostgresAttachmentStore.CHUNK - 10;
    int to = PostgresAttachmentStore.CHUNK * 2 + 9;
    Response part = Api.as(own.operator()).accept("*/*").header("Range", "bytes=" + from + "-" + to).get(url);
    part.then().statusCode(206)
        .header("Content-Range", "bytes " + from + "-" + to + "/" + content.length)
        .header("Content-Length", String.valueOf(to - from + 1));
    assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(content, from, to + 1));
    Response suffix = Api.as(own.operator()).accept("*/*").header("Range", "bytes=-100").get(url);
    suffix.then().statusCode(206).header("Content-Range", "bytes " + (content.length - 100) + "-" + (content.length - 1) + "/" + content.length);
    assertThat(suffix.asByteArray()).isEqualTo(Arrays.copyOfRange(content, content.length - 100, content.length));
    Api.as(own.operator()).accept("*/*").header("Range", "bytes=" + content.length + "-").get(url)
        .then().statusCode(416).contentType("application/problem+json")
        .header("Content-Range", "bytes */" + content.length)
        .body("type", equalTo("urn:fumin:problem:range-not-satisfiable"));
    Api.as(own.operator()).accept("*/*").header("Range", "bytes=0-9").header("If-Range", "\"something-else\"").get(url)
        .then().statusCode(200).header("Content-Length", String.valueOf(content.length));
  }

  @Test
  void aCurrentCopyIsNotSentAgain() throws Exception {
    byte[] content = Samples.png(salt());
    long id = uploaded(own, "7", "照片.png", content);
    String tag = "\"" + sha256(content) + "\"";
    Api.as(own.operator()).accept("*/*").header("If-None-Match", tag).get("/api/v1/attachments/" + id + "/content")
        .then().statusCode(304).header("ETag", tag);
    Api.as(own.operator()).accept("*/*").header("If-None-Match", "\"0000\"").get("/api/v1/attachments/" + id + "/content")
        .then().statusCode(200).contentType("image/png");
  }

  @Test
  void attachmentsOutsideTheCallersScopeDoNotExist() {
    long id = uploaded(own, "8", "本镇材料.pdf", Samples.pdf(salt()));
    for (Login stranger : List.of(foreign.operator(), foreign.districtAdmin())) {
      Api.as(stranger).accept("*/*").get("/api/v1/attachments/" + id + "/content")
          .then().statusCode(404).contentType("application/problem+json");
      Api.as(stranger).get("/api/v1/attachments/" + id).then().statusCode(404);
      Api.as(stranger).get(own.attachments("8")).then().statusCode(404);
    }
    Api.as(foreign.operator()).delete("/api/v1/attachments/" + id).then().statusCode(404);
    Api.withKey(Fixtures.apiKey(foreign.place().districtId(), "read")).accept("*/*")
        .get("/api/v1/attachments/" + id + "/content").then().statusCode(404);
    var ownKey = Fixtures.apiKey(own.place().districtId(), "read");
    // a key never sees a draft item, nor its attachments; once the item is submitted it does
    Api.withKey(ownKey).accept("*/*").get("/api/v1/attachments/" + id + "/content").then().statusCode(404);
    String item = "/api/v1/nominations/" + own.nomination() + "/evidence/8";
    Api.as(own.operator()).header("If-Match", "\"0\"").body(java.util.Map.of("narrative", "本镇材料")).put(item)
        .then().statusCode(200);
    Api.as(own.operator()).header("If-Match", "\"1\"").post(item + "/submit").then().statusCode(200);
    Api.withKey(ownKey).accept("*/*").get("/api/v1/attachments/" + id + "/content").then().statusCode(200);
  }

  @Test
  void onlyTheTownshipOperatorUploads() {
    upload(own.districtAdmin(), own, "9", "区里上传.pdf", Samples.pdf(salt())).then().statusCode(403);
    upload(foreign.operator(), own, "9", "别的镇.pdf", Samples.pdf(salt())).then().statusCode(404);
  }

  @Test
  void aRetryWithTheSameKeyReplaysTheFirstUpload() {
    byte[] content = Samples.pdf(salt());
    Multipart body = Multipart.file("重试.pdf", content);
    String key = "upload-" + UUID.randomUUID();
    long[] before = stored();
    Response first = Api.as(own.operator()).header("Idempotency-Key", key).contentType(body.contentType()).body(body.body())
        .post(own.attachments("10"));
    first.then().statusCode(201);
    Response retry = Api.as(own.operator()).header("Idempotency-Key", key).contentType(body.contentType()).body(body.body())
        .post(own.attachments("10"));
    retry.then().statusCode(201).header("Idempotent-Replayed", "true")
        .body("id", equalTo(first.jsonPath().getInt("id")));
    assertThat(stored()[0] - before[0]).as("one attachment").isEqualTo(1);
    Multipart other = Multipart.file("重试.pdf", Samples.pdf(salt()));
    Api.as(own.operator()).header("Idempotency-Key", key).contentType(other.contentType()).body(other.body())
        .post(own.attachments("10"))
        .then().statusCode(422).body("type", equalTo("urn:fumin:problem:idempotency-key-reused"));
  }

  @Test
  void removingKeepsTheRowAndContentButTakesItOffTheItem() {
    byte[] content = Samples.pdf(salt());
    long id = uploaded(own, "11", "作废.pdf", content);
    Api.as(own.operator()).get(own.attachments("11")).then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) id));
    Api.as(own.districtAdmin()).delete("/api/v1/attachments/" + id).then().statusCode(403);
    Api.as(own.operator()).delete("/api/v1/attachments/" + id).then().statusCode(200)
        .body("removedAt", notNullValue()).body("removedBy", equalTo(own.operator().username()));
    Api.as(own.operator()).get(own.attachments("11")).then().statusCode(200)
        .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id)));
    Api.as(own.operator()).get("/api/v1/attachments/" + id).then().statusCode(200).body("removedAt", notNullValue());
    Api.as(own.operator()).accept("*/*").get("/api/v1/attachments/" + id + "/content").then().statusCode(200);
    Api.as(own.operator()).delete("/api/v1/attachments/" + id).then().statusCode(200).body("removedAt", notNullValue());
    Api.api().queryParam("entityType", "ATTACHMENT").queryParam("entityId", String.valueOf(id)).get("/api/v1/audit-events")
        .then().statusCode(200).body("items.action", org.hamcrest.Matchers.hasItems("ATTACHMENT_ADDED", "ATTACHMENT_REMOVED"));
  }

  @Test
  void anUploadWithoutAFilePartIsExplained() {
    byte[] body = ("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--"
        + Multipart.BOUNDARY + "--\r\n").getBytes();
    Api.invalidAs(own.operator()).contentType("multipart/form-data; boundary=" + Multipart.BOUNDARY).body(body)
        .post(own.attachments("12"))
        .then().statusCode(400).body("violations[0].field", equalTo("file"));
  }

  private long uploaded(Item item, String indicator, String name, byte[] content) {
    return upload(item.operator(), item, indicator, name, content).then().statusCode(201).extract().jsonPath().getLong("id");
  }

  /** Rows of attachments, contents and content chunks. */
  private long[] stored() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select (select count(*) from attachment), (select count(*) from attachment_content), "
            + "(select count(*) from attachment_chunk)")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
