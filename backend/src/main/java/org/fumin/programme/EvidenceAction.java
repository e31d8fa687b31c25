package org.fumin.programme;

import static org.fumin.evidence.EvidenceState.ACCEPTED;
import static org.fumin.evidence.EvidenceState.DISTRICT_APPROVED;
import static org.fumin.evidence.EvidenceState.DRAFT;
import static org.fumin.evidence.EvidenceState.RETURNED;
import static org.fumin.evidence.EvidenceState.SUBMITTED;
import static org.fumin.nomination.NominationState.IN_PROGRESS;
import static org.fumin.nomination.NominationState.NAMED;
import static org.fumin.nomination.NominationState.NOT_NAMED;
import static org.fumin.nomination.NominationState.SUBMITTED_FOR_ASSESSMENT;
import static org.fumin.nomination.NominationState.WITHDRAWN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fumin.auth.Role;
import org.fumin.evidence.EvidenceState;
import org.fumin.nomination.NominationState;
import org.fumin.round.Phase;
import org.fumin.round.RoundState;

/**
 * The state table of an evidence item (佐证材料), in one place: for each action the steps it may
 * take (from which item state, by which role, while the nomination is in which states), the state
 * it leads to (null: the state stays), the round states it needs, whether the item must have been
 * saved, and the phase whose deadline closes it. The township writes and submits; the district
 * approves or returns what was submitted; the city accepts or returns what the district approved.
 *
 * <p>Supplement (补充材料): when an assessor judges an indicator {@code NEEDS_SUPPLEMENT}, its item
 * is returned with a date although the nomination is {@code SUBMITTED_FOR_ASSESSMENT} and the round
 * in {@code ASSESSMENT}. The supplement steps let the township save and submit that item again (until
 * the date, which replaces the implementation deadline) and the district approve or return it; the
 * city then accepts it as usual.
 */
public enum EvidenceAction {
  SAVE(List.of(new Step(DRAFT, Role.TOWNSHIP_OPERATOR, EnumSet.of(IN_PROGRESS)),
      new Step(RETURNED, Role.TOWNSHIP_OPERATOR, EnumSet.of(IN_PROGRESS)),
      Step.supplement(RETURNED, Role.TOWNSHIP_OPERATOR)),
      null, EnumSet.of(RoundState.OPEN), false, Phase.IMPLEMENTATION),
  SUBMIT(List.of(new Step(DRAFT, Role.TOWNSHIP_OPERATOR, EnumSet.of(IN_PROGRESS)),
      new Step(RETURNED, Role.TOWNSHIP_OPERATOR, EnumSet.of(IN_PROGRESS)),
      Step.supplement(RETURNED, Role.TOWNSHIP_OPERATOR)),
      SUBMITTED, EnumSet.of(RoundState.OPEN), true, Phase.IMPLEMENTATION),
  APPROVE(List.of(new Step(SUBMITTED, Role.DISTRICT_ADMIN, EnumSet.of(IN_PROGRESS)),
      Step.supplement(SUBMITTED, Role.DISTRICT_ADMIN)),
      DISTRICT_APPROVED, EnumSet.of(RoundState.OPEN, RoundState.ASSESSMENT), true, null),
  ACCEPT(List.of(new Step(DISTRICT_APPROVED, Role.CITY_ASSESSOR, EnumSet.of(IN_PROGRESS, SUBMITTED_FOR_ASSESSMENT))),
      ACCEPTED, EnumSet.of(RoundState.OPEN, RoundState.ASSESSMENT), true, null),
  RETURN(List.of(new Step(SUBMITTED, Role.DISTRICT_ADMIN, EnumSet.of(IN_PROGRESS)),
      Step.supplement(SUBMITTED, Role.DISTRICT_ADMIN),
      new Step(DISTRICT_APPROVED, Role.CITY_ASSESSOR, EnumSet.of(IN_PROGRESS, SUBMITTED_FOR_ASSESSMENT))),
      RETURNED, EnumSet.of(RoundState.OPEN, RoundState.ASSESSMENT), true, null);

  /**
   * One way to take the action: from this item state, by this role, while the nomination is in one
   * of these states. A supplement step applies only to an item out for supplement, in a round under
   * assessment (instead of the action's round states).
   */
  public record Step(EvidenceState from, Role role, Set<NominationState> nominationStates, boolean supplement) {
    public Step(EvidenceState from, Role role, Set<NominationState> nominationStates) {
      this(from, role, nominationStates, false);
    }

    static Step supplement(EvidenceState from, Role role) {
      return new Step(from, role, EnumSet.of(SUBMITTED_FOR_ASSESSMENT), true);
    }
  }

  private final List<Step> steps;
  private final EvidenceState to;
  private final Set<RoundState> roundStates;
  private final boolean needsSavedContent;
  private final Phase deadline;

  EvidenceAction(List<Step> steps, EvidenceState to, Set<RoundState> roundStates, boolean needsSavedContent, Phase deadline) {
    this.steps = steps;
    this.to = to;
    this.roundStates = roundStates;
    this.needsSavedContent = needsSavedContent;
    this.deadline = deadline;
  }

  /**
   * Whether this role may take the action on an item in this state and revision (0: never saved),
   * of a nomination and round in these states. Deadlines are checked separately.
   */
  public boolean applies(EvidenceState state, int revision, Role role, NominationState nominationState, RoundState roundState) {
    return applies(state, revision, role, nominationState, roundState, false);
  }

  /** As {@link #applies(EvidenceState, int, Role, NominationState, RoundState)}, for an item that may be out for supplement. */
  public boolean applies(EvidenceState state, int revision, Role role, NominationState nominationState, RoundState roundState,
      boolean inSupplement) {
    if (role == null || (needsSavedContent && revision < 1)) {
      return false;
    }
    return steps.stream().anyMatch(s -> s.from() == state && s.role() == role && s.nominationStates().contains(nominationState)
        && (s.supplement() ? inSupplement && roundState == RoundState.ASSESSMENT : roundStates.contains(roundState)));
  }

  /**
   * Whether the action, taken now, is a supplement step: then the supplement's date closes it
   * instead of {@link #deadline()}.
   */
  public boolean bySupplement(EvidenceState state, Role role, NominationState nominationState, RoundState roundState,
      boolean inSupplement) {
    return inSupplement && !applies(state, 1, role, nominationState, roundState, false)
        && applies(state, 1, role, nominationState, roundState, true);
  }

  /** Whether any step of the action is this role's (for refusing the wrong role before looking at states). */
  public boolean allows(Role role) {
    return steps.stream().anyMatch(s -> s.role() == role);
  }

  /** The state after the action; the same state for actions that do not move it. */
  public EvidenceState target(EvidenceState current) {
    return to == null ? current : to;
  }

  /** The phase whose deadline closes this action, or null. */
  public Phase deadline() {
    return deadline;
  }

  /**
   * The nominations whose evidence is out of review: withdrawn, or decided by a published verdict
   * (NAMED, NOT_NAMED). No step takes their items, and the review queues do not list them; the items
   * stay readable on the nomination.
   */
  public static final Set<NominationState> OUT_OF_REVIEW = Collections.unmodifiableSet(EnumSet.of(NAMED, NOT_NAMED, WITHDRAWN));

  /** Whether a nomination in this state still has evidence under review (its items belong in the review queues). */
  public static boolean underReview(NominationState nominationState) {
    return !OUT_OF_REVIEW.contains(nominationState);
  }

  /** Whether the item's content may be changed in this state by anyone (attachments follow the same rule). */
  public static boolean editable(EvidenceState state) {
    return SAVE.steps.stream().anyMatch(s -> s.from() == state);
  }
}
