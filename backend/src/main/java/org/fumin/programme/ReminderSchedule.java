package org.fumin.programme;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import org.fumin.common.time.Shanghai;
import org.fumin.nomination.NominationState;
import org.fumin.round.Phase;
import org.fumin.round.RoundState;

/**
 * When the people concerned are reminded of a deadline: 7, 3 and 1 days ahead, counted in
 * Asia/Shanghai calendar days, while the deadline still concerns the nomination (see
 * {@link NominationAction#deadlineConcerns}).
 */
public final class ReminderSchedule {

  /** Calendar days before a deadline on which a reminder goes out. */
  public static final List<Integer> DAYS_AHEAD = List.of(7, 3, 1);

  private ReminderSchedule() {}

  /** Asia/Shanghai calendar days from {@code now} to {@code deadline} (0 on the day itself). */
  public static long daysLeft(Instant deadline, Instant now) {
    return ChronoUnit.DAYS.between(Shanghai.date(now), Shanghai.date(deadline));
  }

  /** The days left to announce now, or empty when no reminder is due for this deadline today. */
  public static OptionalInt due(Instant deadline, Instant now) {
    if (!deadline.isAfter(now)) {
      return OptionalInt.empty();
    }
    long days = daysLeft(deadline, now);
    return DAYS_AHEAD.contains((int) days) ? OptionalInt.of((int) days) : OptionalInt.empty();
  }

  /** Whether a nomination should hear of this phase's deadline now, and with how many days left. */
  public static OptionalInt due(Phase phase, NominationState state, RoundState roundState, Instant deadline, Instant now) {
    if (!NominationAction.deadlineConcerns(phase, state, roundState)) {
      return OptionalInt.empty();
    }
    return due(deadline, now);
  }
}
