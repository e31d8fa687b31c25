package org.fumin.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.fumin.auth.Caller;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.problem.ProblemException;
import org.fumin.round.RoundState;

/**
 * How many nominations each round and district has in each state, within the caller's scope: the
 * figures of the overview in one grouped query instead of one counting list call per figure.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NominationStatistics {

  /** The nominations of one round and district in one state. */
  public record NominationCount(long roundId, long districtId, NominationState state, long count) {}

  /** The answer: one group per round, district and state that has nominations. */
  public record NominationCounts(List<NominationCount> groups) {}

  @Inject EntityManager em;
  @Inject Caller caller;

  /**
   * Counts per round, district and state. {@code roundIds} empty: every round that is not a draft.
   * {@code districtId}: only that district; one outside the caller's scope does not exist for them (404).
   */
  public NominationCounts count(Collection<Long> roundIds, Long districtId) {
    if (districtId != null && !caller.mayUseDistrict(districtId)) {
      throw ProblemException.notFound("entity.district", districtId);
    }
    StringBuilder where = new StringBuilder(roundIds.isEmpty() ? " where n.round.state <> :draft" : " where any_of(:rounds, n.round.id)");
    if (caller.townshipScope() != null) {
      where.append(" and n.township.id = :township");
    } else if (caller.districtScope() != null) {
      where.append(" and n.districtId = :scopeDistrict");
    }
    if (districtId != null) {
      where.append(" and n.districtId = :district");
    }
    TypedQuery<NominationCount> query = em.createQuery(
        "select n.round.id, n.districtId, n.state, count(n) from Nomination n" + where
            + " group by n.round.id, n.districtId, n.state order by n.round.id, n.districtId, n.state",
        NominationCount.class);
    if (roundIds.isEmpty()) {
      query.setParameter("draft", RoundState.DRAFT);
    } else {
      query.setParameter("rounds", AnyOf.ids(roundIds));
    }
    if (caller.townshipScope() != null) {
      query.setParameter("township", caller.townshipScope());
    } else if (caller.districtScope() != null) {
      query.setParameter("scopeDistrict", caller.districtScope());
    }
    if (districtId != null) {
      query.setParameter("district", districtId);
    }
    return new NominationCounts(query.getResultList());
  }

  /** One nomination of a round as the dashboards show it: where it is and which township it is. */
  public record NominationFigure(long nominationId, long townshipId, String townshipCode, String townshipName,
      long districtId, NominationState state, boolean provincialCandidate) {}

  /**
   * The nominations of a round within the caller's scope (and {@code districtId} when given; the
   * caller checks it is in scope), by district and township code.
   */
  public List<NominationFigure> inRound(long roundId, Long districtId) {
    StringBuilder where = new StringBuilder(" where n.round.id = :round");
    if (caller.townshipScope() != null) {
      where.append(" and n.township.id = :township");
    } else if (caller.districtScope() != null) {
      where.append(" and n.districtId = :scopeDistrict");
    }
    if (districtId != null) {
      where.append(" and n.districtId = :district");
    }
    TypedQuery<NominationFigure> query = em.createQuery(
        "select n.id, n.township.id, n.township.code, n.township.name, n.districtId, n.state, n.provincialCandidate"
            + " from Nomination n" + where + " order by n.districtId, n.township.code, n.id",
        NominationFigure.class);
    query.setParameter("round", roundId);
    if (caller.townshipScope() != null) {
      query.setParameter("township", caller.townshipScope());
    } else if (caller.districtScope() != null) {
      query.setParameter("scopeDistrict", caller.districtScope());
    }
    if (districtId != null) {
      query.setParameter("district", districtId);
    }
    return query.getResultList();
  }
}
