package org.fumin.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The programme's clock: deadlines and due dates are Asia/Shanghai, whatever the server's zone. */
public final class Shanghai {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Shanghai() {}

  public static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
