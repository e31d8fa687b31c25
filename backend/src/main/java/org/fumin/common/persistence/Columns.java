package org.fumin.common.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** Reads the columns of native-query rows, whatever type the JDBC driver chose for them. */
public final class Columns {

  private Columns() {}

  public static long num(Object value) {
    return ((Number) value).longValue();
  }

  public static Long numOrNull(Object value) {
    return value == null ? null : num(value);
  }

  public static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
