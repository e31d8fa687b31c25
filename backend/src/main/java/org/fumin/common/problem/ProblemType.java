package org.fumin.common.problem;

/** The kinds of problem the API reports; each has a stable URN and a translated title. */
public enum ProblemType {
  VALIDATION(400, "validation"),
  MALFORMED(400, "malformed"),
  UNAUTHENTICATED(401, "unauthenticated"),
  FORBIDDEN(403, "forbidden"),
  PASSWORD_CHANGE_REQUIRED(403, "password-change-required"),
  CSRF(403, "csrf"),
  NOT_FOUND(404, "not-found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable"),
  CONFLICT(409, "conflict"),
  STILL_REFERENCED(409, "still-referenced"),
  DUPLICATE(409, "duplicate"),
  IN_PROGRESS(409, "in-progress"),
  INVALID_TRANSITION(409, "invalid-transition"),
  DEADLINE_PASSED(409, "deadline-passed"),
  QUOTA_EXHAUSTED(409, "quota-exhausted"),
  FROZEN(409, "frozen"),
  PRECONDITION_FAILED(412, "precondition-failed"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large"),
  URI_TOO_LONG(414, "uri-too-long"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
  RANGE_NOT_SATISFIABLE(416, "range-not-satisfiable"),
  HEADERS_TOO_LARGE(431, "headers-too-large"),
  IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
  IMPORT_REJECTED(422, "import-rejected"),
  PRECONDITION_REQUIRED(428, "precondition-required"),
  TOO_MANY_REQUESTS(429, "too-many-requests"),
  INTERNAL(500, "internal"),
  UNAVAILABLE(503, "unavailable");

  private final int status;
  private final String slug;

  ProblemType(int status, String slug) {
    this.status = status;
    this.slug = slug;
  }

  public int status() {
    return status;
  }

  public String uri() {
    return "urn:fumin:problem:" + slug;
  }

  /** The message key of the default detail in {@code messages*.properties}. */
  public String detailKey() {
    return "problem." + slug + ".detail";
  }

  /** The message key of the title in {@code messages*.properties}. */
  public String titleKey() {
    return "problem." + slug + ".title";
  }
}
