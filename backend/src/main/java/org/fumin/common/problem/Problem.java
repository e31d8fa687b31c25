package org.fumin.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, the body of every error answer under {@code /api}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String requestId,
    List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field of the request: a body property or a query/path/header parameter. */
  public record Violation(String field, String message) {}
}
