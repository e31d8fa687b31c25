package org.fumin.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;


/** What every string and date the API reads must satisfy, in bodies and parameters alike. */
public final class InputBounds {

  /** Dates before this year or after {@link #LAST_YEAR} are typos or probes, and break storage. */
  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 9999;

  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant AFTER_LATEST = OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

  private InputBounds() {}

  /** PostgreSQL cannot store U+0000 in text. */
  public static boolean hasNul(String value) {
    return value != null && value.indexOf('\0') >= 0;
  }

  /** The year of a date or instant lies within {@link #FIRST_YEAR}..{@link #LAST_YEAR}. */
  public static boolean inRange(TemporalAccessor value) {
    int year;
    if (value instanceof Instant instant) {
      return !instant.isBefore(EARLIEST) && instant.isBefore(AFTER_LATEST);
    } else if (value instanceof OffsetDateTime time) {
      year = time.getYear();
    } else if (value instanceof LocalDate date) {
      year = date.getYear();
    } else {
      return true;
    }
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }
}
