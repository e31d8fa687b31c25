package org.fumin.programme;

/**
 * Where a nomination's cultivation plan stands in its review. Before the first approval the plan
 * is a draft, submitted or returned; once approved, a change to it goes through the same review
 * as a change (CHANGE_*) while the approved revision stays the plan that counts.
 */
public enum PlanStatus {
  DRAFT, SUBMITTED, RETURNED, APPROVED, CHANGE_DRAFT, CHANGE_SUBMITTED, CHANGE_RETURNED;

  /** Whether the district is reviewing the newest revision: nothing may be saved until it decides. */
  public boolean underReview() {
    return this == SUBMITTED || this == CHANGE_SUBMITTED;
  }

  /**
   * Whether a change to the approved plan was submitted and not approved: under review, or returned
   * to be resubmitted. The nomination does not go to the assessment until it is settled.
   */
  public boolean changeUnapproved() {
    return this == CHANGE_SUBMITTED || this == CHANGE_RETURNED;
  }

  /** Whether a change to the approved plan waits to be submitted (a draft or a returned change). */
  public boolean changePending() {
    return this == CHANGE_DRAFT || this == CHANGE_RETURNED;
  }
}
