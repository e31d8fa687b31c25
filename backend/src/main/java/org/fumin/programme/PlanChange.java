package org.fumin.programme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The rules of changing and reviewing a cultivation plan, in one place: what counts as a change
 * that needs the district's approval, the plan's review status, and who may review.
 */
public final class PlanChange {

  private PlanChange() {}

  /** What a plan says, as far as these rules care. */
  public record Version(String content, String responsiblePerson, String contactPhone, List<Step> milestones) {}

  /** A milestone: what is due when (the plan), and how it is going (the progress report). */
  public record Step(LocalDate dueOn, String deliverable, String status, String completionNote, List<String> evidence) {}

  /** How a saved revision differs from the one before it. */
  public enum Kind {
    /** The plan itself changed: content, responsible person, contact, or which milestones are due when. */
    CHANGE,
    /** Only progress: milestone status, completion note and the evidence a milestone points to. */
    PROGRESS
  }

  /**
   * Progress reporting on an approved plan (a milestone's status, its completion note and the
   * evidence that proves it) is not a change of the plan: it needs no approval. Anything else is a
   * change, and so is every revision before the first approval (all of it is under review).
   *
   * @param before the previous revision, or null for the first
   * @param approvedBefore whether any revision of the plan has been approved
   */
  public static Kind classify(Version before, Version after, boolean approvedBefore) {
    if (before == null || !approvedBefore) {
      return Kind.CHANGE;
    }
    boolean samePlan = Objects.equals(before.content(), after.content())
        && Objects.equals(before.responsiblePerson(), after.responsiblePerson())
        && Objects.equals(before.contactPhone(), after.contactPhone())
        && before.milestones().size() == after.milestones().size();
    if (!samePlan) {
      return Kind.CHANGE;
    }
    for (int i = 0; i < before.milestones().size(); i++) {
      Step b = before.milestones().get(i);
      Step a = after.milestones().get(i);
      if (!b.dueOn().equals(a.dueOn()) || !b.deliverable().equals(a.deliverable())) {
        return Kind.CHANGE;
      }
    }
    return Kind.PROGRESS;
  }

  /** The review events a revision can carry. */
  public enum Review { SUBMITTED, APPROVED, RETURNED }

  /**
   * The plan's review status.
   *
   * @param approvedBefore whether any revision has ever been approved
   * @param lastReview the newest review event, or null when the plan was never submitted
   * @param changedSinceApproval whether a revision saved after the newest approval changed the plan
   *     (progress reports do not)
   */
  public static PlanStatus status(boolean approvedBefore, Review lastReview, boolean changedSinceApproval) {
    if (!approvedBefore) {
      if (lastReview == null) {
        return PlanStatus.DRAFT;
      }
      return lastReview == Review.SUBMITTED ? PlanStatus.SUBMITTED : PlanStatus.RETURNED;
    }
    return switch (lastReview) {
      case APPROVED -> changedSinceApproval ? PlanStatus.CHANGE_DRAFT : PlanStatus.APPROVED;
      case SUBMITTED -> PlanStatus.CHANGE_SUBMITTED;
      case RETURNED -> PlanStatus.CHANGE_RETURNED;
    };
  }

  /**
   * Separation of duties: whoever wrote any revision under review (every change saved since the
   * last approved revision; progress reports are no change) may not approve it.
   */
  public static boolean mayApprove(String reviewer, Collection<String> authorsUnderReview) {
    return reviewer != null && !authorsUnderReview.contains(reviewer);
  }
}
