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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.auth.Role;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.paging.Where;
import org.fumin.attachment.AttachmentApi.AttachmentView;
import org.fumin.attachment.AttachmentOwners;
import org.fumin.attachment.AttachmentService;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.common.web.ETags;
import org.fumin.evidence.EvidenceApi.BonusEvidence;
import org.fumin.evidence.EvidenceApi.BulkAction;
import org.fumin.evidence.EvidenceApi.EvidenceCompleteness;
import org.fumin.evidence.EvidenceApi.EvidenceFilter;
import org.fumin.evidence.EvidenceApi.EvidenceInput;
import org.fumin.evidence.EvidenceApi.EvidenceItemView;
import org.fumin.evidence.EvidenceApi.EvidenceMetric;
import org.fumin.evidence.EvidenceApi.EvidenceOverview;
import org.fumin.evidence.EvidenceApi.EvidenceQueueItem;
import org.fumin.evidence.EvidenceApi.EvidenceRevisionSummary;
import org.fumin.evidence.EvidenceApi.EvidenceRevisionView;
import org.fumin.evidence.EvidenceApi.MetricValueInput;
import org.fumin.evidence.EvidenceApi.ReturnedBy;
import org.fumin.evidence.EvidenceApi.ReviewEvent;
import org.fumin.evidence.EvidenceApi.ReviewInput;
import org.fumin.evidence.EvidenceApi.ReviewItem;
import org.fumin.evidence.EvidenceApi.ReviewResult;
import org.fumin.evidence.EvidenceApi.SelfAssessment;
import org.fumin.framework.FrameworkApi.Category;
import org.fumin.framework.FrameworkApi.Indicator;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.framework.FrameworkApi.Metric;
import org.fumin.framework.FrameworkService;
import org.fumin.nomination.Nomination;
import org.fumin.nomination.NominationService;
import org.fumin.notification.NotificationService;
import org.fumin.notification.NotificationService.Subject;
import org.fumin.plan.Markdown;
import org.fumin.programme.EvidenceAction;
import org.fumin.programme.MetricCheck;
import org.fumin.round.Deadlines;
import org.fumin.round.Deadlines.Deadline;
import org.fumin.round.Phase;

/**
 * Evidence (佐证材料) per nomination and framework indicator: every save a new revision, nothing
 * submitted ever overwritten; the review chain from {@link EvidenceAction}'s table; completeness.
 *
 * <p>What an API key sees: only items submitted at least once, and each as it was last submitted
 * (a returned item's newer drafts stay with the township). People see the current revision.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

  private static final TypeReference<List<StoredMetricValue>> METRIC_VALUES = new TypeReference<>() {};
  private static final Set<EvidenceState> SUBMITTED_OR_LATER =
      EnumSet.of(EvidenceState.SUBMITTED, EvidenceState.DISTRICT_APPROVED, EvidenceState.ACCEPTED);
  private static final Map<String, String> SORTS = Map.of("submittedAt", "e.submittedAt", "updatedAt", "e.updatedAt",
      "township", "t.code, e.indicatorCode", "indicator", "e.indicatorCode, t.code", "state", "e.state");

  /** A metric value as stored: the value as a decimal string, exactly as it was checked. */
  public record StoredMetricValue(int metricId, String value) {}

  /** An indicator of a round's framework with its category, in framework order. */
  public record Definition(String code, IndicatorKind kind, String categoryCode, String categoryTitle,
      String categoryTitleEn, String title, String glossEn, List<Metric> metrics) {}

  /** A saved revision's columns. */
  public record RevisionRow(Long itemId, Integer revision, SelfAssessment selfAssessment, String statement,
      String narrative, String metricValues, String bonus, Instant savedAt, String savedBy) {}

  /** A queue row as read, before the indicator title is added from the framework. */
  public record QueueRow(Long nominationId, Long roundId, Long frameworkId, Long districtId, String districtName,
      Long townshipId, String townshipName, String indicatorCode, IndicatorKind kind, EvidenceState state,
      Integer revision, Integer submittedRevision, Instant submittedAt, Instant updatedAt) {}

  /** One nomination's standard-indicator counts, as the grouped completeness query answers them. */
  public record CompletenessRow(Long nominationId, Long townshipId, String townshipName, Long districtId,
      String districtName, Long saved, Long submitted, Long districtApproved, Long accepted, Long returned,
      String submittedCodes) {}

  @Inject AttachmentService attachments;
  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject NominationService nominations;
  @Inject FrameworkService frameworks;
  @Inject org.fumin.round.RoundService rounds;
  @Inject org.fumin.township.TownshipService townships;
  @Inject Deadlines deadlines;
  @Inject NotificationService notifications;
  @Inject InstantSource clock;
  @Inject EvidenceValidation validation;

  // ---- reads -------------------------------------------------------------------------------

  @Transactional(Transactional.TxType.SUPPORTS)
  public EvidenceOverview overview(long nominationId) {
    return overview(nominations.find(nominationId));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public EvidenceItemView get(long nominationId, String indicatorCode) {
    Nomination nomination = nominations.find(nominationId);
    Definition definition = definition(nomination, indicatorCode);
    EvidenceItem item = item(nominationId, definition.code()).orElse(null);
    requireVisible(item, nominationId, indicatorCode);
    return view(nomination, definition, item);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<EvidenceRevisionSummary> revisions(long nominationId, String indicatorCode, PageRequest paging) {
    Nomination nomination = nominations.find(nominationId);
    Definition definition = definition(nomination, indicatorCode);
    EvidenceItem item = item(nominationId, definition.code()).orElse(null);
    requireVisible(item, nominationId, indicatorCode);
    if (item == null) {
      return new Page<>(List.of(), paging.page(), paging.size(), 0);
    }
    int newest = visibleRevision(item);
    List<RevisionRow> rows = em.createQuery("""
            select s.itemId, s.revision, s.selfAssessment, s.statement, s.narrative, s.metricValues, s.bonus, s.savedAt, s.savedBy
            from SavedEvidence s where s.itemId = :item and s.revision <= :newest order by s.revision desc""", RevisionRow.class)
        .setParameter("item", item.id).setParameter("newest", newest)
        .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    Map<Integer, List<ReviewEvent>> events = events(item.id, newest);
    List<EvidenceRevisionSummary> summaries = rows.stream()
        .map(r -> new EvidenceRevisionSummary(r.revision(), r.savedAt(), r.savedBy(), r.selfAssessment(),
            events.getOrDefault(r.revision(), List.of())))
        .toList();
    return new Page<>(summaries, paging.page(), paging.size(), newest);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public EvidenceRevisionView revision(long nominationId, String indicatorCode, int revision) {
    Nomination nomination = nominations.find(nominationId);
    Definition definition = definition(nomination, indicatorCode);
    EvidenceItem item = item(nominationId, definition.code()).orElse(null);
    requireVisible(item, nominationId, indicatorCode);
    if (item == null || revision > visibleRevision(item)) {
      throw ProblemException.notFound("entity.evidence-revision", revision);
    }
    RevisionRow row = revisionRow(item.id, revision)
        .orElseThrow(() -> ProblemException.notFound("entity.evidence-revision", revision));
    return new EvidenceRevisionView(nominationId, definition.code(), row.revision(), row.selfAssessment(), row.statement(),
        row.narrative(), metrics(definition, row), bonus(definition, row), row.savedAt(), row.savedBy(),
        events(item.id, revision).getOrDefault(revision, List.of()), revisionAttachments(item.id, revision));
  }

  /**
   * The review queue: items of nominations still under review ({@link EvidenceAction#underReview}: not
   * withdrawn, no published verdict), within the caller's scope.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<EvidenceQueueItem> queue(EvidenceFilter filter, PageRequest paging) {
    Where where = new Where()
        .equal("e.roundId", "roundId", filter.roundId())
        .equal("e.districtId", "districtId", filter.districtId())
        .equal("e.townshipId", "townshipId", filter.townshipId())
        .equal("e.indicatorCode", "indicatorCode", filter.indicatorCode())
        .in("e.state", "states", filter.states())
        .equal("e.townshipId", "scopeTownship", caller.townshipScope())
        .notIn("e.nomination.state", "outOfReview", EvidenceAction.OUT_OF_REVIEW)
        .when(isKey(), "e.submittedRevision is not null");
    if (caller.townshipScope() == null) {
      where.equal("e.districtId", "scopeDistrict", caller.districtScope());
    }
    Page<QueueRow> page = where.project(QueueRow.class, """
            e.nomination.id, e.roundId, r.frameworkId, e.districtId, d.name, e.townshipId, t.name, e.indicatorCode,
            e.kind, e.state, e.revision, e.submittedRevision, e.submittedAt, e.updatedAt""",
        "from EvidenceItem e join e.nomination n join n.round r join n.township t join District d on d.id = e.districtId",
        "from EvidenceItem e", paging.orderBy(SORTS, "submittedAt", "e.id"), paging);
    Map<Long, Map<String, Definition>> titles = new HashMap<>();
    return page.map(r -> queueItem(r, titles.computeIfAbsent(r.frameworkId(), this::definitionsByCode)));
  }

  /** Completeness of a round (404 for an unknown round, or a district outside the caller's scope). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public EvidenceApi.RoundCompleteness completeness(long roundId, Long districtId) {
    long frameworkId = rounds.frameworkOf(roundId);
    if (districtId != null) {
      Long ownDistrict = caller.townshipScope() == null ? null : townships.find(caller.townshipScope()).district.id;
      if (ownDistrict == null ? !caller.mayUseDistrict(districtId) : ownDistrict != districtId.longValue()) {
        throw ProblemException.notFound("entity.district", districtId);
      }
    }
    return roundCompleteness(roundId, districtId, frameworkId);
  }

  /** Completeness of a round: one grouped query for the counts per nomination, then sums per district and round. */
  @Transactional(Transactional.TxType.SUPPORTS)
  EvidenceApi.RoundCompleteness roundCompleteness(long roundId, Long districtId, long frameworkId) {
    List<String> standard = definitions(frameworkId).stream().filter(d -> d.kind() == IndicatorKind.STANDARD)
        .map(Definition::code).toList();
    Where where = new Where()
        .equal("n.round.id", "round", roundId)
        .equal("n.districtId", "districtId", districtId)
        .equal("t.id", "scopeTownship", caller.townshipScope())
        .when(true, "n.state <> org.fumin.nomination.NominationState.WITHDRAWN");
    if (caller.townshipScope() == null) {
      where.equal("n.districtId", "scopeDistrict", caller.districtScope());
    }
    var query = em.createQuery("select n.id, t.id, t.name, d.id, d.name,"
            + " coalesce(sum(case when e.revision > 0 then 1 else 0 end), 0),"
            + " coalesce(sum(case when e.state in :submitted then 1 else 0 end), 0),"
            + " coalesce(sum(case when e.state in :approved then 1 else 0 end), 0),"
            + " coalesce(sum(case when e.state = :accepted then 1 else 0 end), 0),"
            + " coalesce(sum(case when e.state = :returned then 1 else 0 end), 0),"
            + " listagg(case when e.state in :submitted then e.indicatorCode else null end, ',')"
            + " from Nomination n join n.township t join District d on d.id = n.districtId"
            + " left join EvidenceItem e on e.nomination = n and e.kind = :standard"
            // a key sees only items submitted at least once, so it counts only those (`saved` too)
            + (isKey() ? " and e.submittedRevision is not null" : "")
            + where.clause()
            + " group by n.id, t.id, t.name, t.code, d.id, d.name, d.code order by d.code, t.code", CompletenessRow.class)
        .setParameter("submitted", SUBMITTED_OR_LATER)
        .setParameter("approved", EnumSet.of(EvidenceState.DISTRICT_APPROVED, EvidenceState.ACCEPTED))
        .setParameter("accepted", EvidenceState.ACCEPTED)
        .setParameter("returned", EvidenceState.RETURNED)
        .setParameter("standard", IndicatorKind.STANDARD);
    where.bindTo(query);
    List<EvidenceApi.NominationCompleteness> rows = new ArrayList<>();
    Map<Long, String> districtNames = new LinkedHashMap<>();
    Map<Long, List<EvidenceCompleteness>> byDistrict = new LinkedHashMap<>();
    for (CompletenessRow r : query.getResultList()) {
      Set<String> done = r.submittedCodes() == null ? Set.of() : Set.of(r.submittedCodes().split(","));
      EvidenceCompleteness c = new EvidenceCompleteness(standard.size(), r.saved().intValue(), r.submitted().intValue(),
          r.districtApproved().intValue(), r.accepted().intValue(), r.returned().intValue(),
          standard.stream().filter(code -> !done.contains(code)).toList());
      rows.add(new EvidenceApi.NominationCompleteness(r.nominationId(), r.townshipId(), r.townshipName(), r.districtId(),
          r.districtName(), c));
      districtNames.putIfAbsent(r.districtId(), r.districtName());
      byDistrict.computeIfAbsent(r.districtId(), k -> new ArrayList<>()).add(c);
    }
    List<EvidenceApi.DistrictCompleteness> districts = byDistrict.entrySet().stream()
        .map(e -> new EvidenceApi.DistrictCompleteness(e.getKey(), districtNames.get(e.getKey()), sum(e.getValue())))
        .toList();
    return new EvidenceApi.RoundCompleteness(roundId, rows, districts,
        sum(rows.stream().map(EvidenceApi.NominationCompleteness::completeness).toList()));
  }

  // ---- changes -----------------------------------------------------------------------------

  /** Saves a new revision; {@code ifMatch} must name the current revision ({@code "0"} before the first save). */
  public EvidenceItemView save(long nominationId, String indicatorCode, String ifMatch, EvidenceInput input) {
    Nomination nomination = nominations.lock(nominationId);
    Definition definition = definition(nomination, indicatorCode);
    EvidenceItem item = lockedItem(nominationId, definition.code()).orElse(null);
    ETags.requireMatch(ifMatch, item == null ? 0 : item.revision);
    check(nomination, item, EvidenceAction.SAVE);
    Instant now = now();
    EvidenceValidation.Checked checked = validation.check(definition, input, now);
    List<StoredMetricValue> values = checked.metricValues();
    BonusEvidence bonus = checked.bonus();
    EvidenceItemView before = item == null ? null : view(nomination, definition, item);
    if (item == null) {
      item = EvidenceItem.open(nomination, definition.code(), definition.kind());
    }
    SavedEvidence saved = new SavedEvidence();
    saved.selfAssessment = input.selfAssessment();
    saved.statement = blankToNull(input.statement());
    saved.narrative = input.narrative() == null || input.narrative().isBlank() ? null : Markdown.sanitise(input.narrative());
    saved.metricValues = write(values);
    saved.bonus = bonus == null ? null : write(bonus);
    item.append(saved, now, caller.name());
    recordCurrentAttachments(saved.id, nominationId, definition.code());
    em.flush();
    EvidenceItemView after = view(nomination, definition, item);
    audit.record("EVIDENCE_SAVED", "NOMINATION", nominationId, summary(before), summary(after));
    return after;
  }

  /** Takes a review-chain action on one item: refused with 409 when the table, the nomination or a deadline does not allow it. */
  public EvidenceItemView act(long nominationId, String indicatorCode, String ifMatch, EvidenceAction action, String reason) {
    Nomination nomination = nominations.lock(nominationId);
    Definition definition = definition(nomination, indicatorCode);
    EvidenceItem item = lockedItem(nominationId, definition.code()).orElse(null);
    ETags.requireMatch(ifMatch, item == null ? 0 : item.revision);
    check(nomination, item, action);
    transition(nomination, definition, item, action, reason);
    return view(nomination, definition, item);
  }

  /** Submits every saved item of the nomination that is a draft or was returned; all or nothing. */
  public EvidenceOverview submitAll(long nominationId) {
    Nomination nomination = nominations.lock(nominationId);
    Map<String, Definition> definitions = definitionsByCode(nomination.round.frameworkId);
    List<EvidenceItem> open = EvidenceItem.<EvidenceItem>find(
            "nomination.id = ?1 and revision > 0 and state in ?2 order by id", nominationId,
            EnumSet.of(EvidenceState.DRAFT, EvidenceState.RETURNED))
        .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    if (open.isEmpty()) {
      check(nomination, null, EvidenceAction.SAVE); // explains a closed phase or nomination before "nothing to submit"
      throw new ProblemException(ProblemType.CONFLICT, "evidence.nothing-to-submit");
    }
    for (EvidenceItem item : open) {
      check(nomination, item, EvidenceAction.SUBMIT);
    }
    for (EvidenceItem item : open) {
      transition(nomination, definitions.get(item.indicatorCode), item, EvidenceAction.SUBMIT, null);
    }
    return overview(nomination);
  }

  /**
   * Approves (district) or accepts (city) several items at once. Every item is checked before any
   * changes; one refusal refuses them all with a 409 naming each refused item.
   */
  public ReviewResult review(ReviewInput input) {
    EvidenceAction action = input.action() == BulkAction.APPROVE ? EvidenceAction.APPROVE : EvidenceAction.ACCEPT;
    if (caller.role() == null || !action.allows(caller.role())) {
      throw new ProblemException(ProblemType.INVALID_TRANSITION, "evidence.review.not-yours",
          new ProblemException.Message("evidence-action." + action.name()))
          .allowedActions(List.of());
    }
    List<Problem.Violation> refused = new ArrayList<>();
    record Target(int index, ReviewItem request, Nomination nomination, Definition definition, EvidenceItem item) {}
    List<Target> targets = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    // lock the nominations in id order, so that two bulk reviews never wait on each other crosswise
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < input.items().size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> input.items().get(i).nominationId()));
    Map<Long, Optional<Nomination>> locked = new HashMap<>();
    for (int i : order) {
      ReviewItem request = input.items().get(i);
      String field = "items[" + i + "]";
      if (!seen.add(request.nominationId() + "/" + request.indicatorCode())) {
        refused.add(new Problem.Violation(field, "evidence.review.duplicate"));
        continue;
      }
      // a nomination outside the caller's scope does not exist for them: 404, as everywhere
      Optional<Nomination> nomination = locked.computeIfAbsent(request.nominationId(), id -> Optional.of(nominations.lock(id)));
      Optional<Definition> definition = findDefinition(nomination.get(), request.indicatorCode());
      EvidenceItem item = definition.flatMap(d -> lockedItem(request.nominationId(), d.code())).orElse(null);
      if (item == null || !visible(item)) {
        refused.add(new Problem.Violation(field, "evidence.review.not-found"));
      } else if (item.revision != request.revision()) {
        refused.add(new Problem.Violation(field, "evidence.review.stale"));
      } else if (!allowed(nomination.get(), item, action)) {
        refused.add(new Problem.Violation(field, "evidence.review.not-allowed"));
      } else {
        targets.add(new Target(i, request, nomination.get(), definition.get(), item));
      }
    }
    if (!refused.isEmpty()) {
      refused.sort(Comparator.comparing(v -> Integer.parseInt(v.field().replaceAll("\\D", ""))));
      throw new ProblemException(ProblemType.CONFLICT, refused, "evidence.review.refused", refused.size());
    }
    targets.sort(Comparator.comparingInt(Target::index));
    List<EvidenceQueueItem> done = new ArrayList<>();
    for (Target t : targets) {
      transition(t.nomination(), t.definition(), t.item(), action, null);
      done.add(queueItem(t.nomination(), t.definition(), t.item()));
    }
    return new ReviewResult(input.action(), done);
  }

  // ---- for the attachment store ------------------------------------------------------------

  /** The item whose attachments the caller may change now: a township operator's item they may save. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Nomination requireEditable(long nominationId, String indicatorCode) {
    return editable(nominations.find(nominationId), indicatorCode, false);
  }

  /**
   * As {@link #requireEditable}, holding the nomination's lock (the one saves and review steps take)
   * until the transaction ends: the item cannot be submitted, nor its files counted by another upload,
   * between this check and the attachment change.
   */
  public Nomination lockEditable(long nominationId, String indicatorCode) {
    return editable(nominations.lock(nominationId), indicatorCode, true);
  }

  private Nomination editable(Nomination nomination, String indicatorCode, boolean locked) {
    Definition definition = definition(nomination, indicatorCode);
    if (caller.role() == null || !EvidenceAction.SAVE.allows(caller.role())) {
      throw new ProblemException(ProblemType.FORBIDDEN, "evidence.not-editable-by-role");
    }
    EvidenceItem item = item(nomination.id, definition.code()).orElse(null);
    if (item != null && locked) {
      em.refresh(item); // read before the lock in this transaction (the scope check): take the state as it is now
    }
    check(nomination, item, EvidenceAction.SAVE);
    return nomination;
  }

  /**
   * For a caller shown the item as last submitted (an API key): the attachments of that revision,
   * and every attachment of a submitted revision (the only ones it may open). Empty for people, who
   * see the current attachments.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AttachmentOwners.Recorded> recordedAttachments(long nominationId, String indicatorCode) {
    if (!isKey()) {
      return Optional.empty();
    }
    Nomination nomination = nominations.find(nominationId);
    EvidenceItem item = item(nomination.id, definition(nomination, indicatorCode).code()).orElse(null);
    if (!visible(item)) {
      return Optional.of(new AttachmentOwners.Recorded(List.of(), Set.of()));
    }
    return Optional.of(new AttachmentOwners.Recorded(linkedIds(item.id, item.submittedRevision),
        Set.copyOf(submittedIds(item.id))));
  }

  /** The item whose attachments the caller may read (an API key: only items submitted at least once). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Nomination requireReadable(long nominationId, String indicatorCode) {
    Nomination nomination = nominations.find(nominationId);
    Definition definition = definition(nomination, indicatorCode);
    requireVisible(item(nominationId, definition.code()).orElse(null), nominationId, indicatorCode);
    return nomination;
  }

  /** The framework code an indicator code stands for in the nomination's round (its spelling there). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String canonicalCode(Nomination nomination, String indicatorCode) {
    return definition(nomination, indicatorCode).code();
  }

  // ---- year-end acceptance (the assessment feature asks) -----------------------------------

  /** An indicator's evidence as the city accepted it: the figures and files an assessor judges. */
  public record AcceptedEvidence(Definition definition, EvidenceState state, Integer acceptedRevision,
      SelfAssessment selfAssessment, String statement, String narrative, List<EvidenceMetric> metrics, BonusEvidence bonus,
      List<AttachmentView> attachments, LocalDate supplementUntil) {}

  /**
   * Every indicator of the nomination's framework, in order, with the evidence as accepted by the
   * city (content, metric figures with their checks, attachments); not accepted items carry no content.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AcceptedEvidence> accepted(Nomination nomination) {
    Map<String, EvidenceItem> items = EvidenceItem.<EvidenceItem>list("nomination.id", nomination.id).stream()
        .collect(Collectors.toMap(i -> i.indicatorCode, Function.identity()));
    Map<Long, RevisionRow> shown = shownRevisions(nomination.id);
    Map<String, List<AttachmentView>> files = submittedAttachments(nomination.id);
    List<AcceptedEvidence> result = new ArrayList<>();
    for (Definition d : definitions(nomination.round.frameworkId)) {
      EvidenceItem item = items.get(d.code());
      boolean accepted = item != null && item.state == EvidenceState.ACCEPTED;
      RevisionRow row = accepted ? shown.get(item.id) : null;
      result.add(new AcceptedEvidence(d, item == null ? EvidenceState.DRAFT : item.state, accepted ? item.revision : null,
          row == null ? null : row.selfAssessment(), row == null ? null : row.statement(), row == null ? null : row.narrative(),
          metrics(d, row), accepted ? bonus(d, row) : null,
          accepted ? files.getOrDefault(d.code(), List.of()) : List.of(), item == null ? null : item.supplementUntil));
    }
    return result;
  }

  /**
   * Returns an indicator's evidence to the township for supplement (an assessor's NEEDS_SUPPLEMENT):
   * whatever its state, the item becomes RETURNED with the reason and the last day to resubmit, the
   * township is notified, and the step is recorded in the item's review history and audited.
   */
  public void returnForSupplement(Nomination nomination, String indicatorCode, String reason, LocalDate until) {
    Definition definition = definition(nomination, indicatorCode);
    EvidenceItem item = lockedItem(nomination.id, definition.code()).orElse(null);
    if (item == null) {
      item = EvidenceItem.open(nomination, definition.code(), definition.kind());
      em.flush();
    }
    EvidenceItemView before = view(nomination, definition, item);
    Instant now = now();
    item.state = EvidenceState.RETURNED;
    item.returnReason = reason.strip();
    item.returnedBy = ReturnedBy.CITY.name();
    item.reviewedAt = now;
    item.reviewedBy = caller.name();
    item.supplementUntil = until;
    EvidenceReview event = new EvidenceReview();
    event.itemId = item.id;
    event.revision = item.revision;
    event.action = EvidenceAction.RETURN;
    event.state = item.state;
    event.actor = caller.name();
    event.reason = item.returnReason;
    event.at = now;
    event.persist();
    em.flush();
    audit.record("EVIDENCE_SUPPLEMENT_REQUESTED", "NOMINATION", nomination.id, summary(before),
        summary(view(nomination, definition, item)));
    notifications.evidenceReturned(new Subject(nomination.id, nomination.round.id, nomination.township.id,
        nomination.districtId, nomination.township.name, nomination.state), item.indicatorCode, item.returnReason,
        until.plusDays(1).atStartOfDay(org.fumin.common.time.Shanghai.ZONE).toInstant()); // the end of the last day
  }

  /** Per nomination, how many standard indicators the city accepted and which bonus items it accepted. */
  public record AcceptedCounts(long nominationId, int standardAccepted, int standardTotal, List<String> bonusAccepted) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, AcceptedCounts> acceptedCounts(long frameworkId, java.util.Collection<Long> nominationIds) {
    Map<Long, AcceptedCounts> result = new HashMap<>();
    if (nominationIds.isEmpty()) {
      return result;
    }
    List<Definition> definitions = definitions(frameworkId);
    int standardTotal = (int) definitions.stream().filter(d -> d.kind() == IndicatorKind.STANDARD).count();
    for (Long id : nominationIds) {
      result.put(id, new AcceptedCounts(id, 0, standardTotal, new ArrayList<>()));
    }
    for (EvidenceItem item : EvidenceItem.<EvidenceItem>list("nomination.id in ?1 and state = ?2 order by indicatorCode",
        nominationIds, EvidenceState.ACCEPTED)) {
      AcceptedCounts c = result.get(item.nomination.id);
      if (item.kind == IndicatorKind.STANDARD) {
        result.put(c.nominationId(), new AcceptedCounts(c.nominationId(), c.standardAccepted() + 1, standardTotal, c.bonusAccepted()));
      } else {
        c.bonusAccepted().add(item.indicatorCode);
      }
    }
    return result;
  }

  // ---- the state machine -------------------------------------------------------------------

  private void check(Nomination nomination, EvidenceItem item, EvidenceAction action) {
    EvidenceState state = item == null ? EvidenceState.DRAFT : item.state;
    int revision = item == null ? 0 : item.revision;
    LocalDate supplementUntil = item == null ? null : item.supplementUntil;
    if (action == EvidenceAction.SUBMIT && revision == 0 && EvidenceAction.SAVE.allows(caller.role())) {
      throw new ProblemException(ProblemType.CONFLICT, "evidence.nothing-saved");
    }
    if (!action.applies(state, revision, caller.role(), nomination.state, nomination.round.state, supplementUntil != null)) {
      throw new ProblemException(ProblemType.INVALID_TRANSITION, "evidence.invalid-transition",
          new ProblemException.Message("evidence-action." + action.name()),
          new ProblemException.Message("evidence-state." + state.name()),
          new ProblemException.Message("nomination-state." + nomination.state.name()))
          .allowedActions(allowedActions(nomination, state, revision, supplementUntil, implementationClosed(nomination)).stream()
              .map(Enum::name).toList());
    }
    if (action.bySupplement(state, caller.role(), nomination.state, nomination.round.state, supplementUntil != null)) {
      if (action.deadline() != null && supplementClosed(supplementUntil)) {
        throw new ProblemException(ProblemType.DEADLINE_PASSED, "evidence.supplement-closed", supplementUntil.toString())
            .deadline(supplementUntil.plusDays(1).atStartOfDay(Shanghai.ZONE).toOffsetDateTime());
      }
    } else if (action.deadline() != null) {
      deadlines.require(nomination.round.id, nomination.township.id, action.deadline());
    }
  }

  /** Whether a supplement's last day (Asia/Shanghai) is over. */
  private boolean supplementClosed(LocalDate until) {
    return Shanghai.today(clock).isAfter(until);
  }

  private boolean allowed(Nomination nomination, EvidenceItem item, EvidenceAction action) {
    boolean inSupplement = item.supplementUntil != null;
    if (action.bySupplement(item.state, caller.role(), nomination.state, nomination.round.state, inSupplement)) {
      return action.deadline() == null || !supplementClosed(item.supplementUntil);
    }
    return action.applies(item.state, item.revision, caller.role(), nomination.state, nomination.round.state, inSupplement)
        && (action.deadline() == null || !closed(nomination, action.deadline()));
  }

  private void transition(Nomination nomination, Definition definition, EvidenceItem item, EvidenceAction action,
      String reason) {
    EvidenceItemView before = view(nomination, definition, item);
    Instant now = now();
    item.state = action.target(item.state);
    switch (action) {
      case SUBMIT -> {
        recordSubmittedAttachments(nomination, item, now);
        item.submittedRevision = item.revision;
        item.submittedAt = now;
        item.returnReason = null;
        item.returnedBy = null;
      }
      case APPROVE -> {
        item.reviewedAt = now;
        item.reviewedBy = caller.name();
      }
      case ACCEPT -> {
        item.reviewedAt = now;
        item.reviewedBy = caller.name();
        item.supplementUntil = null; // the supplement is done once the city accepts it
      }
      case RETURN -> {
        item.reviewedAt = now;
        item.reviewedBy = caller.name();
        item.returnReason = reason.strip();
        item.returnedBy = (caller.role() == Role.DISTRICT_ADMIN ? ReturnedBy.DISTRICT : ReturnedBy.CITY).name();
      }
      default -> throw new IllegalArgumentException("Not a review step: " + action);
    }
    EvidenceReview event = new EvidenceReview();
    event.itemId = item.id;
    event.revision = item.revision;
    event.action = action;
    event.state = item.state;
    event.actor = caller.name();
    event.reason = action == EvidenceAction.RETURN ? item.returnReason : null;
    event.at = now;
    event.persist();
    em.flush();
    EvidenceItemView after = view(nomination, definition, item);
    String verb = switch (action) {
      case SUBMIT -> "SUBMITTED";
      case APPROVE -> "APPROVED";
      case ACCEPT -> "ACCEPTED";
      default -> "RETURNED";
    };
    audit.record("EVIDENCE_" + verb, "NOMINATION", nomination.id, summary(before), summary(after));
    if (action == EvidenceAction.RETURN) {
      notifications.evidenceReturned(new Subject(nomination.id, nomination.round.id, nomination.township.id,
          nomination.districtId, nomination.township.name, nomination.state), item.indicatorCode, item.returnReason);
    }
  }

  private List<EvidenceAction> allowedActions(Nomination nomination, EvidenceState state, int revision, LocalDate supplementUntil,
      boolean implementationClosed) {
    if (caller.role() == null) {
      return List.of();
    }
    boolean inSupplement = supplementUntil != null;
    return java.util.Arrays.stream(EvidenceAction.values())
        .filter(a -> a.applies(state, revision, caller.role(), nomination.state, nomination.round.state, inSupplement))
        .filter(a -> a.bySupplement(state, caller.role(), nomination.state, nomination.round.state, inSupplement)
            ? a.deadline() == null || !supplementClosed(supplementUntil)
            : a.deadline() == null || !(a.deadline() == Phase.IMPLEMENTATION && implementationClosed))
        .toList();
  }

  private boolean implementationClosed(Nomination nomination) {
    return closed(nomination, Phase.IMPLEMENTATION);
  }

  private boolean closed(Nomination nomination, Phase phase) {
    Deadline deadline = deadlines.of(nomination.round.id, nomination.township.id, phase);
    return deadline != null && deadline.passed();
  }

  // ---- views -------------------------------------------------------------------------------

  private EvidenceOverview overview(Nomination nomination) {
    List<Definition> definitions = definitions(nomination.round.frameworkId);
    Map<String, EvidenceItem> items = EvidenceItem.<EvidenceItem>list("nomination.id", nomination.id).stream()
        .collect(Collectors.toMap(i -> i.indicatorCode, Function.identity()));
    Map<Long, RevisionRow> shown = shownRevisions(nomination.id);
    boolean closed = implementationClosed(nomination);
    Map<String, List<AttachmentView>> files = isKey() ? submittedAttachments(nomination.id) : attachments.current(nomination.id);
    if (isKey()) {
      items.values().removeIf(item -> !visible(item)); // nor does a key's completeness count drafts
    }
    List<EvidenceItemView> views = new ArrayList<>();
    for (Definition d : definitions) {
      EvidenceItem item = items.get(d.code());
      if (!visible(item)) {
        continue;
      }
      views.add(view(nomination, d, item, item == null ? null : shown.get(item.id), closed,
          files.getOrDefault(d.code(), List.of())));
    }
    return new EvidenceOverview(nomination.id, nomination.round.id, nomination.township.id, nomination.districtId,
        completeness(definitions, items), views);
  }

  private static EvidenceCompleteness completeness(List<Definition> definitions, Map<String, EvidenceItem> items) {
    int total = 0;
    int saved = 0;
    int submitted = 0;
    int approved = 0;
    int accepted = 0;
    int returned = 0;
    List<String> missing = new ArrayList<>();
    for (Definition d : definitions) {
      if (d.kind() != IndicatorKind.STANDARD) {
        continue;
      }
      total++;
      EvidenceItem item = items.get(d.code());
      EvidenceState state = item == null ? EvidenceState.DRAFT : item.state;
      saved += item != null && item.revision > 0 ? 1 : 0;
      submitted += SUBMITTED_OR_LATER.contains(state) ? 1 : 0;
      approved += state == EvidenceState.DISTRICT_APPROVED || state == EvidenceState.ACCEPTED ? 1 : 0;
      accepted += state == EvidenceState.ACCEPTED ? 1 : 0;
      returned += state == EvidenceState.RETURNED ? 1 : 0;
      if (!SUBMITTED_OR_LATER.contains(state)) {
        missing.add(d.code());
      }
    }
    return new EvidenceCompleteness(total, saved, submitted, approved, accepted, returned, missing);
  }

  private static EvidenceApi.CompletenessSum sum(List<EvidenceCompleteness> rows) {
    return new EvidenceApi.CompletenessSum(rows.size(),
        rows.stream().mapToInt(EvidenceCompleteness::standardTotal).sum(),
        rows.stream().mapToInt(EvidenceCompleteness::saved).sum(),
        rows.stream().mapToInt(EvidenceCompleteness::submitted).sum(),
        rows.stream().mapToInt(EvidenceCompleteness::districtApproved).sum(),
        rows.stream().mapToInt(EvidenceCompleteness::accepted).sum(),
        rows.stream().mapToInt(EvidenceCompleteness::returned).sum(),
        rows.stream().mapToInt(c -> c.missing().size()).sum());
  }

  private EvidenceItemView view(Nomination nomination, Definition definition, EvidenceItem item) {
    RevisionRow shown = item == null || visibleRevision(item) == 0 ? null : revisionRow(item.id, visibleRevision(item)).orElse(null);
    List<AttachmentView> files = item != null && isKey() ? revisionAttachments(item.id, visibleRevision(item))
        : attachments.current(nomination.id).getOrDefault(definition.code(), List.of());
    return view(nomination, definition, item, shown, implementationClosed(nomination), files);
  }

  private EvidenceItemView view(Nomination nomination, Definition d, EvidenceItem item, RevisionRow shown, boolean closed,
      List<AttachmentView> files) {
    EvidenceState state = item == null ? EvidenceState.DRAFT : item.state;
    int revision = item == null ? 0 : visibleRevision(item);
    boolean key = isKey();
    return new EvidenceItemView(nomination.id, d.code(), d.kind(), d.categoryCode(), d.categoryTitle(), d.categoryTitleEn(),
        d.title(), d.glossEn(), state, revision, item == null ? null : item.submittedRevision,
        shown == null ? null : shown.selfAssessment(), shown == null ? null : shown.statement(),
        shown == null ? null : shown.narrative(), metrics(d, shown), bonus(d, shown),
        // why and by whom an item was returned is between the township and its reviewers, not for keys
        item == null || key ? null : item.returnReason,
        item == null || key || item.returnedBy == null ? null : ReturnedBy.valueOf(item.returnedBy),
        item == null ? null : item.supplementUntil,
        shown == null ? null : shown.savedAt(), shown == null ? null : shown.savedBy(),
        item == null ? null : item.submittedAt, item == null ? null : item.reviewedAt,
        item == null ? null : item.reviewedBy,
        key ? List.of() : allowedActions(nomination, state, item == null ? 0 : item.revision,
            item == null ? null : item.supplementUntil, closed), files);
  }

  private List<EvidenceMetric> metrics(Definition d, RevisionRow shown) {
    Map<Integer, BigDecimal> values = new HashMap<>();
    if (shown != null) {
      for (StoredMetricValue v : readValues(shown.metricValues())) {
        values.put(v.metricId(), new BigDecimal(v.value()));
      }
    }
    List<EvidenceMetric> metrics = new ArrayList<>();
    for (int i = 0; i < d.metrics().size(); i++) {
      Metric m = d.metrics().get(i);
      BigDecimal value = values.get(i + 1);
      metrics.add(new EvidenceMetric(i + 1, m.nameZh(), m.nameEn(), m.unit(), MetricCheck.kindOf(m.unit()), m.comparator(),
          m.threshold(), value, value == null ? null : MetricCheck.meets(value, m.comparator(), m.threshold())));
    }
    return metrics;
  }

  private BonusEvidence bonus(Definition d, RevisionRow shown) {
    if (d.kind() != IndicatorKind.BONUS) {
      return null;
    }
    if (shown == null || shown.bonus() == null) {
      return new BonusEvidence(List.of());
    }
    try {
      return json.readValue(shown.bonus(), BonusEvidence.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable bonus entries", e);
    }
  }

  private EvidenceQueueItem queueItem(QueueRow r, Map<String, Definition> definitions) {
    Definition d = definitions.get(r.indicatorCode());
    int revision = isKey() && r.submittedRevision() != null ? r.submittedRevision() : r.revision();
    return new EvidenceQueueItem(r.nominationId(), r.roundId(), r.districtId(), r.districtName(), r.townshipId(),
        r.townshipName(), r.indicatorCode(), d == null ? r.indicatorCode() : d.title(), r.kind(), r.state(), revision,
        r.submittedAt(), r.updatedAt());
  }

  private EvidenceQueueItem queueItem(Nomination n, Definition d, EvidenceItem item) {
    return new EvidenceQueueItem(n.id, n.round.id, n.districtId, districtName(n), n.township.id, n.township.name,
        d.code(), d.title(), d.kind(), item.state, item.revision, item.submittedAt, item.updatedAt);
  }

  private String districtName(Nomination n) {
    return n.districtId == n.township.district.id ? n.township.district.name
        : em.createQuery("select d.name from District d where d.id = :id", String.class).setParameter("id", n.districtId)
            .getSingleResult();
  }

  private static Object summary(EvidenceItemView view) {
    if (view == null) {
      return null;
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("indicatorCode", view.indicatorCode());
    summary.put("state", view.state());
    summary.put("revision", view.revision());
    summary.put("selfAssessment", view.selfAssessment());
    summary.put("narrativeLength", view.narrative() == null ? 0 : view.narrative().length());
    summary.put("metrics", view.metrics().stream().map(m -> m.metricId() + "=" + m.value()).toList());
    if (view.bonus() != null) {
      summary.put("bonusEntries", view.bonus().entries().size());
    }
    if (view.returnReason() != null) {
      summary.put("returnReason", view.returnReason());
    }
    return summary;
  }

  // ---- attachments of revisions ---------------------------------------------------------------

  /** Records the item's current attachments as those of the revision just stored in row {@code revisionId} (every save). */
  void recordCurrentAttachments(long revisionId, long nominationId, String indicatorCode) {
    link(revisionId, attachments.currentIds(nominationId, indicatorCode));
  }

  /** Records these attachments as the set of the revision stored in row {@code revisionId}. */
  private void link(long revisionId, List<Long> attachmentIds) {
    for (long attachmentId : attachmentIds) {
      RevisionAttachment.of(revisionId, attachmentId).persist();
    }
  }

  /**
   * What the reviewers get: the item's attachments now become its current revision's set. A revision
   * submitted before (a returned item submitted again unchanged) keeps the set it was submitted with;
   * when the files changed since, they go into a new revision with the same content.
   */
  private void recordSubmittedAttachments(Nomination nomination, EvidenceItem item, Instant now) {
    SavedEvidence current = SavedEvidence.<SavedEvidence>find("itemId = ?1 and revision = ?2", item.id, item.revision)
        .firstResult();
    List<Long> files = attachments.currentIds(nomination.id, item.indicatorCode);
    if (files.equals(linkedIds(item.id, item.revision))) {
      return;
    }
    if (item.submittedRevision != null && item.submittedRevision == item.revision) {
      SavedEvidence copy = new SavedEvidence();
      copy.selfAssessment = current.selfAssessment;
      copy.statement = current.statement;
      copy.narrative = current.narrative;
      copy.metricValues = current.metricValues;
      copy.bonus = current.bonus;
      item.append(copy, now, caller.name());
      current = copy;
    } else {
      RevisionAttachment.delete("revisionId", current.id);
    }
    link(current.id, files);
    em.flush();
  }

  /** The ids of a revision's attachments, oldest first. */
  private List<Long> linkedIds(long itemId, int revision) {
    return em.createQuery("""
            select l.attachmentId from RevisionAttachment l, SavedEvidence s
            where s.id = l.revisionId and s.itemId = :item and s.revision = :revision order by l.attachmentId""", Long.class)
        .setParameter("item", itemId).setParameter("revision", revision).getResultList();
  }

  /** The ids of the attachments of every revision of the item that was submitted. */
  private List<Long> submittedIds(long itemId) {
    return em.createQuery("""
            select distinct l.attachmentId from RevisionAttachment l, SavedEvidence s
            where s.id = l.revisionId and s.itemId = :item
              and exists (select 1 from EvidenceReview v where v.itemId = s.itemId and v.revision = s.revision and v.action = :submit)""",
            Long.class)
        .setParameter("item", itemId).setParameter("submit", EvidenceAction.SUBMIT).getResultList();
  }

  /**
   * A revision's attachments as the caller may see them: people all of them (a removal since shown),
   * a key only those that were part of a submission, as they were then.
   */
  private List<AttachmentView> revisionAttachments(long itemId, int revision) {
    List<Long> ids = linkedIds(itemId, revision);
    if (!isKey()) {
      return attachments.byIds(ids);
    }
    Set<Long> submitted = Set.copyOf(submittedIds(itemId));
    return attachments.byIds(ids.stream().filter(submitted::contains).toList()).stream()
        .map(AttachmentView::asAttached).toList();
  }

  /** The attachments of each item's last submitted revision, by indicator code, as they were then. */
  private Map<String, List<AttachmentView>> submittedAttachments(long nominationId) {
    List<Long> ids = em.createQuery("""
            select l.attachmentId from RevisionAttachment l, SavedEvidence s, EvidenceItem e
            where s.id = l.revisionId and e.id = s.itemId and e.nomination.id = :nomination
              and s.revision = e.submittedRevision""", Long.class)
        .setParameter("nomination", nominationId).getResultList();
    return attachments.byIds(ids).stream().map(AttachmentView::asAttached)
        .collect(Collectors.groupingBy(AttachmentView::indicatorCode, Collectors.toList()));
  }

  // ---- loading -----------------------------------------------------------------------------

  private boolean isKey() {
    return caller.kind() == Caller.Kind.API_KEY;
  }

  /** The revision the caller may see: an API key the last submitted one, people the current one. */
  private int visibleRevision(EvidenceItem item) {
    if (isKey()) {
      return item.submittedRevision == null ? 0 : item.submittedRevision;
    }
    return item.revision;
  }

  private boolean visible(EvidenceItem item) {
    return !isKey() || (item != null && item.submittedRevision != null);
  }

  private void requireVisible(EvidenceItem item, long nominationId, String indicatorCode) {
    if (!visible(item)) {
      throw ProblemException.notFound("entity.evidence", nominationId + "/" + indicatorCode);
    }
  }

  private Optional<EvidenceItem> item(long nominationId, String code) {
    return EvidenceItem.<EvidenceItem>find("nomination.id = ?1 and indicatorCode = ?2", nominationId, code).firstResultOptional();
  }

  private Optional<EvidenceItem> lockedItem(long nominationId, String code) {
    return EvidenceItem.<EvidenceItem>find("nomination.id = ?1 and indicatorCode = ?2", nominationId, code)
        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
  }

  private Optional<RevisionRow> revisionRow(long itemId, int revision) {
    return em.createQuery("""
            select s.itemId, s.revision, s.selfAssessment, s.statement, s.narrative, s.metricValues, s.bonus, s.savedAt, s.savedBy
            from SavedEvidence s where s.itemId = :item and s.revision = :revision""", RevisionRow.class)
        .setParameter("item", itemId).setParameter("revision", revision).getResultStream().findFirst();
  }

  /** The revision of each of the nomination's items the caller sees, in one query. */
  private Map<Long, RevisionRow> shownRevisions(long nominationId) {
    String which = isKey() ? "e.submittedRevision" : "e.revision";
    return em.createQuery("""
            select s.itemId, s.revision, s.selfAssessment, s.statement, s.narrative, s.metricValues, s.bonus, s.savedAt, s.savedBy
            from SavedEvidence s join EvidenceItem e on e.id = s.itemId
            where e.nomination.id = :nomination and s.revision = """ + " " + which, RevisionRow.class)
        .setParameter("nomination", nominationId).getResultStream()
        .collect(Collectors.toMap(RevisionRow::itemId, Function.identity()));
  }

  private Map<Integer, List<ReviewEvent>> events(long itemId, int upToRevision) {
    return EvidenceReview.<EvidenceReview>list("itemId = ?1 and revision <= ?2 order by id", itemId, upToRevision).stream()
        .collect(Collectors.groupingBy(e -> e.revision, LinkedHashMap::new,
            Collectors.mapping(e -> new ReviewEvent(e.action, e.state, e.actor, e.at, isKey() ? null : e.reason),
                Collectors.toList())));
  }

  private Definition definition(Nomination nomination, String indicatorCode) {
    return findDefinition(nomination, indicatorCode)
        .orElseThrow(() -> ProblemException.notFound("entity.indicator", indicatorCode));
  }

  private Optional<Definition> findDefinition(Nomination nomination, String indicatorCode) {
    return Optional.ofNullable(definitionsByCode(nomination.round.frameworkId).get(indicatorCode.toUpperCase(java.util.Locale.ROOT)));
  }

  private Map<String, Definition> definitionsByCode(long frameworkId) {
    return definitions(frameworkId).stream()
        .collect(Collectors.toMap(Definition::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  /** The indicators of a framework in its order (the owner's read: categories, then indicators). */
  public List<Definition> definitions(long frameworkId) {
    List<Definition> definitions = new ArrayList<>();
    for (Category c : frameworks.get(frameworkId).categories()) {
      for (Indicator i : c.indicators()) {
        definitions.add(new Definition(i.code(), i.kind(), c.code(), c.titleZh(), c.titleEn(), i.titleZh(), i.glossEn(),
            i.metrics()));
      }
    }
    return definitions;
  }

  private List<StoredMetricValue> readValues(String values) {
    try {
      return values == null ? List.of() : json.readValue(values, METRIC_VALUES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable metric values", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Now, to the microsecond the columns keep. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
