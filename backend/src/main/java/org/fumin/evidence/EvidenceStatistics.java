package org.fumin.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.fumin.evidence.EvidenceApi.CompletenessSum;
import org.fumin.evidence.EvidenceApi.EvidenceCompleteness;
import org.fumin.evidence.EvidenceApi.RoundCompleteness;
import org.fumin.round.RoundService;

/**
 * Evidence completeness for the dashboards: the same rule and grouped query as the round's
 * completeness report (standard indicators submitted, district-approved, city-accepted, missing),
 * keyed for joining, with a fixed number of queries whatever the number of townships. Withdrawn
 * nominations have no completeness; the caller's scope applies as in the report.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceStatistics {

  /** A round's completeness: per nomination, per district and in total. */
  public record Completeness(Map<Long, EvidenceCompleteness> byNomination, Map<Long, CompletenessSum> byDistrict,
      CompletenessSum total) {}

  @Inject EvidenceService evidence;
  @Inject RoundService rounds;

  /** The completeness of a round within the caller's scope; {@code districtId} narrows it (already checked by the caller). */
  public Completeness ofRound(long roundId, Long districtId) {
    RoundCompleteness report = evidence.roundCompleteness(roundId, districtId, rounds.frameworkOf(roundId));
    Map<Long, EvidenceCompleteness> byNomination = new HashMap<>();
    report.nominations().forEach(n -> byNomination.put(n.nominationId(), n.completeness()));
    Map<Long, CompletenessSum> byDistrict = new HashMap<>();
    report.districts().forEach(d -> byDistrict.put(d.districtId(), d.sum()));
    return new Completeness(byNomination, byDistrict, report.total());
  }
}
