package org.fumin.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.time.Shanghai;
import org.fumin.plan.PlanApi.MilestoneInput;
import org.fumin.plan.PlanApi.MilestoneStatus;

/**
 * How far the plans of many nominations have got, for the dashboards: one query for the newest
 * revision of every plan asked for, whatever their number. The caller has already scoped the
 * nominations; this only reads plans.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanStatistics {

  private static final TypeReference<List<MilestoneInput>> MILESTONES = new TypeReference<>() {};

  /**
   * A plan's milestones counted (overdue: not done and due before today in Beijing), with the
   * first milestone not yet done, which is what is due next.
   */
  public record PlanProgress(int revision, int total, int done, int overdue, LocalDate nextDueOn, String nextDeliverable) {

    public static final PlanProgress NONE = new PlanProgress(0, 0, 0, 0, null, null);
  }

  record NewestMilestones(long nominationId, int revision, String milestones) {}

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject InstantSource clock;

  /** Each nomination's plan progress; a nomination without a saved plan is {@link PlanProgress#NONE}. */
  public Map<Long, PlanProgress> progress(Collection<Long> nominationIds) {
    Map<Long, PlanProgress> result = new HashMap<>();
    if (nominationIds.isEmpty()) {
      return result;
    }
    LocalDate today = Shanghai.today(clock);
    em.createQuery("""
            select p.nominationId, p.revision, p.milestones from SavedPlan p
            where any_of(:nominations, p.nominationId)
              and p.revision = (select max(q.revision) from SavedPlan q where q.nominationId = p.nominationId)""",
            NewestMilestones.class)
        .setParameter("nominations", AnyOf.ids(nominationIds))
        .getResultStream()
        .forEach(row -> result.put(row.nominationId(), progress(row, today)));
    nominationIds.forEach(id -> result.putIfAbsent(id, PlanProgress.NONE));
    return result;
  }

  private PlanProgress progress(NewestMilestones row, LocalDate today) {
    List<MilestoneInput> milestones = read(row.milestones());
    int done = (int) milestones.stream().filter(m -> m.status() == MilestoneStatus.DONE).count();
    int overdue = (int) milestones.stream()
        .filter(m -> m.status() != MilestoneStatus.DONE && m.dueOn().isBefore(today)).count();
    MilestoneInput next = milestones.stream().filter(m -> m.status() != MilestoneStatus.DONE)
        .min(Comparator.comparing(MilestoneInput::dueOn)).orElse(null);
    return new PlanProgress(row.revision(), milestones.size(), done, overdue,
        next == null ? null : next.dueOn(), next == null ? null : next.deliverable());
  }

  private List<MilestoneInput> read(String milestones) {
    try {
      return json.readValue(milestones, MILESTONES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable milestones", e);
    }
  }
}
