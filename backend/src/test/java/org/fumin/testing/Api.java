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

  /** A request that must conform to the contract, as must its response. */
  public static RequestSpecification api() {
    return RestAssured.given().filter(CONTRACT_FILTER).contentType(ContentType.JSON).accept(ACCEPT);
  }

  /**
   * A request that deliberately breaks the contract (to test refusals); the answer must still
   * conform to it.
   */
  public static RequestSpecification invalid() {
    return RestAssured.given().filter(RESPONSE_FILTER).contentType(ContentType.JSON).accept(ACCEPT);
  }

  /** A request outside the contract (unknown paths, deliberately malformed bodies). */
  public static RequestSpecification raw() {
    return RestAssured.given();
  }
}
