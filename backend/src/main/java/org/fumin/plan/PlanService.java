package org.fumin.plan;

import static org.fumin.common.persistence.Columns.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.fumin.audit.AuditService;
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.time.Shanghai;
import org.fumin.common.web.ETags;
import org.fumin.nomination.Nomination;
import org.fumin.nomination.NominationService;
import org.fumin.plan.PlanApi.Milestone;
import org.fumin.plan.PlanApi.MilestoneInput;
import org.fumin.plan.PlanApi.MilestoneStatus;
import org.fumin.plan.PlanApi.Plan;
import org.fumin.plan.PlanApi.PlanInput;
import org.fumin.plan.PlanApi.PlanRevision;
import org.fumin.plan.PlanApi.Progress;
import org.fumin.programme.NominationAction;

/**
 * Keeps cultivation plans (培育工作实施方案): every save is a new revision, nothing is overwritten;
 * progress and overdue milestones are computed when read (Asia/Shanghai dates).
 */
@ApplicationScoped
@Transactional
public class PlanService {

  private static final TypeReference<List<MilestoneInput>> MILESTONES = new TypeReference<>() {};

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
    List<MilestoneInput> milestones = input.milestones().stream()
        .map(m -> new MilestoneInput(m.dueOn(), m.deliverable().strip(), m.status(),
            m.completionNote() == null || m.completionNote().isBlank() ? null : m.completionNote().strip()))
        .sorted(Comparator.comparing(MilestoneInput::dueOn))
        .toList();
    int revision = current.revision() + 1;
    em.createNativeQuery("""
            insert into plan_revision (nomination_id, revision, content, responsible_person, contact_phone, milestones, saved_by)
            values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7)""")
        .setParameter(1, nominationId).setParameter(2, revision).setParameter(3, Markdown.sanitise(input.content()))
        .setParameter(4, input.responsiblePerson().strip()).setParameter(5, input.contactPhone().strip())
        .setParameter(6, write(milestones)).setParameter(7, caller.name())
        .executeUpdate();
    Plan saved = latest(nominationId);
    audit.record("PLAN_SAVED", "NOMINATION", nominationId, current.revision() == 0 ? null : summary(current), summary(saved));
    return saved;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  @SuppressWarnings("unchecked")
  public List<PlanRevision> revisions(long nominationId) {
    nominations.find(nominationId);
    List<Object[]> rows = em.createNativeQuery("""
            select revision, saved_at, saved_by, jsonb_array_length(milestones) from plan_revision
            where nomination_id = ?1 order by revision desc""")
        .setParameter(1, nominationId).getResultList();
    return rows.stream().map(r -> new PlanRevision(((Number) r[0]).intValue(), instant(r[1]), (String) r[2],
        ((Number) r[3]).intValue())).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Plan revision(long nominationId, int revision) {
    nominations.find(nominationId);
    Plan plan = read(nominationId, " and revision = " + revision);
    if (plan.revision() == 0) {
      throw ProblemException.notFound("entity.plan-revision", revision);
    }
    return plan;
  }

  private Plan latest(long nominationId) {
    return read(nominationId, " order by revision desc limit 1");
  }

  @SuppressWarnings("unchecked")
  private Plan read(long nominationId, String which) {
    List<Object[]> rows = em.createNativeQuery("""
            select revision, content, responsible_person, contact_phone, cast(milestones as text), saved_at, saved_by
            from plan_revision where nomination_id = ?1 """ + which)
        .setParameter(1, nominationId).getResultList();
    if (rows.isEmpty()) {
      return new Plan(nominationId, 0, "", "", "", List.of(), new Progress(0, 0, 0, 0), null, null);
    }
    Object[] r = rows.get(0);
    LocalDate today = Shanghai.today(clock);
    List<Milestone> milestones = read((String) r[4]).stream()
        .map(m -> new Milestone(m.dueOn(), m.deliverable(), m.status(), m.completionNote(),
            m.status() != MilestoneStatus.DONE && m.dueOn().isBefore(today)))
        .toList();
    int done = (int) milestones.stream().filter(m -> m.status() == MilestoneStatus.DONE).count();
    int overdue = (int) milestones.stream().filter(Milestone::overdue).count();
    int percent = milestones.isEmpty() ? 0 : done * 100 / milestones.size();
    return new Plan(nominationId, ((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3], milestones,
        new Progress(milestones.size(), done, overdue, percent), instant(r[5]), (String) r[6]);
  }

  /** What the audit trail keeps of a revision: enough to see what changed without copying long texts twice. */
  private static Object summary(Plan plan) {
    return java.util.Map.of("revision", plan.revision(), "responsiblePerson", plan.responsiblePerson(),
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
