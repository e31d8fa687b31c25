package org.fumin.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.time.Shanghai;
import org.fumin.common.web.ETags;
import org.fumin.nomination.Nomination;
import org.fumin.programme.NominationAction;
import org.fumin.nomination.NominationService;
import org.fumin.plan.PlanApi.Milestone;
import org.fumin.plan.PlanApi.MilestoneInput;
import org.fumin.plan.PlanApi.MilestoneStatus;
import org.fumin.plan.PlanApi.Plan;
import org.fumin.plan.PlanApi.PlanInput;
import org.fumin.plan.PlanApi.PlanRevision;
import org.fumin.plan.PlanApi.Progress;

/**
 * Keeps cultivation plans (培育工作实施方案): every save is a new revision, nothing is overwritten;
 * progress and overdue milestones are computed when read (Asia/Shanghai dates of the clock).
 */
@ApplicationScoped
@Transactional
public class PlanService {

  private static final TypeReference<List<MilestoneInput>> MILESTONES = new TypeReference<>() {};

  /** A saved revision's columns, as a plan is read. */
  public record RevisionRow(Integer revision, String content, String responsiblePerson, String contactPhone,
      String milestones, Instant savedAt, String savedBy) {}

  /** A saved revision's columns, as the revision list shows it. */
  public record RevisionListRow(Integer revision, Instant savedAt, String savedBy, String milestones) {}

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject Caller caller;
  @Inject AuditService audit;
  @Inject NominationService nominations;
  @Inject InstantSource clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Plan current(long nominationId) {
    nominations.find(nominationId);
    return latest(nominationId);
  }

  /** Saves a new revision; {@code ifMatch} must name the current revision ({@code "0"} before the first). */
  public Plan save(long nominationId, String ifMatch, PlanInput input) {
    Nomination nomination = nominations.lock(nominationId);
    Plan current = latest(nominationId);
    ETags.requireMatch(ifMatch, current.revision());
    nominations.check(nomination, NominationAction.EDIT_PLAN);
    Plan saved = append(nominationId, current.revision() + 1, input, caller.name());
    audit.record("PLAN_SAVED", "NOMINATION", nominationId, current.revision() == 0 ? null : summary(current), summary(saved));
    return saved;
  }

  /**
   * Saves a plan prepared outside any request (the demo data set) as the nomination's next revision,
   * without a caller to check or to audit.
   */
  public Plan savePrepared(long nominationId, PlanInput input, String savedBy) {
    return append(nominationId, latest(nominationId).revision() + 1, input, savedBy);
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

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PlanRevision> revisions(long nominationId) {
    nominations.find(nominationId);
    return em.createQuery("""
            select p.revision, p.savedAt, p.savedBy, p.milestones from SavedPlan p
            where p.nominationId = :nomination order by p.revision desc""", RevisionListRow.class)
        .setParameter("nomination", nominationId)
        .getResultStream()
        .map(r -> new PlanRevision(r.revision(), r.savedAt(), r.savedBy(), read(r.milestones()).size()))
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Plan revision(long nominationId, int revision) {
    nominations.find(nominationId);
    return em.createQuery("""
            select p.revision, p.content, p.responsiblePerson, p.contactPhone, p.milestones, p.savedAt, p.savedBy
            from SavedPlan p where p.nominationId = :nomination and p.revision = :revision""", RevisionRow.class)
        .setParameter("nomination", nominationId)
        .setParameter("revision", revision)
        .getResultStream().findFirst()
        .map(r -> plan(nominationId, r))
        .orElseThrow(() -> ProblemException.notFound("entity.plan-revision", revision));
  }

  private Plan append(long nominationId, int revision, PlanInput input, String savedBy) {
    List<MilestoneInput> milestones = input.milestones().stream()
        .map(m -> new MilestoneInput(m.dueOn(), m.deliverable().strip(), m.status(),
            m.completionNote() == null || m.completionNote().isBlank() ? null : m.completionNote().strip()))
        .sorted(Comparator.comparing(MilestoneInput::dueOn))
        .toList();
    SavedPlan saved = new SavedPlan();
    saved.nominationId = nominationId;
    saved.revision = revision;
    saved.content = Markdown.sanitise(input.content());
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
    Optional<RevisionRow> newest = em.createQuery("""
            select p.revision, p.content, p.responsiblePerson, p.contactPhone, p.milestones, p.savedAt, p.savedBy
            from SavedPlan p where p.nominationId = :nomination order by p.revision desc""", RevisionRow.class)
        .setParameter("nomination", nominationId)
        .setMaxResults(1)
        .getResultStream().findFirst();
    return newest.map(r -> plan(nominationId, r))
        .orElseGet(() -> new Plan(nominationId, 0, "", "", "", List.of(), new Progress(0, 0, 0, 0), null, null));
  }

  private Plan plan(long nominationId, RevisionRow r) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Shanghai.ZONE);
    List<Milestone> milestones = read(r.milestones()).stream()
        .map(m -> new Milestone(m.dueOn(), m.deliverable(), m.status(), m.completionNote(),
            m.status() != MilestoneStatus.DONE && m.dueOn().isBefore(today)))
        .toList();
    int done = (int) milestones.stream().filter(m -> m.status() == MilestoneStatus.DONE).count();
    int overdue = (int) milestones.stream().filter(Milestone::overdue).count();
    int percent = milestones.isEmpty() ? 0 : done * 100 / milestones.size();
    return new Plan(nominationId, r.revision(), r.content(), r.responsiblePerson(), r.contactPhone(), milestones,
        new Progress(milestones.size(), done, overdue, percent), r.savedAt(), r.savedBy());
  }

  /** What the audit trail keeps of a revision: enough to see what changed without copying long texts twice. */
  private static Object summary(Plan plan) {
    return Map.of("revision", plan.revision(), "responsiblePerson", plan.responsiblePerson(),
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
