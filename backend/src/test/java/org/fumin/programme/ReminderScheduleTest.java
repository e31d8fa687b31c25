package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalInt;
import org.fumin.nomination.NominationState;
import org.fumin.round.Phase;
import org.fumin.round.RoundState;
import org.junit.jupiter.api.Test;

/** Reminders 7, 3 and 1 Asia/Shanghai calendar days ahead. */
class ReminderScheduleTest {

  /** 23:59:59 on 31 March in Shanghai. */
  private static final Instant DEADLINE = Instant.parse("2027-03-31T15:59:59Z");

  @Test
  void remindersGoOutSevenThreeAndOneCalendarDayAhead() {
    assertThat(ReminderSchedule.due(DEADLINE, Instant.parse("2027-03-24T01:00:00Z"))).isEqualTo(OptionalInt.of(7));
    assertThat(ReminderSchedule.due(DEADLINE, Instant.parse("2027-03-28T01:00:00Z"))).isEqualTo(OptionalInt.of(3));
    assertThat(ReminderSchedule.due(DEADLINE, Instant.parse("2027-03-30T01:00:00Z"))).isEqualTo(OptionalInt.of(1));
    assertThat(ReminderSchedule.due(DEADLINE, Instant.parse("2027-03-29T01:00:00Z"))).isEmpty();
    assertThat(ReminderSchedule.due(DEADLINE, Instant.parse("2027-03-31T01:00:00Z"))).isEmpty();
  }

  @Test
  void daysAreCountedInShanghaiNotUtc() {
    // 2027-03-23T16:30Z is already 24 March in Shanghai: seven days ahead there, eight in UTC
    assertThat(ReminderSchedule.daysLeft(DEADLINE, Instant.parse("2027-03-23T16:30:00Z"))).isEqualTo(7);
    assertThat(ReminderSchedule.daysLeft(DEADLINE, Instant.parse("2027-03-23T15:30:00Z"))).isEqualTo(8);
  }

  @Test
  void aPassedDeadlineIsNotReminded() {
    Instant deadline = Instant.parse("2027-03-31T02:00:00Z");
    assertThat(ReminderSchedule.due(deadline, deadline)).isEmpty();
    assertThat(ReminderSchedule.due(deadline, deadline.plusSeconds(1))).isEmpty();
  }

  @Test
  void onlyNominationsTheDeadlineConcernsAreReminded() {
    Instant deadline = PhaseDeadline.of(DEADLINE, null).at();
    Instant threeDaysAhead = Instant.parse("2027-03-28T01:00:00Z");
    assertThat(ReminderSchedule.due(Phase.DEPLOYMENT, NominationState.NOMINATED, RoundState.OPEN, deadline, threeDaysAhead))
        .isEqualTo(OptionalInt.of(3));
    assertThat(ReminderSchedule.due(Phase.DEPLOYMENT, NominationState.PLAN_SUBMITTED, RoundState.OPEN, deadline, threeDaysAhead))
        .isEmpty();
    assertThat(ReminderSchedule.due(Phase.IMPLEMENTATION, NominationState.WITHDRAWN, RoundState.OPEN, deadline, threeDaysAhead))
        .isEmpty();
  }
}
