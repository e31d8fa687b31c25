package org.fumin.round;

/** The dated phases of a round, in programme order. */
public enum Phase { DEPLOYMENT, IMPLEMENTATION, PROVINCIAL_SELECTION, ASSESSMENT, CLOSING }
