package org.fumin.common.problem;

import java.util.Arrays;
import java.util.List;

/**
 * A refusal the domain wants the caller to see. The detail is a message key with arguments,
 * translated into the caller's language when the answer is written.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final String detailKey;
  private final transient List<Object> arguments;
  private final List<Problem.Violation> violations;
  private Long retryAfterSeconds;
  private List<String> allowedActions;
  private java.time.OffsetDateTime deadline;
  private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

  public ProblemException(ProblemType type, String detailKey, Object... arguments) {
    this(type, List.of(), detailKey, arguments);
  }

  public ProblemException(
      ProblemType type, List<Problem.Violation> violations, String detailKey, Object... arguments) {
    super(detailKey, null, false, false);
    this.type = type;
    this.detailKey = detailKey;
    this.arguments = Arrays.asList(arguments);
    this.violations = violations;
  }

  public static ProblemException notFound(String entityKey, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.detail", new Message(entityKey), String.valueOf(id));
  }

  /** A single invalid field, reported like a bean-validation failure. */
  public static ProblemException invalidField(String field, String messageKey, Object... arguments) {
    return new ProblemException(
        ProblemType.VALIDATION, List.of(new Problem.Violation(field, messageKey)), messageKey, arguments);
  }

  /** Tells the caller when to try again ({@code Retry-After}). */
  public ProblemException retryAfter(long seconds) {
    this.retryAfterSeconds = seconds;
    return this;
  }

  /** Names the actions the current state allows (with {@code invalid-transition}). */
  public ProblemException allowedActions(List<String> actions) {
    this.allowedActions = List.copyOf(actions);
    return this;
  }

  /** Names the deadline that has passed (with {@code deadline-passed}). */
  public ProblemException deadline(java.time.OffsetDateTime deadline) {
    this.deadline = deadline;
    return this;
  }

  /** A header the answer carries besides the problem (e.g. {@code Content-Range} with a 416). */
  public ProblemException header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public java.util.Map<String, String> headers() {
    return headers;
  }

  public List<String> allowedActions() {
    return allowedActions;
  }

  public java.time.OffsetDateTime deadline() {
    return deadline;
  }

  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public ProblemType type() {
    return type;
  }

  public String detailKey() {
    return detailKey;
  }

  public List<Object> arguments() {
    return arguments;
  }

  public List<Problem.Violation> violations() {
    return violations;
  }

  /** An argument that is itself a message key, translated before it is formatted in. */
  public record Message(String key) {}
}
