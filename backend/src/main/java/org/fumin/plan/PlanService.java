package org.fumin.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.common.web.ETags;
import org.fumin.framework.FrameworkService;
import org.fumin.nomination.Nomination;
import org.fumin.nomination.NominationService;
import org.fumin.nomination.NominationState;
import org.fumin.plan.PlanApi.Milestone;
import org.fumin.plan.PlanApi.MilestoneInput;
import org.fumin.plan.PlanApi.MilestoneStatus;
import org.fumin.plan.PlanApi.Plan;
import org.fumin.plan.PlanApi.PlanInput;
import org.fumin.plan.PlanApi.PlanRevision;
import org.fumin.plan.PlanApi.Progress;
import org.fumin.plan.PlanApi.ReviewMark;
import org.fumin.plan.PlanApi.ReviewState;
import org.fumin.programme.NominationAction;
import org.fumin.programme.PlanChange.Kind;
import org.fumin.programme.PlanChange.Review;
import org.fumin.programme.PlanChange;
import org.fumin.programme.PlanStatus;

/**
 * Keeps cultivation plans (培育工作实施方案): every save is a new revision, nothing is overwritten;
 * progress and overdue milestones are computed when read (Asia/Shanghai dates of the clock). Every
 * submission, approval and return is kept as a review event of the revision it concerns; the
 * plan's review status is read from those events ({@link PlanChange} holds the rules).
 */
@ApplicationScoped
@Transactional
public class PlanService {

  private static final TypeReference<List<MilestoneInput>> MILESTONES = new TypeReference<>() {};

  /** A saved revision's columns, as a plan is read. */
  public record RevisionRow(Integer revision, Kind kind, String content, String responsiblePerson, String contactPhone,
      String milestones, Instant savedAt, String savedBy) {}

  /** A saved revision's columns, as the revision list shows it. */
  public record RevisionListRow(Integer revision, Kind kind, Instant savedAt, String savedBy, String milestones) {}

  /** A review event's columns. */
  public record EventRow(Long nominationId, Integer revision, Review action, String reason, String actor, Instant at) {}

  /** The newest approved revision of a nomination. */
  public record ApprovedRow(Long nominationId, Integer revision) {}

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject NominationService nominations;
  @Inject FrameworkService frameworks;
  @Inject InstantSource clock;

  /**
   * The plan as the caller may see it. People of the nomination's scope see the newest revision;
   * a read key (another system) sees only the plan in force: the approved revision, or before the
   * first approval the revision under review, else nothing (404). Never a draft or an unapproved
   * change.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Plan current(long nominationId) {
    nominations.find(nominationId);
    if (!isKey()) {
      return latest(nominationId);
    }
    ReviewState review = reviewState(nominationId);
    Integer inForce = review.approvedRevision() != null ? review.approvedRevision()
        : review.status() == PlanStatus.SUBMITTED ? newestRevision(nominationId) : null; // read-only while submitted
    if (inForce == null) {
      throw new ProblemException(ProblemType.NOT_FOUND, "plan.none-in-force", String.valueOf(nominationId));
    }
    return revision(nominationId, inForce, review);
  }

  /**
   * Saves a new revision; {@code ifMatch} must name the current revision ({@code "0"} before the
   * first). Refused while the plan is under review. Once the plan is approved, a revision that
   * changes more than progress is a change that waits for approval; progress alone needs none.
   */
  public Plan save(long nominationId, String ifMatch, PlanInput input) {
    Nomination nomination = nominations.lock(nominationId);
    Plan current = latest(nominationId);
    ETags.requireMatch(ifMatch, current.revision());
    nominations.check(nomination, NominationAction.EDIT_PLAN);
    requireKnownIndicators(nomination.round.frameworkId, input);
    List<MilestoneInput> milestones = normalise(input.milestones());
    String content = Markdown.sanitise(input.content());
    Kind kind = PlanChange.classify(current.revision() == 0 ? null : version(current),
        new PlanChange.Version(content, input.responsiblePerson().strip(), input.contactPhone().strip(),
            milestones.stream().map(PlanService::step).toList()), current.approvedRevision() != null);
    Plan saved = append(nominationId, current.revision() + 1, kind, content, input, milestones, caller.name());
    audit.record(kind == Kind.PROGRESS ? "PLAN_PROGRESS_REPORTED" : "PLAN_SAVED", "NOMINATION", nominationId,
        current.revision() == 0 ? null : summary(current), summary(saved));
    return saved;
  }

  /**
   * Saves a plan prepared outside any request (the demo data set) as the nomination's next revision,
   * without a caller to check or to audit.
   */
  public Plan savePrepared(long nominationId, PlanInput input, String savedBy) {
    List<MilestoneInput> milestones = normalise(input.milestones());
    return append(nominationId, latest(nominationId).revision() + 1, Kind.CHANGE, Markdown.sanitise(input.content()),
        input, milestones, savedBy);
  }

  /**
   * Marks the newest revision reviewed as a nomination seeded straight into {@code state} would
   * have been (the demo data set): submitted by {@code submittedBy}, and approved by
   * {@code approvedBy} once the nomination is past the plan. The seeded history obeys the rule of
   * {@link #review}: whoever wrote the revision under review does not approve it.
   */
  public void seedReview(long nominationId, NominationState state, String submittedBy, String approvedBy) {
    int revision = latest(nominationId).revision();
    if (revision == 0 || state == NominationState.NOMINATED || state == NominationState.WITHDRAWN) {
      return;
    }
    event(nominationId, revision, Review.SUBMITTED, null, submittedBy);
    if (state != NominationState.PLAN_SUBMITTED) {
      if (!PlanChange.mayApprove(approvedBy, authorsUnderReview(List.of(nominationId)).getOrDefault(nominationId, Set.of()))) {
        throw new IllegalStateException(approvedBy + " wrote the plan of nomination " + nominationId + " and may not approve it");
      }
      event(nominationId, revision, Review.APPROVED, null, approvedBy);
    }
  }

  /**
   * Whether the nomination's newest revision is complete enough to submit: content, a responsible
   * person and at least one milestone. For the nomination's state machine; no scope check.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isComplete(long nominationId) {
    Plan plan = latest(nominationId);
    return plan.revision() > 0 && !plan.content().isBlank() && !plan.responsiblePerson().isBlank()
        && !plan.milestones().isEmpty();
  }

  /**
   * Records a plan action of the nomination's state machine against the newest revision: a
   * submission, an approval or a return (with its reason). Called by the nomination feature once
   * the action is allowed; an approval by someone who wrote a revision under review is refused
   * (409), whatever their role.
   */
  public void review(long nominationId, NominationAction action, String reason) {
    Review review = switch (action) {
      case SUBMIT_PLAN, SUBMIT_PLAN_CHANGE -> Review.SUBMITTED;
      case APPROVE_PLAN, APPROVE_PLAN_CHANGE -> Review.APPROVED;
      case RETURN_PLAN, RETURN_PLAN_CHANGE -> Review.RETURNED;
      default -> throw new IllegalArgumentException(action + " is no plan review");
    };
    ReviewState before = reviewState(nominationId);
    int revision = latest(nominationId).revision();
    if (action.approvesPlan()
        && !PlanChange.mayApprove(caller.name(), authorsUnderReview(List.of(nominationId)).getOrDefault(nominationId, Set.of()))) {
      throw new ProblemException(ProblemType.CONFLICT, "plan.self-approval");
    }
    event(nominationId, revision, review, review == Review.RETURNED ? reason.strip() : null, caller.name());
    ReviewState after = reviewState(nominationId);
    audit.record("PLAN_" + review.name(), "NOMINATION", nominationId,
        Map.of("revision", revision, "status", before.status()),
        reason == null ? Map.of("revision", revision, "status", after.status())
            : Map.of("revision", revision, "status", after.status(), "reason", reason.strip()));
  }

  /** The plan's review status, for the nomination's state machine; no scope check. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PlanStatus status(long nominationId) {
    return statuses(List.of(nominationId)).get(nominationId);
  }

  /** The review status of several nominations' plans, in three queries whatever their number. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, PlanStatus> statuses(Collection<Long> nominationIds) {
    if (nominationIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Review> last = em.createQuery("""
            select e.nominationId, e.revision, e.action, e.reason, e.actor, e.at from PlanReviewEvent e
            where any_of(:ids, e.nominationId)
              and e.id = (select max(l.id) from PlanReviewEvent l where l.nominationId = e.nominationId)""", EventRow.class)
        .setParameter("ids", AnyOf.ids(nominationIds)).getResultStream()
        .collect(Collectors.toMap(EventRow::nominationId, EventRow::action));
    Map<Long, Integer> approved = approvedRevisions(nominationIds);
    Set<Long> changed = new HashSet<>(em.createQuery("""
            select distinct p.nominationId from SavedPlan p where any_of(:ids, p.nominationId) and p.kind = :change
              and p.revision > (select coalesce(max(e.revision), 0) from PlanReviewEvent e
                                where e.nominationId = p.nominationId and e.action = :approved)""", Long.class)
        .setParameter("ids", AnyOf.ids(nominationIds)).setParameter("change", Kind.CHANGE).setParameter("approved", Review.APPROVED)
        .getResultList());
    Map<Long, PlanStatus> statuses = new HashMap<>();
    for (Long id : nominationIds) {
      statuses.put(id, PlanChange.status(approved.containsKey(id), last.get(id), changed.contains(id)));
    }
    return statuses;
  }

  /**
   * The revisions, newest first, one page at a time, each with its review events. A read key gets
   * only the revisions that were submitted for review (never a draft).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<PlanRevision> revisions(long nominationId, PageRequest paging) {
    nominations.find(nominationId);
    String visible = visibleRevisions();
    long total = keyFilter(em.createQuery("select count(p) from SavedPlan p where p.nominationId = :nomination" + visible, Long.class))
        .setParameter("nomination", nominationId).getSingleResult();
    List<RevisionListRow> rows = keyFilter(em.createQuery("""
            select p.revision, p.kind, p.savedAt, p.savedBy, p.milestones from SavedPlan p
            where p.nominationId = :nomination""" + visible + " order by p.revision desc", RevisionListRow.class))
        .setParameter("nomination", nominationId)
        .setFirstResult(paging.offset()).setMaxResults(paging.size())
        .getResultList();
    Map<Integer, List<ReviewMark>> marks = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      em.createQuery("""
              select e.nominationId, e.revision, e.action, e.reason, e.actor, e.at from PlanReviewEvent e
              where e.nominationId = :nomination and e.revision in :revisions order by e.id""", EventRow.class)
          .setParameter("nomination", nominationId)
          .setParameter("revisions", rows.stream().map(RevisionListRow::revision).toList())
          .getResultStream()
          .forEach(e -> marks.computeIfAbsent(e.revision(), r -> new ArrayList<>()).add(mark(e)));
    }
    List<PlanRevision> items = rows.stream()
        .map(r -> new PlanRevision(r.revision(), r.kind(), r.savedAt(), r.savedBy(), read(r.milestones()).size(),
            marks.getOrDefault(r.revision(), List.of())))
        .toList();
    return new Page<>(items, paging.page(), paging.size(), total);
  }

  /** One revision; a read key reads only revisions that were submitted for review (404 for a draft). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Plan revision(long nominationId, int revision) {
    nominations.find(nominationId);
    return revision(nominationId, revision, reviewState(nominationId));
  }

  private Plan revision(long nominationId, int revision, ReviewState review) {
    return keyFilter(em.createQuery("""
            select p.revision, p.kind, p.content, p.responsiblePerson, p.contactPhone, p.milestones, p.savedAt, p.savedBy
            from SavedPlan p where p.nominationId = :nomination and p.revision = :revision""" + visibleRevisions(), RevisionRow.class))
        .setParameter("nomination", nominationId)
        .setParameter("revision", revision)
        .getResultStream().findFirst()
        .map(r -> plan(nominationId, r, review))
        .orElseThrow(() -> ProblemException.notFound("entity.plan-revision", revision));
  }

  /** Whether the caller is another system's read key: it sees only what was submitted for review. */
  private boolean isKey() {
    return caller.kind() == Caller.Kind.API_KEY;
  }

  /** The condition on {@code SavedPlan p} that leaves a key only the revisions submitted for review. */
  private String visibleRevisions() {
    return isKey() ? " and exists (select 1 from PlanReviewEvent s where s.nominationId = p.nominationId"
        + " and s.revision = p.revision and s.action = :submitted)" : "";
  }

  private <T> TypedQuery<T> keyFilter(TypedQuery<T> query) {
    return isKey() ? query.setParameter("submitted", Review.SUBMITTED) : query;
  }

  private int newestRevision(long nominationId) {
    return em.createQuery("select coalesce(max(p.revision), 0) from SavedPlan p where p.nominationId = :nomination", Integer.class)
        .setParameter("nomination", nominationId).getSingleResult();
  }

  /** Every milestone's evidence must name an indicator or bonus item of the round's framework. */
  private void requireKnownIndicators(long frameworkId, PlanInput input) {
    if (input.milestones().stream().allMatch(m -> m.evidenceCodes().isEmpty())) {
      return;
    }
    Set<String> codes = frameworks.get(frameworkId).categories().stream()
        .flatMap(c -> c.indicators().stream()).map(i -> i.code()).collect(Collectors.toSet());
    for (int i = 0; i < input.milestones().size(); i++) {
      for (String code : input.milestones().get(i).evidenceCodes()) {
        if (!codes.contains(code)) {
          throw ProblemException.invalidField("milestones[" + i + "].evidence", "plan.evidence-unknown", code);
        }
      }
    }
  }

  /** Who saved a revision: a row of {@link #authorsUnderReview}. */
  public record Author(Long nominationId, String savedBy) {}

  /**
   * Who wrote the revisions under review of these nominations: every change saved since the newest
   * approved revision (progress reports are no change), in one query whatever their number.
   * Nominations without such a revision are absent. {@link PlanChange#mayApprove} decides with it,
   * both when an approval is taken and when the actions a caller may take are listed.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Set<String>> authorsUnderReview(Collection<Long> nominationIds) {
    if (nominationIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("""
            select distinct p.nominationId, p.savedBy from SavedPlan p where any_of(:ids, p.nominationId) and p.kind = :change
              and p.revision > (select coalesce(max(e.revision), 0) from PlanReviewEvent e
                                where e.nominationId = p.nominationId and e.action = :approved)""", Author.class)
        .setParameter("ids", AnyOf.ids(nominationIds)).setParameter("change", Kind.CHANGE).setParameter("approved", Review.APPROVED)
        .getResultStream()
        .collect(Collectors.groupingBy(Author::nominationId, Collectors.mapping(Author::savedBy, Collectors.toSet())));
  }

  private ReviewState reviewState(long nominationId) {
    PlanStatus status = status(nominationId);
    Integer approved = approvedRevisions(List.of(nominationId)).get(nominationId);
    List<EventRow> events = em.createQuery("""
            select e.nominationId, e.revision, e.action, e.reason, e.actor, e.at from PlanReviewEvent e
            where e.nominationId = :nomination order by e.id desc""", EventRow.class)
        .setParameter("nomination", nominationId).setMaxResults(50).getResultList();
    Integer reviewed = events.stream().filter(e -> e.action() != Review.SUBMITTED).map(EventRow::revision)
        .findFirst().orElse(null);
    ReviewMark last = events.isEmpty() ? null : mark(events.get(0));
    return new ReviewState(status, approved, reviewed, last);
  }

  private Map<Long, Integer> approvedRevisions(Collection<Long> nominationIds) {
    return em.createQuery("""
            select e.nominationId, max(e.revision) from PlanReviewEvent e
            where any_of(:ids, e.nominationId) and e.action = :approved group by e.nominationId""", ApprovedRow.class)
        .setParameter("ids", AnyOf.ids(nominationIds)).setParameter("approved", Review.APPROVED).getResultStream()
        .collect(Collectors.toMap(ApprovedRow::nominationId, ApprovedRow::revision));
  }

  private void event(long nominationId, int revision, Review action, String reason, String actor) {
    PlanReviewEvent event = new PlanReviewEvent();
    event.nominationId = nominationId;
    event.revision = revision;
    event.action = action;
    event.reason = reason;
    event.actor = actor;
    event.at = clock.instant();
    event.persistAndFlush();
  }

  private static ReviewMark mark(EventRow e) {
    return new ReviewMark(e.action(), e.actor(), e.at(), e.reason());
  }

  private static List<MilestoneInput> normalise(List<MilestoneInput> milestones) {
    return milestones.stream()
        .map(m -> new MilestoneInput(m.dueOn(), m.deliverable().strip(), m.status(),
            m.completionNote() == null || m.completionNote().isBlank() ? null : m.completionNote().strip(),
            m.evidenceCodes().stream().map(String::strip).distinct().toList()))
        .sorted(Comparator.comparing(MilestoneInput::dueOn))
        .toList();
  }

  private Plan append(long nominationId, int revision, Kind kind, String content, PlanInput input,
      List<MilestoneInput> milestones, String savedBy) {
    SavedPlan saved = new SavedPlan();
    saved.nominationId = nominationId;
    saved.revision = revision;
    saved.kind = kind;
    saved.content = content;
    saved.responsiblePerson = input.responsiblePerson().strip();
    saved.contactPhone = input.contactPhone().strip();
    saved.milestones = write(milestones);
    saved.savedBy = savedBy;
    saved.savedAt = clock.instant();
    saved.persistAndFlush();
    return latest(nominationId);
  }

  /** The newest revision, or an empty plan (revision 0) before the first save. */
  private Plan latest(long nominationId) {
    ReviewState review = reviewState(nominationId);
    Optional<RevisionRow> newest = em.createQuery("""
            select p.revision, p.kind, p.content, p.responsiblePerson, p.contactPhone, p.milestones, p.savedAt, p.savedBy
            from SavedPlan p where p.nominationId = :nomination order by p.revision desc""", RevisionRow.class)
        .setParameter("nomination", nominationId)
        .setMaxResults(1)
        .getResultStream().findFirst();
    return newest.map(r -> plan(nominationId, r, review))
        .orElseGet(() -> new Plan(nominationId, 0, null, "", "", "", "", List.of(), new Progress(0, 0, 0, 0), null, null,
            review.status(), null, null, null));
  }

  private Plan plan(long nominationId, RevisionRow r, ReviewState review) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Shanghai.ZONE);
    List<Milestone> milestones = read(r.milestones()).stream()
        .map(m -> new Milestone(m.dueOn(), m.deliverable(), m.status(), m.completionNote(), m.evidenceCodes(),
            m.status() != MilestoneStatus.DONE && m.dueOn().isBefore(today)))
        .toList();
    int done = (int) milestones.stream().filter(m -> m.status() == MilestoneStatus.DONE).count();
    int overdue = (int) milestones.stream().filter(Milestone::overdue).count();
    int percent = milestones.isEmpty() ? 0 : done * 100 / milestones.size();
    return new Plan(nominationId, r.revision(), r.kind(), r.content(), Markdown.render(r.content()), r.responsiblePerson(),
        r.contactPhone(), milestones, new Progress(milestones.size(), done, overdue, percent), r.savedAt(), r.savedBy(),
        review.status(), review.approvedRevision(), review.reviewedRevision(), review.lastReview());
  }

  private static PlanChange.Version version(Plan plan) {
    return new PlanChange.Version(plan.content(), plan.responsiblePerson(), plan.contactPhone(),
        plan.milestones().stream().map(m -> new PlanChange.Step(m.dueOn(), m.deliverable(), m.status().name(),
            m.completionNote(), m.evidence())).toList());
  }

  private static PlanChange.Step step(MilestoneInput m) {
    return new PlanChange.Step(m.dueOn(), m.deliverable(), m.status().name(), m.completionNote(), m.evidenceCodes());
  }

  /** What the audit trail keeps of a revision: enough to see what changed without copying long texts twice. */
  private static Object summary(Plan plan) {
    return Map.of("revision", plan.revision(), "kind", String.valueOf(plan.kind()), "responsiblePerson", plan.responsiblePerson(),
        "contentLength", plan.content().length(), "milestones", plan.milestones());
  }

  private List<MilestoneInput> read(String milestones) {
    try {
      return json.readValue(milestones, MILESTONES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable milestones", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
