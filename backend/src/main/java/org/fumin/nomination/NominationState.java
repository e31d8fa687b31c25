package org.fumin.nomination;

/** Where a township's candidacy stands in its round. NAMED, NOT_NAMED and WITHDRAWN are final. */
public enum NominationState {
  NOMINATED, PLAN_SUBMITTED, IN_PROGRESS, SUBMITTED_FOR_ASSESSMENT, NAMED, NOT_NAMED, WITHDRAWN
}
