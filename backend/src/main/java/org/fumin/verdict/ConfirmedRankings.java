package org.fumin.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.fumin.nomination.ProvincialRanking;

/** Answers the nomination feature whether a round's ranking is confirmed (its candidates are then fixed). */
@ApplicationScoped
public class ConfirmedRankings implements ProvincialRanking {

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean confirmed(long roundId) {
    return Ranking.count("roundId = ?1 and confirmedAt is not null", roundId) > 0;
  }
}
