package org.fumin.round;

/** Where a round (培育批次) stands; changed only by explicit actions. */
public enum RoundState { DRAFT, OPEN, ASSESSMENT, CLOSED }
