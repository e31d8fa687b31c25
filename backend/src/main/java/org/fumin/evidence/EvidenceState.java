package org.fumin.evidence;

/** Where an evidence item is in the review chain; {@code RETURNED} opens it for saving again. */
public enum EvidenceState { DRAFT, SUBMITTED, DISTRICT_APPROVED, ACCEPTED, RETURNED }
