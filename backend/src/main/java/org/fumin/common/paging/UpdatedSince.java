package org.fumin.common.paging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.fumin.common.problem.ProblemException;

/**
 * The {@code updatedSince} filter of lists that other systems sync from: an ISO-8601 instant with
 * an offset ({@code 2026-12-01T08:00:00+08:00} or {@code ...Z}); anything else is a 400.
 */
public final class UpdatedSince {

  public static final String PARAMETER = "updatedSince";

  private UpdatedSince() {}

  /** The instant, or null when the parameter is absent. */
  public static Instant parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(PARAMETER, "violation.updated-since");
    }
  }
}
