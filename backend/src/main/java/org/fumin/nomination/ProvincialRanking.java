package org.fumin.nomination;

/**
 * Whether a round's provincial ranking is confirmed. The verdict feature owns the ranking; once it
 * is confirmed the candidates it lists are fixed, so districts no longer select or deselect them.
 */
public interface ProvincialRanking {

  boolean confirmed(long roundId);
}
