package org.fumin.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.fumin.auth.Role;
import org.fumin.testing.Api;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Rounds;
import org.fumin.testing.Users;
import org.fumin.testing.Users.Login;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attachments follow evidence revisions: what a revision had is kept when files change later, an API
 * key gets only files that were submitted, and uploads and removals take the nomination's lock, so
 * they cannot slip past a submission or the per-item limit.
 */
@QuarkusTest
class RevisionAttachmentTest {

  @Inject AgroalDataSource dataSource;

  /** A nomination in progress (plan approved) with its operator, district admin and a read key of the district. */
  record Setup(Place place, long nomination, Login operator, Login district, String key) {
    String item(String code) {
      return "/api/v1/nominations/" + nomination + "/evidence/" + code;
    }
  }

  private static long round;

  @BeforeEach
  void round() {
    synchronized (RevisionAttachmentTest.class) {
      if (round == 0) {
        round = Rounds.open();
      }
    }
  }

  private static Setup setup() {
    Place place = Fixtures.place();
    Login district = Users.create(Role.DISTRICT_ADMIN, place.districtId(), null);
    long nomination = Rounds.nominate(round, district, place.townshipId());
    Login operator = Users.create(Role.TOWNSHIP_OPERATOR, null, place.townshipId());
    Rounds.approvedPlan(operator, district, nomination);
    return new Setup(place, nomination, operator, district, Fixtures.apiKey(place.districtId(), "read"));
  }

  private static Response upload(Setup s, String code, String name, byte[] content) {
    Multipart body = Multipart.file(name, content);
    return Api.as(s.operator()).contentType(body.contentType()).body(body.body()).post(s.item(code) + "/attachments");
  }

  private static long uploaded(Setup s, String code, String name) {
    return upload(s, code, name, Samples.pdf(UUID.randomUUID().toString())).then().statusCode(201)
        .extract().jsonPath().getLong("id");
  }

  private static void save(Setup s, String code, int revision, String narrative) {
    Api.as(s.operator()).header("If-Match", "\"" + revision + "\"").body(Map.of("narrative", narrative)).put(s.item(code))
        .then().statusCode(200).body("revision", equalTo(revision + 1));
  }

  private static Response submit(Setup s, String code, int revision) {
    return Api.as(s.operator()).header("If-Match", "\"" + revision + "\"").post(s.item(code) + "/submit");
  }

  private static void returnItem(Setup s, String code, int revision) {
    Api.as(s.district()).header("If-Match", "\"" + revision + "\"").body(Map.of("reason", Rounds.REASON))
        .post(s.item(code) + "/return").then().statusCode(200);
  }

  private static void remove(Setup s, long id) {
    Api.as(s.operator()).delete("/api/v1/attachments/" + id).then().statusCode(200);
  }

  private static void keyReads(Setup s, long id, int status) {
    Api.withKey(s.key()).get("/api/v1/attachments/" + id).then().statusCode(status);
    Api.withKey(s.key()).accept("*/*").get("/api/v1/attachments/" + id + "/content").then().statusCode(status);
  }

  @Test
  void aReadKeyGetsTheFilesOfTheRevisionItIsShownNeverTheDraftsUploads() {
    Setup s = setup();
    long submitted = uploaded(s, "2", "提交的材料.pdf");
    save(s, "2", 0, "第一版");
    submit(s, "2", 1).then().statusCode(200);
    returnItem(s, "2", 1);
    long draft = uploaded(s, "2", "秘密草稿.pdf");
    remove(s, submitted);

    // the township and its reviewers see the draft's files
    Api.as(s.district()).get(s.item("2")).then().statusCode(200).body("attachments.id", contains((int) draft));
    // a key sees revision 1 and exactly the files submitted with it, as they were then
    Api.withKey(s.key()).get(s.item("2")).then().statusCode(200)
        .body("revision", equalTo(1)).body("attachments.id", contains((int) submitted))
        .body("attachments[0].removedAt", nullValue());
    Api.withKey(s.key()).get("/api/v1/nominations/" + s.nomination() + "/evidence").then().statusCode(200)
        .body("items.find { it.indicatorCode == '2' }.attachments.id", contains((int) submitted));
    Api.withKey(s.key()).get(s.item("2") + "/attachments").then().statusCode(200).body("id", contains((int) submitted));
    keyReads(s, draft, 404);
    keyReads(s, submitted, 200);
    Api.withKey(s.key()).get("/api/v1/attachments/" + submitted).then().body("removedAt", nullValue());
    // removing the file after the return does not take it out of what was submitted
    Api.as(s.district()).get(s.item("2") + "/revisions/1").then().statusCode(200)
        .body("attachments.id", contains((int) submitted)).body("attachments[0].removedAt", notNullValue());
    Api.withKey(s.key()).get(s.item("2") + "/revisions/1").then().statusCode(200)
        .body("attachments.id", contains((int) submitted));
  }

  @Test
  void aFileRemovedBeforeItWasEverSubmittedStaysInvisibleToKeys() {
    Setup s = setup();
    long early = uploaded(s, "3", "早期草稿.pdf");
    save(s, "3", 0, "第一版");
    remove(s, early);
    save(s, "3", 1, "第二版");
    long kept = uploaded(s, "3", "正式材料.pdf");
    submit(s, "3", 2).then().statusCode(200).body("submittedRevision", equalTo(2));

    Api.as(s.district()).get(s.item("3") + "/revisions/1").then().statusCode(200).body("attachments.id", contains((int) early));
    Api.as(s.district()).get(s.item("3") + "/revisions/2").then().statusCode(200).body("attachments.id", contains((int) kept));
    Api.withKey(s.key()).get(s.item("3") + "/revisions/1").then().statusCode(200).body("attachments", empty());
    keyReads(s, early, 404);
    keyReads(s, kept, 200);
  }

  @Test
  void aReturnedItemSubmittedAgainWithOtherFilesBecomesANewRevisionAndTheFirstKeepsItsFiles() {
    Setup s = setup();
    long first = uploaded(s, "4", "第一份.pdf");
    save(s, "4", 0, "内容");
    submit(s, "4", 1).then().statusCode(200);
    returnItem(s, "4", 1);
    remove(s, first);
    long second = uploaded(s, "4", "补充.pdf");

    submit(s, "4", 1).then().statusCode(200).body("state", equalTo("SUBMITTED"))
        .body("revision", equalTo(2)).body("submittedRevision", equalTo(2)).body("narrative", equalTo("内容"));
    Api.as(s.district()).get(s.item("4") + "/revisions/1").then().body("attachments.id", contains((int) first));
    Api.as(s.district()).get(s.item("4") + "/revisions/2").then().body("attachments.id", contains((int) second))
        .body("events.action", contains("SUBMIT"));
    Api.withKey(s.key()).get(s.item("4")).then().statusCode(200).body("attachments.id", contains((int) second));
    keyReads(s, first, 200); // it was submitted once
  }

  @Test
  void anUploadThatMeetsASubmissionInProgressIsRefusedAndLeavesNothingAttached() throws Exception {
    Setup s = setup();
    save(s, "5", 0, "待提交");
    byte[] content = Samples.pdf(UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CompletableFuture<Response> submitting;
    CompletableFuture<Response> uploading;
    try (Connection holder = dataSource.getConnection()) {
      // hold the nomination's lock, let the submission queue for it, then the upload behind it
      holder.setAutoCommit(false);
      try (PreparedStatement lock = holder.prepareStatement("select id from nomination where id = ? for update")) {
        lock.setLong(1, s.nomination());
        lock.executeQuery().close();
      }
      int waiting = lockWaiters();
      submitting = CompletableFuture.supplyAsync(() -> submit(s, "5", 1), pool);
      awaitUntil(() -> lockWaiters() > waiting);
      uploading = CompletableFuture.supplyAsync(() -> upload(s, "5", "提交时上传.pdf", content), pool);
      CompletableFuture<Response> upload = uploading;
      awaitUntil(() -> lockWaiters() > waiting + 1 || upload.isDone());
      holder.rollback();
    } finally {
      pool.shutdown();
    }
    submitting.get(30, TimeUnit.SECONDS).then().statusCode(200).body("state", equalTo("SUBMITTED"));
    uploading.get(30, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json");
    Api.as(s.operator()).get(s.item("5")).then().body("attachments", empty());
    assertThat(count("select count(*) from attachment_content where sha256 = ?", AttachmentTest.sha256(content)))
        .as("the refused upload's content is not recorded").isZero();
  }

  @Test
  void theAttachmentLimitHoldsUnderParallelUploads() throws Exception {
    Setup s = setup();
    int limit = 50;
    for (int i = 0; i < limit - 2; i++) {
      uploaded(s, "6", "材料" + i + ".pdf");
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<CompletableFuture<Response>> uploads = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        byte[] content = Samples.pdf(UUID.randomUUID().toString());
        int n = i;
        uploads.add(CompletableFuture.supplyAsync(() -> upload(s, "6", "并发" + n + ".pdf", content), pool));
      }
      List<Integer> statuses = new ArrayList<>();
      for (CompletableFuture<Response> upload : uploads) {
        statuses.add(upload.get(60, TimeUnit.SECONDS).statusCode());
      }
      assertThat(statuses).as("statuses").containsOnly(201, 409);
      assertThat(statuses.stream().filter(status -> status == 201)).hasSize(2);
    } finally {
      pool.shutdown();
    }
    Api.as(s.operator()).get(s.item("6") + "/attachments").then().statusCode(200).body("size()", equalTo(limit));
  }

  @Test
  void anUploadWithTwoFilePartsIsRefusedAndNothingIsStored() {
    Setup s = setup();
    String salt = UUID.randomUUID().toString();
    byte[] pdf = Samples.pdf(salt);
    String boundary = Multipart.BOUNDARY;
    byte[] body = Samples.concat(
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a1.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        pdf,
        ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a2.exe\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Samples.windowsProgram(),
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Api.invalidAs(s.operator()).contentType("multipart/form-data; boundary=" + boundary).body(body)
        .post(s.item("7") + "/attachments")
        .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("file"));
    Api.as(s.operator()).get(s.item("7") + "/attachments").then().statusCode(200).body("size()", equalTo(0));
    assertThat(count("select count(*) from attachment_content where sha256 = ?", AttachmentTest.sha256(pdf))).isZero();
  }

  /** Backends of this database waiting for a lock. */
  private int lockWaiters() {
    return (int) count("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = ?", "Lock");
  }

  private long count(String sql, String parameter) {
    try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits up to 10 s for the condition (a lock queue to form); goes on either way, the assertions judge. */
  private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
  }
}
