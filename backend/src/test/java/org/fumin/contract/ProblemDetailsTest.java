package org.fumin.contract;

import static org.fumin.testing.Api.api;
import static org.fumin.testing.Api.invalid;
import static org.fumin.testing.Api.raw;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every failure under /api is problem+json; the SPA's HTML never answers an API path. */
@QuarkusTest
class ProblemDetailsTest {

  @Test
  void unknownApiPathIsAProblemNotTheSpa() {
    raw().accept("text/html").get("/api/v1/nothing-here")
        .then().statusCode(404).contentType("application/problem+json")
        .body("status", equalTo(404)).body("instance", equalTo("/api/v1/nothing-here"));
  }

  @Test
  void malformedJsonIsABadRequest() {
    invalid().body("{\"code\": ").post("/api/v1/districts")
        .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("urn:fumin:problem:malformed"));
  }

  @Test
  void wrongMediaTypeIsUnsupported() {
    invalid().contentType("text/plain").body("code=1").post("/api/v1/districts")
        .then().statusCode(415).contentType("application/problem+json");
  }

  @Test
  void oversizedBodyIsRefused() {
    String name = "x".repeat(2 * 1024 * 1024);
    invalid().body("{\"code\":\"123456\",\"name\":\"" + name + "\",\"kind\":\"COUNTY_LEVEL\"}").post("/api/v1/districts")
        .then().statusCode(413).contentType("application/problem+json");
  }

  @Test
  void missingBodyNamesTheProblem() {
    invalid().post("/api/v1/districts").then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void wrongTypeOfQueryParameterIsABadRequest() {
    invalid().queryParam("size", "many").get("/api/v1/districts")
        .then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void unsupportedMethodIsAProblem() {
    raw().accept("application/json").patch("/api/v1/districts")
        .then().statusCode(405).contentType("application/problem+json");
  }

  @Test
  void callersRequestIdIsEchoedAndAFreshOneIsMadeOtherwise() {
    api().header("X-Request-Id", "trace-42").get("/api/v1/districts").then().header("X-Request-Id", equalTo("trace-42"));
    api().header("X-Request-Id", "bad id with spaces").get("/api/v1/districts")
        .then().header("X-Request-Id", not(containsString(" ")));
    api().get("/api/v1/districts/424242").then().statusCode(404)
        .body("requestId", notNullValue());
  }
}
