package org.fumin.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;

/** REST Assured with every request and response validated against the root {@code openapi.yaml}. */
public final class Api {

  public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

  private static final OpenApiValidationFilter CONTRACT_FILTER = filter(LevelResolver.create().build());
  private static final OpenApiValidationFilter RESPONSE_FILTER = filter(LevelResolver.create()
      .withLevel("validation.request", ValidationReport.Level.IGNORE)
      .build());

  private static OpenApiValidationFilter filter(LevelResolver levels) {
    try {
      return new OpenApiValidationFilter(OpenApiInteractionValidator
          .createForInlineApiSpecification(Files.readString(CONTRACT))
          .withLevelResolver(levels)
          .build());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What a client of this API accepts: answers and problem details. */
  private static final String ACCEPT = "application/json, application/problem+json";

  private Api() {}

  /** A request by the first city admin that must conform to the contract, as must its response. */
  public static RequestSpecification api() {
    return as(Users.admin());
  }

  /** A request by this signed-in user, checked against the contract both ways. */
  public static RequestSpecification as(Users.Login login) {
    return signed(anonymous(), login);
  }

  /** A request with an API key, checked against the contract both ways. */
  public static RequestSpecification withKey(String secret) {
    return anonymous().header("Authorization", "Bearer " + secret);
  }

  /** A request without credentials, checked against the contract both ways. */
  public static RequestSpecification anonymous() {
    return RestAssured.given().filter(CONTRACT_FILTER).contentType(ContentType.JSON).accept(ACCEPT);
  }

  static OpenApiValidationFilter contractFilter() {
    return CONTRACT_FILTER;
  }

  private static RequestSpecification signed(RequestSpecification request, Users.Login login) {
    return request.cookie("fumin_session", login.session()).header("X-CSRF-Token", login.csrf());
  }

  /**
   * A request that deliberately breaks the contract (to test refusals); the answer must still
   * conform to it.
   */
  public static RequestSpecification invalid() {
    return signed(invalidAnonymous(), Users.admin());
  }

  /** A deliberately contract-breaking request by this user; the answer must conform. */
  public static RequestSpecification invalidAs(Users.Login login) {
    return signed(invalidAnonymous(), login);
  }

  /** A deliberately contract-breaking request without credentials; the answer must conform. */
  public static RequestSpecification invalidAnonymous() {
    return RestAssured.given().filter(RESPONSE_FILTER).contentType(ContentType.JSON).accept(ACCEPT);
  }

  /** A request outside the contract (unknown paths, deliberately malformed bodies). */
  public static RequestSpecification raw() {
    return RestAssured.given();
  }
}
