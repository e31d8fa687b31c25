package org.fumin.programme;

import java.time.Instant;

/**
 * The deadline rule: a phase closes for a township at the later of the phase's end and the date
 * a city admin reopened it until for that township. It has passed from that instant on.
 *
 * @param at when the phase closes for the township
 * @param reopened whether a reopening moved it beyond the phase's end
 */
public record PhaseDeadline(Instant at, boolean reopened) {

  /** The deadline given the phase's end and the latest reopening for the township (null: none). */
  public static PhaseDeadline of(Instant phaseEnd, Instant reopenedUntil) {
    boolean extended = reopenedUntil != null && reopenedUntil.isAfter(phaseEnd);
    return new PhaseDeadline(extended ? reopenedUntil : phaseEnd, extended);
  }

  public boolean passedAt(Instant now) {
    return !now.isBefore(at);
  }
}
