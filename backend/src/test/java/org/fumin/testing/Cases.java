package org.fumin.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Typical cases for a test: written, submitted and published through the API. */
public final class Cases {

  private Cases() {}

  /** A new draft with a summary and a body, written by this district admin about this township. */
  public static long draft(Users.Login districtAdmin, long townshipId, String title) {
    return Api.as(districtAdmin).body(Map.of("townshipId", townshipId, "title", title, "summary", "摘要：" + title,
            "body", "## 做法\n\n" + title + "的做法。"))
        .post("/api/v1/cases").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  /** A draft submitted to the city. */
  public static long submitted(Users.Login districtAdmin, long townshipId, String title) {
    long id = draft(districtAdmin, townshipId, title);
    Api.as(districtAdmin).post("/api/v1/cases/" + id + "/submit").then().statusCode(200);
    return id;
  }

  /** A case submitted and published by the city admin. */
  public static long published(Users.Login districtAdmin, long townshipId, String title) {
    long id = submitted(districtAdmin, townshipId, title);
    Api.api().post("/api/v1/cases/" + id + "/publish").then().statusCode(200);
    return id;
  }

  /** A minimal PNG; {@code salt} makes its bytes (and hash) unique. */
  public static byte[] png(String salt) {
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    byte[] tail = salt.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /** Uploads a file (one multipart part named {@code file}) to the case. */
  public static Response upload(RequestSpecification as, long caseId, String fileName, byte[] content) {
    String boundary = "case-boundary-5e1";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return as.contentType("multipart/form-data; boundary=" + boundary).body(body).post("/api/v1/cases/" + caseId + "/attachments");
  }
}
