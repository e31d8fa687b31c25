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
    List<Violation> violations,
    List<String> allowedActions,
    java.time.OffsetDateTime deadline) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem of this type in the given language, its title from the type and detail from a message key. */
  public static Problem of(ProblemType type, java.util.Locale locale, String detailKey, String instance, String requestId,
      List<Violation> violations) {
    return new Problem(type.uri(), Messages.get(locale, type.titleKey()), type.status(), Messages.get(locale, detailKey),
        instance, requestId, violations == null || violations.isEmpty() ? null : violations, null, null);
  }

  /** One invalid field of the request: a body property or a query/path/header parameter. */
  public record Violation(String field, String message) {}
}
