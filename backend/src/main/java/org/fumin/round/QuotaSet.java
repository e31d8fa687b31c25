package org.fumin.round;

/**
 * A city admin set a district's quota in a round (fired inside the change's transaction, so whoever
 * observes it writes with it or not at all).
 */
public record QuotaSet(long roundId, long districtId, int quota) {}
