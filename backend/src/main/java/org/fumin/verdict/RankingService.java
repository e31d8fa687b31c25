package org.fumin.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.fumin.assessment.AssessmentService;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.ETags;
import org.fumin.evidence.EvidenceService;
import org.fumin.evidence.EvidenceService.AcceptedCounts;
import org.fumin.exporting.ExportService.Table;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationService.Candidate;
import org.fumin.nomination.NominationService.Decided;
import org.fumin.programme.Judging.Outcome;
import org.fumin.programme.RankingOrder;
import org.fumin.round.Phase;
import org.fumin.round.Round;
import org.fumin.round.RoundApi.PhaseView;
import org.fumin.round.RoundService;
import org.fumin.verdict.RankingApi.MoveInput;
import org.fumin.verdict.RankingApi.ProvincialRanking;
import org.fumin.verdict.RankingApi.RankingEntryView;
import org.fumin.verdict.VerdictApi.RevisionView;

/**
 * The city's ranking of a round's provincial candidates (省级基地推荐), in {@link RankingOrder}'s
 * documented order until the city moves a candidate (with a justification, audited); confirmed
 * once, before the provincial selection deadline; exported as CSV or XLSX.
 */
@ApplicationScoped
@Transactional
public class RankingService {

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject RoundService rounds;
  @Inject NominationService nominations;
  @Inject EvidenceService evidence;
  @Inject AssessmentService assessment;
  @Inject VerdictService verdicts;
  @Inject AuditService audit;
  @Inject InstantSource clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public ProvincialRanking get(long roundId) {
    Round round = rounds.find(roundId);
    return view(round, ranking(roundId));
  }

  public ProvincialRanking move(long roundId, String ifMatch, MoveInput input) {
    Round round = rounds.find(roundId);
    Ranking ranking = lockedRanking(roundId);
    ProvincialRanking before = view(round, ranking);
    ETags.requireMatch(ifMatch, before.version());
    requireOpen(round, ranking);
    List<RankingEntryView> order = new ArrayList<>(before.entries());
    RankingEntryView moved = order.stream().filter(e -> e.nominationId() == input.nominationId()).findFirst()
        .orElseThrow(() -> ProblemException.invalidField("nominationId", "ranking.not-a-candidate"));
    order.remove(moved);
    order.add(Math.min(input.position(), order.size() + 1) - 1, moved);
    ranking = ranking == null ? create(roundId) : ranking;
    Map<Long, RankingEntry> entries = entries(ranking.id);
    Instant now = now();
    for (int i = 0; i < order.size(); i++) {
      long nominationId = order.get(i).nominationId();
      RankingEntry entry = entries.get(nominationId);
      if (entry == null) {
        entry = new RankingEntry();
        entry.rankingId = ranking.id;
        entry.nominationId = nominationId;
        entry.justification = order.get(i).justification();
        entry.position = i + 1; // inserted at once (identity key): the position must be valid already
        entry.persist();
      }
      entry.position = i + 1;
      if (nominationId == moved.nominationId()) {
        entry.justification = input.justification().strip();
        entry.movedBy = caller.name();
        entry.movedAt = now;
      }
    }
    ranking.touch();
    em.flush();
    ProvincialRanking after = view(round, ranking);
    audit.record("RANKING_MOVED", "ROUND", roundId, before.entries(), after.entries());
    return after;
  }

  public ProvincialRanking confirm(long roundId, String ifMatch) {
    Round round = rounds.find(roundId);
    Ranking ranking = lockedRanking(roundId);
    ProvincialRanking before = view(round, ranking);
    ETags.requireMatch(ifMatch, before.version());
    requireOpen(round, ranking);
    if (before.entries().isEmpty()) {
      throw new ProblemException(ProblemType.CONFLICT, "ranking.no-candidates");
    }
    ranking = ranking == null ? create(roundId) : ranking;
    Map<Long, RankingEntry> entries = entries(ranking.id);
    for (RankingEntryView e : before.entries()) {
      RankingEntry entry = entries.get(e.nominationId());
      if (entry == null) {
        entry = new RankingEntry();
        entry.rankingId = ranking.id;
        entry.nominationId = e.nominationId();
        entry.position = e.position(); // inserted at once (identity key): the position must be valid already
        entry.persist();
      }
      entry.position = e.position();
    }
    ranking.confirmedAt = now();
    ranking.confirmedBy = caller.name();
    em.flush();
    ProvincialRanking after = view(round, ranking);
    audit.record("RANKING_CONFIRMED", "ROUND", roundId, null, after.entries());
    return after;
  }

  /** The ranking as a table for the CSV/XLSX download. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Table table(long roundId) {
    ProvincialRanking ranking = get(roundId);
    return new Table("ranking", List.of("排名/position", "乡镇代码/townshipCode", "乡镇名称/townshipName", "所属县区/districtName",
        "认定加分项/recognisedBonus", "加分项/bonusItems", "考核结论/verdict", "已通过指标/accepted", "指标总数/standardTotal",
        "调整/moved", "调整理由/justification"),
        sink -> sink.accept(ranking.entries().stream().map(e -> java.util.Arrays.<Object>asList(e.position(), e.townshipCode(),
            e.townshipName(), e.districtName(), e.recognisedBonus(), String.join(" ", e.bonusCodes()),
            e.verdict() == null ? "" : e.verdict().name(), e.accepted(), e.standardTotal(), e.moved() ? "是" : "否",
            e.justification() == null ? "" : e.justification())).toList()));
  }

  /** Each candidate's position in the round's ranking (for the results export). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Integer> positions(long roundId) {
    Map<Long, Integer> positions = new HashMap<>();
    get(roundId).entries().forEach(e -> positions.put(e.nominationId(), e.position()));
    return positions;
  }

  private ProvincialRanking view(Round round, Ranking ranking) {
    List<Candidate> candidates = nominations.provincialCandidates(round.id);
    List<Long> ids = candidates.stream().map(Candidate::nominationId).toList();
    Map<Long, Decided> places = nominations.byIds(ids);
    Map<Long, Map<String, Optional<Outcome>>> judged = assessment.judgedBonus(ids);
    Map<Long, AcceptedCounts> accepted = evidence.acceptedCounts(round.frameworkId, ids);
    Map<Long, List<RevisionView>> revisions = verdicts.visibleRevisions(ids);
    Map<Long, List<String>> bonus = new HashMap<>();
    List<RankingOrder.Candidate> order = new ArrayList<>();
    for (Long id : ids) {
      Map<String, Optional<Outcome>> judgedItems = judged.getOrDefault(id, Map.of());
      TreeSet<String> codes = new TreeSet<>();
      for (String code : accepted.get(id).bonusAccepted()) {
        Optional<Outcome> agreed = judgedItems.get(code);
        if (RankingOrder.bonusCounts(true, agreed != null, agreed == null ? null : agreed.orElse(null))) {
          codes.add(code);
        }
      }
      bonus.put(id, List.copyOf(codes));
      List<RevisionView> v = revisions.getOrDefault(id, List.of());
      order.add(new RankingOrder.Candidate(id, places.get(id).townshipCode(), codes.size(), v.isEmpty() ? null : v.get(0).decision(),
          accepted.get(id).standardAccepted()));
    }
    List<RankingOrder.Candidate> computed = RankingOrder.sort(order);
    Map<Long, Integer> computedPosition = new HashMap<>();
    for (int i = 0; i < computed.size(); i++) {
      computedPosition.put(computed.get(i).nominationId(), i + 1);
    }
    Map<Long, RankingEntry> persisted = ranking == null ? Map.of() : entries(ranking.id);
    // persisted candidates by their position, then new candidates in computed order
    List<RankingOrder.Candidate> shown = new ArrayList<>(computed);
    shown.sort(Comparator.comparingInt((RankingOrder.Candidate c) -> persisted.containsKey(c.nominationId()) ? 0 : 1)
        .thenComparingInt(c -> persisted.containsKey(c.nominationId()) ? persisted.get(c.nominationId()).position
            : computedPosition.get(c.nominationId())));
    List<RankingEntryView> entries = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      RankingOrder.Candidate c = shown.get(i);
      Decided d = places.get(c.nominationId());
      RankingEntry entry = persisted.get(c.nominationId());
      entries.add(new RankingEntryView(i + 1, computedPosition.get(c.nominationId()), c.nominationId(), d.townshipId(),
          d.townshipCode(), d.townshipName(), d.districtId(), d.districtName(), c.recognisedBonus(), bonus.get(c.nominationId()),
          c.verdict(), c.accepted(), accepted.get(c.nominationId()).standardTotal(), entry != null && entry.movedAt != null,
          entry == null ? null : entry.justification));
    }
    PhaseView phase = rounds.phases(round.id).get(Phase.PROVINCIAL_SELECTION);
    OffsetDateTime deadline = phase == null ? null : phase.endsAt();
    boolean passed = deadline != null && clock.instant().isAfter(deadline.toInstant());
    boolean confirmed = ranking != null && ranking.confirmedAt != null;
    return new ProvincialRanking(round.id, round.year, deadline, passed, confirmed,
        ranking == null ? null : ranking.confirmedAt, ranking == null ? null : ranking.confirmedBy, entries,
        version(ranking == null ? 0 : ranking.version, confirmed, entries));
  }

  /**
   * The ETag's version: the stored ranking's version and everything the ranking shows, so it
   * changes when candidates, verdicts, accepted evidence or bonus items move the order, not only
   * when the city moves it. 53 bits, a safe integer for the SPA.
   */
  private static long version(long stored, boolean confirmed, List<RankingEntryView> entries) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest((stored + "|" + confirmed + "|" + entries).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(hash).getLong() & ((1L << 53) - 1);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void requireOpen(Round round, Ranking ranking) {
    if (ranking != null && ranking.confirmedAt != null) {
      throw new ProblemException(ProblemType.CONFLICT, "ranking.confirmed");
    }
    PhaseView phase = rounds.phases(round.id).get(Phase.PROVINCIAL_SELECTION);
    if (phase != null && clock.instant().isAfter(phase.endsAt().toInstant())) {
      throw new ProblemException(ProblemType.DEADLINE_PASSED, "deadline.passed",
          new ProblemException.Message("phase." + Phase.PROVINCIAL_SELECTION.name()),
          phase.endsAt().toLocalDateTime().toString().replace('T', ' ')).deadline(phase.endsAt());
    }
  }

  private Ranking ranking(long roundId) {
    return Ranking.<Ranking>find("roundId", roundId).firstResult();
  }

  private Ranking lockedRanking(long roundId) {
    return Ranking.<Ranking>find("roundId", roundId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
  }

  private Ranking create(long roundId) {
    Ranking ranking = new Ranking();
    ranking.roundId = roundId;
    ranking.persistAndFlush();
    return ranking;
  }

  private Map<Long, RankingEntry> entries(long rankingId) {
    Map<Long, RankingEntry> entries = new HashMap<>();
    RankingEntry.<RankingEntry>list("rankingId", rankingId).forEach(e -> entries.put(e.nominationId, e));
    return entries;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
