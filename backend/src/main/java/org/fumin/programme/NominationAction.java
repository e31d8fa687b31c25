package org.fumin.programme;

import static org.fumin.nomination.NominationState.IN_PROGRESS;
import static org.fumin.nomination.NominationState.NAMED;
import static org.fumin.nomination.NominationState.NOMINATED;
import static org.fumin.nomination.NominationState.NOT_NAMED;
import static org.fumin.nomination.NominationState.PLAN_SUBMITTED;
import static org.fumin.nomination.NominationState.SUBMITTED_FOR_ASSESSMENT;
import static org.fumin.nomination.NominationState.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fumin.auth.Role;
import org.fumin.nomination.NominationState;
import org.fumin.round.Phase;
import org.fumin.round.RoundState;

/**
 * The state table of a nomination, in one place: for each action the states it starts from, the
 * state it leads to (null: the state stays), the roles that may take it, the round states it
 * needs, and the phase whose deadline closes it (null: no deadline). The plan's actions also
 * depend on where the plan's review stands ({@link PlanStatus}, rules in {@link PlanChange}).
 * Deadlines, reminders and the allowed actions of every answer are read from this table; nothing
 * restates it. {@code NAMED} and {@code NOT_NAMED} are no action's: they follow from a published
 * verdict ({@link #decidedBy}).
 */
public enum NominationAction {
  // From PLAN_SUBMITTED only once the district returns the plan (see applies with the plan's
  // status); the implementation deadline therefore still concerns a submitted plan.
  EDIT_PLAN(EnumSet.of(NOMINATED, PLAN_SUBMITTED, IN_PROGRESS), null,
      EnumSet.of(Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR), EnumSet.of(RoundState.OPEN), Phase.IMPLEMENTATION),
  SUBMIT_PLAN(EnumSet.of(NOMINATED), PLAN_SUBMITTED,
      EnumSet.of(Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR), EnumSet.of(RoundState.OPEN), Phase.DEPLOYMENT),
  APPROVE_PLAN(EnumSet.of(PLAN_SUBMITTED), IN_PROGRESS,
      EnumSet.of(Role.DISTRICT_ADMIN), EnumSet.of(RoundState.OPEN), null),
  RETURN_PLAN(EnumSet.of(PLAN_SUBMITTED), NOMINATED,
      EnumSet.of(Role.DISTRICT_ADMIN), EnumSet.of(RoundState.OPEN), null),
  SUBMIT_PLAN_CHANGE(EnumSet.of(IN_PROGRESS), null,
      EnumSet.of(Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR), EnumSet.of(RoundState.OPEN), Phase.IMPLEMENTATION),
  APPROVE_PLAN_CHANGE(EnumSet.of(IN_PROGRESS), null,
      EnumSet.of(Role.DISTRICT_ADMIN), EnumSet.of(RoundState.OPEN), null),
  RETURN_PLAN_CHANGE(EnumSet.of(IN_PROGRESS), null,
      EnumSet.of(Role.DISTRICT_ADMIN), EnumSet.of(RoundState.OPEN), null),
  SUBMIT_FOR_ASSESSMENT(EnumSet.of(IN_PROGRESS), SUBMITTED_FOR_ASSESSMENT,
      EnumSet.of(Role.DISTRICT_ADMIN), EnumSet.of(RoundState.OPEN, RoundState.ASSESSMENT), Phase.IMPLEMENTATION),
  WITHDRAW(EnumSet.of(NOMINATED, PLAN_SUBMITTED, IN_PROGRESS), WITHDRAWN,
      EnumSet.of(Role.DISTRICT_ADMIN, Role.CITY_ADMIN), EnumSet.of(RoundState.OPEN), null),
  SELECT_PROVINCIAL(EnumSet.of(PLAN_SUBMITTED, IN_PROGRESS, SUBMITTED_FOR_ASSESSMENT), null,
      EnumSet.of(Role.DISTRICT_ADMIN), EnumSet.of(RoundState.OPEN, RoundState.ASSESSMENT), Phase.PROVINCIAL_SELECTION),
  DESELECT_PROVINCIAL(EnumSet.of(PLAN_SUBMITTED, IN_PROGRESS, SUBMITTED_FOR_ASSESSMENT), null,
      EnumSet.of(Role.DISTRICT_ADMIN), EnumSet.of(RoundState.OPEN, RoundState.ASSESSMENT), Phase.PROVINCIAL_SELECTION);

  private final Set<NominationState> from;
  private final NominationState to;
  private final Set<Role> roles;
  private final Set<RoundState> roundStates;
  private final Phase deadline;

  NominationAction(Set<NominationState> from, NominationState to, Set<Role> roles, Set<RoundState> roundStates, Phase deadline) {
    this.from = from;
    this.to = to;
    this.roles = roles;
    this.roundStates = roundStates;
    this.deadline = deadline;
  }

  /** Whether the nomination's state (and candidate mark) and its round's state allow this action. */
  public boolean applies(NominationState state, boolean provincialCandidate, RoundState roundState) {
    if (!from.contains(state) || !roundStates.contains(roundState)) {
      return false;
    }
    return switch (this) {
      case SELECT_PROVINCIAL -> !provincialCandidate;
      case DESELECT_PROVINCIAL -> provincialCandidate;
      default -> true;
    };
  }

  /**
   * Whether the action applies, given also where the plan's review stands: a plan under review is
   * read-only, a change to the approved plan is submitted, approved or returned by the *_CHANGE
   * actions, and a nomination is not forwarded for assessment while a submitted change waits for the
   * district or a returned one for the township.
   */
  public boolean applies(NominationState state, boolean provincialCandidate, RoundState roundState, PlanStatus plan) {
    if (!applies(state, provincialCandidate, roundState)) {
      return false;
    }
    return switch (this) {
      case EDIT_PLAN -> !plan.underReview();
      case SUBMIT_PLAN_CHANGE -> plan.changePending();
      case APPROVE_PLAN_CHANGE, RETURN_PLAN_CHANGE -> plan == PlanStatus.CHANGE_SUBMITTED;
      case SUBMIT_FOR_ASSESSMENT -> !plan.changeUnapproved();
      default -> true;
    };
  }

  /** Whether the action submits, approves or returns a plan or a change: each is a review event of the newest revision. */
  public boolean reviewsPlan() {
    return switch (this) {
      case SUBMIT_PLAN, APPROVE_PLAN, RETURN_PLAN, SUBMIT_PLAN_CHANGE, APPROVE_PLAN_CHANGE, RETURN_PLAN_CHANGE -> true;
      default -> false;
    };
  }

  /** Whether the action approves a plan or a change: the one who wrote what is approved may not take it. */
  public boolean approvesPlan() {
    return this == APPROVE_PLAN || this == APPROVE_PLAN_CHANGE;
  }

  public boolean allows(Role role) {
    return roles.contains(role);
  }

  /** The state after the action; the same state for actions that do not move it. */
  public NominationState target(NominationState current) {
    return to == null ? current : to;
  }

  /** The phase whose deadline closes this action, or null. */
  public Phase deadline() {
    return deadline;
  }

  /** The state a published verdict puts a nomination in, from {@code SUBMITTED_FOR_ASSESSMENT} (or the other decided state, on correction). */
  public static NominationState decidedBy(boolean named) {
    return named ? NAMED : NOT_NAMED;
  }

  /** Whether a published verdict may move a nomination in this state. */
  public static boolean decidable(NominationState state) {
    return state == SUBMITTED_FOR_ASSESSMENT || state == NAMED || state == NOT_NAMED;
  }

  /** Nominating a township closes with the deployment phase (it is not an action on a nomination). */
  public static final Phase NOMINATING_CLOSES_WITH = Phase.DEPLOYMENT;

  /** The phases whose deadlines close some action of a township's nomination, in programme order. */
  public static List<Phase> deadlinePhases() {
    return Arrays.stream(Phase.values())
        .filter(phase -> phase == NOMINATING_CLOSES_WITH || Arrays.stream(values()).anyMatch(a -> a.deadline == phase))
        .toList();
  }

  /**
   * Whether a phase's deadline still matters to a nomination in this state, in a round in this
   * state: some action the deadline closes could still be taken.
   */
  public static boolean deadlineConcerns(Phase phase, NominationState state, RoundState roundState) {
    return Arrays.stream(values())
        .anyMatch(a -> a.deadline == phase && a.from.contains(state) && a.roundStates.contains(roundState));
  }

  /** The nomination states a phase's deadline concerns (in any round state). */
  public static Set<NominationState> statesConcernedBy(Phase phase) {
    Set<NominationState> states = EnumSet.noneOf(NominationState.class);
    Arrays.stream(values()).filter(a -> a.deadline == phase).forEach(a -> states.addAll(a.from));
    return states;
  }

  /** The round states in which a phase's deadline closes anything. */
  public static Set<RoundState> roundStatesConcernedBy(Phase phase) {
    Set<RoundState> states = EnumSet.noneOf(RoundState.class);
    Arrays.stream(values()).filter(a -> a.deadline == phase).forEach(a -> states.addAll(a.roundStates));
    return states;
  }
}
