package org.fumin.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.auth.Role;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.evidence.EvidenceService.Definition;
import org.fumin.evidence.EvidenceService.StoredMetricValue;
import org.fumin.nomination.Nomination;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationState;
import org.fumin.programme.EvidenceAction;
import org.fumin.round.Deadlines;
import org.fumin.round.Deadlines.RoundTownship;
import org.fumin.round.Phase;
import org.fumin.round.RoundState;

/**
 * Metric values that arrive in bulk (the {@code metric-values} import): what a file's rows need to
 * be checked, and the writes, each item's values as one new draft revision that carries the rest
 * of the item (narrative, statement, other metrics) over. An import may set a value exactly where
 * the township itself could save now ({@link EvidenceAction#SAVE} as the township operator: the item
 * a draft or returned, the nomination in progress, the round open, the implementation phase not
 * closed); submitted, approved and accepted evidence stays as it was reviewed.
 */
@ApplicationScoped
@Transactional
public class EvidenceMetricValues {

  private static final TypeReference<List<StoredMetricValue>> VALUES = new TypeReference<>() {};

  /** Why an import may not set a value on an item now. */
  public enum Refusal { NOMINATION_NOT_IN_PROGRESS, EVIDENCE_LOCKED, DEADLINE_PASSED }

  /** An item as an import sees it: its state, current revision and current metric values by metric id. */
  public record ItemValues(EvidenceState state, int revision, Map<Integer, BigDecimal> values) {
    static final ItemValues NONE = new ItemValues(EvidenceState.DRAFT, 0, Map.of());
  }

  /** A nominated township of a round with its items by indicator code. */
  public record Target(long nominationId, long townshipId, NominationState state, RoundState roundState,
      boolean implementationClosed, Map<String, ItemValues> items) {

    public ItemValues item(String indicatorCode) {
      return items.getOrDefault(indicatorCode, ItemValues.NONE);
    }
  }

  /** What an import of one round needs: the round's indicators (framework order) and its nominated townships. */
  public record RoundTargets(List<Definition> definitions, Map<Long, Target> byTownship) {}

  /** One nomination's row as read. */
  public record NominationRow(Long nominationId, Long townshipId, NominationState state, RoundState roundState) {}

  /** One item's row as read, with its current revision's values. */
  public record ItemRow(Long nominationId, String indicatorCode, EvidenceState state, Integer revision, String metricValues) {}

  /** A revision's content that a new revision carries over. */
  public record Carried(EvidenceApi.SelfAssessment selfAssessment, String statement, String narrative, String metricValues,
      String bonus) {}

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject NominationService nominations;
  @Inject EvidenceService evidence;
  @Inject Deadlines deadlines;
  @Inject InstantSource clock;

  /**
   * The round's indicators and, for the given townships, their nominations in the round (withdrawn
   * ones left out) with each saved item's state and values; a few queries whatever the file's size.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RoundTargets targets(long roundId, long frameworkId, Collection<Long> townshipIds) {
    List<NominationRow> rows = em.createQuery("""
            select n.id, n.township.id, n.state, n.round.state from Nomination n
            where n.round.id = :round and any_of(:townships, n.township.id) and n.state <> :withdrawn""", NominationRow.class)
        .setParameter("round", roundId).setParameter("townships", AnyOf.ids(townshipIds))
        .setParameter("withdrawn", NominationState.WITHDRAWN).getResultList();
    Map<Long, Map<String, ItemValues>> items = new HashMap<>();
    List<Long> nominationIds = rows.stream().map(NominationRow::nominationId).toList();
    for (ItemRow item : em.createQuery("""
            select e.nomination.id, e.indicatorCode, e.state, e.revision, s.metricValues from EvidenceItem e
            left join SavedEvidence s on s.itemId = e.id and s.revision = e.revision
            where any_of(:nominations, e.nomination.id)""", ItemRow.class)
        .setParameter("nominations", AnyOf.ids(nominationIds))
        .getResultList()) {
      items.computeIfAbsent(item.nominationId(), k -> new HashMap<>())
          .put(item.indicatorCode(), new ItemValues(item.state(), item.revision(), values(item.metricValues())));
    }
    List<RoundTownship> keys = rows.stream().map(r -> new RoundTownship(roundId, r.townshipId())).toList();
    Map<RoundTownship, List<Deadlines.Deadline>> due = keys.isEmpty() ? Map.of() : deadlines.forTownships(keys);
    Map<Long, Target> byTownship = new HashMap<>();
    for (NominationRow r : rows) {
      boolean closed = due.getOrDefault(new RoundTownship(roundId, r.townshipId()), List.of()).stream()
          .anyMatch(d -> d.phase() == Phase.IMPLEMENTATION && d.passed());
      byTownship.put(r.townshipId(), new Target(r.nominationId(), r.townshipId(), r.state(), r.roundState(), closed,
          items.getOrDefault(r.nominationId(), Map.of())));
    }
    return new RoundTargets(evidence.definitions(frameworkId), byTownship);
  }

  /** Why an import may not set values on this item now, or empty when it may. */
  public static Optional<Refusal> refusal(Target target, ItemValues item) {
    // the township's own rule: where a township operator could save, an import may write
    if (EvidenceAction.SAVE.applies(item.state(), item.revision(), Role.TOWNSHIP_OPERATOR, target.state(), target.roundState())) {
      return target.implementationClosed() ? Optional.of(Refusal.DEADLINE_PASSED) : Optional.empty();
    }
    return Optional.of(EvidenceAction.editable(item.state()) ? Refusal.NOMINATION_NOT_IN_PROGRESS : Refusal.EVIDENCE_LOCKED);
  }

  /**
   * Sets metric values (already checked against their metric) on items of one nomination: per item
   * one new draft revision, audited as a save. Refused (and nothing of the nomination written) when
   * an item can no longer take them, e.g. because it was submitted since the import was checked.
   */
  public int write(long nominationId, Map<String, Map<Integer, BigDecimal>> valuesByIndicator) {
    Nomination nomination = nominations.lock(nominationId);
    Map<String, Definition> definitions = new HashMap<>();
    evidence.definitions(nomination.round.frameworkId).forEach(d -> definitions.put(d.code(), d));
    boolean closed = Optional.ofNullable(deadlines.of(nomination.round.id, nomination.township.id, Phase.IMPLEMENTATION))
        .map(Deadlines.Deadline::passed).orElse(false);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int written = 0;
    for (Map.Entry<String, Map<Integer, BigDecimal>> change : valuesByIndicator.entrySet()) {
      Definition definition = definitions.get(change.getKey());
      if (definition == null) {
        throw ProblemException.notFound("entity.indicator", change.getKey());
      }
      EvidenceItem item = EvidenceItem.<EvidenceItem>find("nomination.id = ?1 and indicatorCode = ?2", nominationId, definition.code())
          .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElse(null);
      Carried previous = item == null || item.revision == 0 ? null : carried(item.id, item.revision);
      ItemValues current = item == null ? ItemValues.NONE
          : new ItemValues(item.state, item.revision, values(previous == null ? null : previous.metricValues()));
      Target target = new Target(nominationId, nomination.township.id, nomination.state, nomination.round.state, closed, Map.of());
      Optional<Refusal> refusal = refusal(target, current);
      if (refusal.isPresent()) {
        throw refused(refusal.get(), definition.code(), current.state(), nomination.state);
      }
      Map<Integer, BigDecimal> merged = new TreeMap<>(current.values());
      merged.putAll(change.getValue());
      if (item == null) {
        item = EvidenceItem.open(nomination, definition.code(), definition.kind());
      }
      SavedEvidence saved = new SavedEvidence();
      if (previous != null) {
        saved.selfAssessment = previous.selfAssessment();
        saved.statement = previous.statement();
        saved.narrative = previous.narrative();
        saved.bonus = previous.bonus();
      }
      saved.metricValues = write(merged);
      Map<String, Object> before = summary(definition.code(), current.state(), current.revision(), current.values());
      item.append(saved, now, caller.name());
      evidence.recordCurrentAttachments(saved.id, nominationId, definition.code());
      audit.record("EVIDENCE_SAVED", "NOMINATION", nominationId, before, summary(definition.code(), item.state, item.revision, merged));
      written++;
    }
    em.flush();
    return written;
  }

  /** The refusal as the problem an import reports on the row (message keys of the import report). */
  public static ProblemException refused(Refusal refusal, String indicatorCode, EvidenceState state, NominationState nominationState) {
    return switch (refusal) {
      case EVIDENCE_LOCKED -> new ProblemException(ProblemType.CONFLICT, "import.problem.evidence-locked", indicatorCode,
          new ProblemException.Message("evidence-state." + state.name()));
      case NOMINATION_NOT_IN_PROGRESS -> new ProblemException(ProblemType.CONFLICT, "import.problem.nomination-not-in-progress",
          new ProblemException.Message("nomination-state." + nominationState.name()));
      case DEADLINE_PASSED -> new ProblemException(ProblemType.CONFLICT, "import.problem.deadline-passed");
    };
  }

  private Carried carried(long itemId, int revision) {
    return em.createQuery("""
            select s.selfAssessment, s.statement, s.narrative, s.metricValues, s.bonus from SavedEvidence s
            where s.itemId = :item and s.revision = :revision""", Carried.class)
        .setParameter("item", itemId).setParameter("revision", revision).getResultStream().findFirst().orElse(null);
  }

  private static Map<String, Object> summary(String indicatorCode, EvidenceState state, int revision, Map<Integer, BigDecimal> values) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("indicatorCode", indicatorCode);
    summary.put("state", state);
    summary.put("revision", revision);
    summary.put("metrics", values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString()).toList());
    return summary;
  }

  private Map<Integer, BigDecimal> values(String stored) {
    if (stored == null) {
      return Map.of();
    }
    try {
      Map<Integer, BigDecimal> values = new TreeMap<>();
      for (StoredMetricValue v : json.<List<StoredMetricValue>>readValue(stored, VALUES)) {
        values.put(v.metricId(), new BigDecimal(v.value()));
      }
      return values;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable metric values", e);
    }
  }

  private String write(Map<Integer, BigDecimal> values) {
    List<StoredMetricValue> stored = values.entrySet().stream()
        .map(e -> new StoredMetricValue(e.getKey(), e.getValue().toPlainString()))
        .sorted(Comparator.comparingInt(StoredMetricValue::metricId)).toList();
    try {
      return json.writeValueAsString(stored);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
