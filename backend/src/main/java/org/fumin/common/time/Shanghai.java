package org.fumin.common.time;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The programme's calendar: deadlines and due dates are Asia/Shanghai, whatever the server's zone. */
public final class Shanghai {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Shanghai() {}

  public static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }

  /** The Asia/Shanghai calendar day of an instant. */
  public static LocalDate date(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** Today in Asia/Shanghai by the given clock (the injected {@link InstantSource}). */
  public static LocalDate today(InstantSource clock) {
    return date(clock.instant());
  }
}
