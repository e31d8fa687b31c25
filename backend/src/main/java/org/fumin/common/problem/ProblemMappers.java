package org.fumin.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.fumin.common.web.RequestId;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problem details. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @Inject HttpHeaders headers;
  @Inject UriInfo uriInfo;

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    Locale locale = locale();
    List<Problem.Violation> violations = e.violations().stream()
        .map(v -> new Problem.Violation(v.field(), Messages.get(locale, v.message(), e.arguments())))
        .toList();
    Response response = respond(e.type(), Messages.get(locale, e.detailKey(), e.arguments()), violations,
        e.allowedActions(), e.deadline());
    if (e.retryAfterSeconds() != null) {
      response = Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }
    if (!e.headers().isEmpty()) {
      Response.ResponseBuilder withHeaders = Response.fromResponse(response);
      e.headers().forEach(withHeaders::header);
      response = withHeaders.build();
    }
    return response;
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e) {
    List<Problem.Violation> violations = e.getConstraintViolations().stream()
        .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
        .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
        .toList();
    return respond(ProblemType.VALIDATION, Messages.get(locale(), "problem.validation.detail"), violations);
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e) {
    return unreadable(e);
  }

  @ServerExceptionMapper
  public Response unparseable(JsonParseException e) {
    return unreadable(e);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonProcessingException e) {
    if (e instanceof org.fumin.common.web.RefusedValueException r) {
      return respond(ProblemType.VALIDATION, Messages.get(locale(), "problem.validation.detail"),
          List.of(new Problem.Violation(path(r).isEmpty() ? "body" : path(r), Messages.get(locale(), r.messageKey(), r.arguments()))));
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return respond(ProblemType.VALIDATION, Messages.get(locale(), "problem.validation.detail"),
          List.of(new Problem.Violation(path(u), Messages.get(locale(), "violation.unknown-field"))));
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      String allowed = java.util.Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
      return respond(ProblemType.VALIDATION, Messages.get(locale(), "problem.validation.detail"),
          List.of(new Problem.Violation(path(f), Messages.get(locale(), "violation.enum", allowed))));
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return respond(ProblemType.VALIDATION, Messages.get(locale(), "problem.validation.detail"),
          List.of(new Problem.Violation(path(m), Messages.get(locale(), "violation.wrong-type"))));
    }
    return respond(ProblemType.MALFORMED, Messages.get(locale(), "problem.malformed.detail"), List.of());
  }

  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e) {
    return respond(ProblemType.PRECONDITION_FAILED, Messages.get(locale(), "problem.precondition-failed.detail"), List.of());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status == 400 && e.getCause() instanceof JsonProcessingException unreadable) {
      // the JSON reader wraps some failures (a number too large for its field) in a bare 400
      return unreadable(unreadable);
    }
    ProblemType type;
    if (e instanceof NotFoundException && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
      // JAX-RS answers 404 when a query or path parameter cannot be converted; it is a bad request
      return respond(ProblemType.VALIDATION, Messages.get(locale(), "problem.parameter-type.detail"),
          unconvertedParameter(e.getCause()));
    } else if (e instanceof NotFoundException) {
      type = ProblemType.NOT_FOUND;
    } else if (e instanceof NotAllowedException) {
      type = ProblemType.METHOD_NOT_ALLOWED;
    } else if (e instanceof NotSupportedException) {
      type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
    } else if (e instanceof NotAcceptableException) {
      type = ProblemType.NOT_ACCEPTABLE;
    } else if (status == 413) {
      type = ProblemType.PAYLOAD_TOO_LARGE;
    } else {
      type = status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED;
    }
    if (type == ProblemType.INTERNAL) {
      return unexpected(e);
    }
    String detailKey = type == ProblemType.NOT_FOUND ? "problem.no-route.detail" : type.detailKey();
    Response response = respond(type, Messages.get(locale(), detailKey), List.of());
    if (type == ProblemType.PAYLOAD_TOO_LARGE) {
      // the rest of the body is never read: end the connection rather than leave it half-read
      return Response.fromResponse(response).header("Connection", "close").build();
    }
    if (e instanceof NotAllowedException) {
      return Response.fromResponse(response).allow(e.getResponse().getAllowedMethods()).build();
    }
    return response;
  }

  /** Database refusals that slip past the services' own checks (e.g. two racing creates). */
  @ServerExceptionMapper
  public Response persistence(jakarta.persistence.PersistenceException e) {
    if (DatabaseFailures.isOutage(e)) {
      return unavailable(e);
    }
    SQLException sql = DatabaseFailures.sqlCause(e);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    switch (state) {
      case "23505":
        return respond(ProblemType.DUPLICATE, Messages.get(locale(), "problem.duplicate.detail"), List.of());
      case "23503":
        if (String.valueOf(sql.getMessage()).contains("is not present in table")) {
          return respond(ProblemType.VALIDATION, Messages.get(locale(), "problem.unknown-reference.detail"),
              List.of(new Problem.Violation(column(sql), Messages.get(locale(), "violation.unknown-reference"))));
        }
        return respond(ProblemType.STILL_REFERENCED, Messages.get(locale(), "problem.still-referenced.detail"), List.of());
      case "23502":
        return respond(ProblemType.VALIDATION, Messages.get(locale(), "problem.not-null.detail"),
            List.of(new Problem.Violation(column(sql), Messages.get(locale(), "violation.required"))));
      case "23514":
      case "23P01":
        return respond(ProblemType.CONFLICT, Messages.get(locale(), "problem.constraint.detail"), List.of());
      default:
        break;
    }
    if (state.startsWith("22")) {
      // a data exception (value out of range, invalid text): the input was wrong, not the server
      LOG.infof("Database refused a value of %s: %s", requestUri(), DatabaseFailures.summary(e));
      return respond(ProblemType.VALIDATION, Messages.get(locale(), "problem.validation.detail"), List.of());
    }
    if (e instanceof OptimisticLockException o) {
      return optimisticLock(o);
    }
    return internal(e);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e) {
    if (DatabaseFailures.isOutage(e)) {
      return unavailable(e);
    }
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof jakarta.persistence.PersistenceException p) {
        return persistence(p);
      }
    }
    if (DatabaseFailures.sqlCause(e) != null && !(e instanceof jakarta.persistence.PersistenceException)) {
      return persistence(new jakarta.persistence.PersistenceException(e));
    }
    if (isMultipartParseFailure(e)) {
      // a truncated or empty multipart body: the client's fault, nothing was stored
      return respond(ProblemType.MALFORMED, Messages.get(locale(), "problem.malformed-multipart.detail"), List.of());
    }
    return internal(e);
  }

  /** The form parser gives up on a body that ends before its closing boundary with an IOException. */
  private static boolean isMultipartParseFailure(Throwable e) {
    if (!(e instanceof java.io.IOException)) {
      return false;
    }
    StackTraceElement[] stack = e.getStackTrace();
    return stack.length > 0 && stack[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.");
  }

  /** The database is unreachable for now: 503 with {@code Retry-After}, logged as one line. */
  private Response unavailable(Throwable e) {
    LOG.warnf("Database unavailable for %s %s: %s", requestUri(), RequestId.current(), DatabaseFailures.summary(e));
    Response response = respond(ProblemType.UNAVAILABLE, Messages.get(locale(), "problem.unavailable.detail"), List.of());
    return Response.fromResponse(response).header("Retry-After", DatabaseFailures.RETRY_AFTER_SECONDS).build();
  }

  private Response internal(Throwable e) {
    LOG.errorf(e, "Unexpected failure of %s %s", requestUri(), RequestId.current());
    return respond(ProblemType.INTERNAL, Messages.get(locale(), "problem.internal.detail"), List.of());
  }

  private Object requestUri() {
    return uriInfo == null ? "?" : uriInfo.getRequestUri().getRawPath();
  }

  /** The column a constraint names ({@code Key (district_id)=...} or the not-null column), as a JSON property. */
  private static String column(SQLException sql) {
    String column = null;
    if (sql instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
      column = p.getServerErrorMessage().getColumn();
      String detail = p.getServerErrorMessage().getDetail();
      if (column == null && detail != null) {
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("^Key \\(([a-z_0-9]+)\\)").matcher(detail);
        column = key.find() ? key.group(1) : null;
      }
    }
    if (column == null) {
      return "body";
    }
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }

  private Response respond(ProblemType type, String detail, List<Problem.Violation> violations) {
    return respond(type, detail, violations, null, null);
  }

  private Response respond(ProblemType type, String detail, List<Problem.Violation> violations,
      List<String> allowedActions, java.time.OffsetDateTime deadline) {
    Problem problem = new Problem(
        type.uri(),
        Messages.get(locale(), type.titleKey()),
        type.status(),
        detail,
        uriInfo == null ? null : uriInfo.getRequestUri().getRawPath(),
        RequestId.current(),
        violations.isEmpty() ? null : violations,
        allowedActions,
        deadline);
    return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private Locale locale() {
    return Messages.forAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }


  /** The JSON property or request parameter a violation is about, e.g. {@code code} or {@code size}. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
    // method(param).property... -> drop the method node; keep the parameter name only if it is a plain parameter
    List<Path.Node> relevant = nodes.stream()
        .filter(n -> n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.CONSTRUCTOR)
        .toList();
    if (relevant.size() > 1 && relevant.get(0).getKind() == ElementKind.PARAMETER) {
      relevant = relevant.subList(1, relevant.size());
    }
    // a container element's node is named like "<list element>"; its index sits on the node before
    return relevant.stream().map(Path.Node::toString).map(s -> s.replaceFirst("^<[^>]*>", ""))
        .filter(s -> !s.isEmpty()).collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static final String NO_ENUM_CONSTANT = "No enum constant ";

  /**
   * The parameter a failed conversion was about, found by the value its message quotes: an enum's
   * "No enum constant a.b.Kind.VALUE" (answered with the names it takes) or a number's
   * {@code For input string: "x"}. Empty when no parameter can be told.
   */
  private List<Problem.Violation> unconvertedParameter(Throwable cause) {
    String message = cause.getMessage();
    if (message == null) {
      return List.of();
    }
    java.util.Map<String, List<String>> parameters = new java.util.LinkedHashMap<>(uriInfo.getPathParameters());
    parameters.putAll(uriInfo.getQueryParameters());
    for (var parameter : parameters.entrySet()) {
      for (String value : parameter.getValue()) {
        if (value == null || value.isEmpty()) {
          continue;
        }
        if (message.startsWith(NO_ENUM_CONSTANT) && message.endsWith("." + value)) {
          String allowed = enumNames(message.substring(NO_ENUM_CONSTANT.length(), message.length() - value.length() - 1));
          return List.of(new Problem.Violation(parameter.getKey(), allowed == null
              ? Messages.get(locale(), "violation.wrong-type") : Messages.get(locale(), "violation.enum", allowed)));
        }
        if (message.contains("\"" + value + "\"")) {
          return List.of(new Problem.Violation(parameter.getKey(), Messages.get(locale(), "violation.wrong-type")));
        }
      }
    }
    return List.of();
  }

  private static String enumNames(String className) {
    try {
      Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
      return type.isEnum() ? java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", ")) : null;
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

}
