package org.fumin.framework;

import static org.fumin.common.persistence.Columns.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.fumin.audit.AuditService;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.ETags;
import org.fumin.framework.FrameworkApi.IndicatorInput;
import org.fumin.framework.FrameworkApi.MetricInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fumin.common.problem.ProblemException;
import org.fumin.framework.FrameworkApi.Category;
import org.fumin.framework.FrameworkApi.Framework;
import org.fumin.framework.FrameworkApi.FrameworkSummary;
import org.fumin.framework.FrameworkApi.Indicator;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.framework.FrameworkApi.Metric;

/**
 * Keeps the indicator frameworks (培育标准) and their editions: read, copied into a new edition,
 * edited while not frozen, frozen when a round using it enters assessment.
 */
@ApplicationScoped
@Transactional
public class FrameworkService {

  @Inject EntityManager em;
  @Inject AuditService audit;

  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FrameworkSummary> list() {
    List<Object[]> rows = em.createNativeQuery("""
            select f.id, f.name, f.edition, f.based_on_id, f.frozen,
                   (select count(*) from indicator i where i.framework_id = f.id and i.kind = 'STANDARD'),
                   (select count(*) from indicator i where i.framework_id = f.id and i.kind = 'BONUS')
            from framework f order by f.name, f.edition""").getResultList();
    return rows.stream().map(r -> new FrameworkSummary(num(r[0]), (String) r[1], (int) num(r[2]),
        r[3] == null ? null : num(r[3]), (Boolean) r[4], (int) num(r[5]), (int) num(r[6]))).toList();
  }

  /** One framework with its categories, indicators and metrics, in the plan's order. */
  @SuppressWarnings("unchecked")
  @Transactional(Transactional.TxType.SUPPORTS)
  public Framework get(long id) {
    List<Object[]> head = em.createNativeQuery("select id, name, edition, based_on_id, frozen from framework where id = ?1")
        .setParameter(1, id).getResultList();
    if (head.isEmpty()) {
      throw ProblemException.notFound("entity.framework", id);
    }
    Map<Long, List<Metric>> metrics = new LinkedHashMap<>();
    List<Object[]> metricRows = em.createNativeQuery("""
            select m.indicator_id, m.name_zh, m.name_en, m.unit, m.comparator, m.threshold
            from indicator_metric m join indicator i on i.id = m.indicator_id
            where i.framework_id = ?1 order by m.id""").setParameter(1, id).getResultList();
    for (Object[] m : metricRows) {
      metrics.computeIfAbsent(num(m[0]), k -> new ArrayList<>())
          .add(new Metric((String) m[1], (String) m[2], (String) m[3], (String) m[4], ((BigDecimal) m[5]).stripTrailingZeros()));
    }
    Map<String, Category> categories = new LinkedHashMap<>();
    List<Object[]> rows = em.createNativeQuery("""
            select c.code, c.title_zh, c.title_en, i.id, i.code, i.kind, i.title_zh, i.text_zh, i.gloss_en, i.criteria
            from indicator_category c left join indicator i on i.category_id = c.id
            where c.framework_id = ?1 order by c.position, i.position""").setParameter(1, id).getResultList();
    for (Object[] r : rows) {
      Category category = categories.computeIfAbsent((String) r[0],
          code -> new Category(code, (String) r[1], (String) r[2], new ArrayList<>()));
      if (r[3] != null) {
        long indicatorId = num(r[3]);
        category.indicators().add(new Indicator(indicatorId, (String) r[4], IndicatorKind.valueOf((String) r[5]),
            (String) r[6], (String) r[7], (String) r[8], List.of(((String) r[9]).split("\n")),
            metrics.getOrDefault(indicatorId, List.of())));
      }
    }
    Object[] f = head.get(0);
    return new Framework(num(f[0]), (String) f[1], (int) num(f[2]), f[3] == null ? null : num(f[3]), (Boolean) f[4],
        List.copyOf(categories.values()));
  }

  /** The framework's version, its ETag: every edit of an indicator changes it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long version(long id) {
    List<?> rows = em.createNativeQuery("select version from framework where id = ?1").setParameter(1, id).getResultList();
    if (rows.isEmpty()) {
      throw ProblemException.notFound("entity.framework", id);
    }
    return num(rows.get(0));
  }

  /** Freezes a framework: a round using it has entered assessment, so its standards are final. */
  public void freeze(long id) {
    em.createNativeQuery("update framework set frozen = true, version = version + 1, updated_at = now() where id = ?1 and not frozen")
        .setParameter(1, id).executeUpdate();
  }

  /** Copies a framework into the next edition of the given name; the copy is not frozen. */
  public Framework copy(long sourceId, String name) {
    version(sourceId);
    String newName = name.strip();
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('framework:' || ?1))").setParameter(1, newName).getSingleResult();
    int edition = (int) num(em.createNativeQuery("select coalesce(max(edition), 0) + 1 from framework where name = ?1")
        .setParameter(1, newName).getSingleResult());
    long id = num(em.createNativeQuery("insert into framework (name, edition, based_on_id) values (?1, ?2, ?3) returning id")
        .setParameter(1, newName).setParameter(2, edition).setParameter(3, sourceId).getSingleResult());
    em.createNativeQuery("""
            insert into indicator_category (framework_id, code, title_zh, title_en, position)
            select ?1, code, title_zh, title_en, position from indicator_category where framework_id = ?2""")
        .setParameter(1, id).setParameter(2, sourceId).executeUpdate();
    em.createNativeQuery("""
            insert into indicator (framework_id, category_id, code, kind, title_zh, text_zh, gloss_en, criteria, position)
            select ?1, nc.id, i.code, i.kind, i.title_zh, i.text_zh, i.gloss_en, i.criteria, i.position
            from indicator i join indicator_category oc on oc.id = i.category_id
                 join indicator_category nc on nc.framework_id = ?1 and nc.code = oc.code
            where i.framework_id = ?2""")
        .setParameter(1, id).setParameter(2, sourceId).executeUpdate();
    em.createNativeQuery("""
            insert into indicator_metric (indicator_id, name_zh, name_en, unit, comparator, threshold)
            select ni.id, m.name_zh, m.name_en, m.unit, m.comparator, m.threshold
            from indicator_metric m join indicator oi on oi.id = m.indicator_id
                 join indicator ni on ni.framework_id = ?1 and ni.code = oi.code
            where oi.framework_id = ?2 order by m.id""")
        .setParameter(1, id).setParameter(2, sourceId).executeUpdate();
    Framework copy = get(id);
    audit.record("FRAMEWORK_COPIED", "FRAMEWORK", id, Map.of("basedOnId", sourceId), Map.of("name", newName, "edition", edition));
    return copy;
  }

  /** Changes one indicator's text, criteria and metrics; refused once the framework is frozen. */
  @SuppressWarnings("unchecked")
  public Framework updateIndicator(long frameworkId, long indicatorId, String ifMatch, IndicatorInput input) {
    List<Object[]> head = em.createNativeQuery("select version, frozen from framework where id = ?1 for update")
        .setParameter(1, frameworkId).getResultList();
    if (head.isEmpty()) {
      throw ProblemException.notFound("entity.framework", frameworkId);
    }
    Indicator before = indicator(frameworkId, indicatorId);
    ETags.requireMatch(ifMatch, num(head.get(0)[0]));
    if ((Boolean) head.get(0)[1]) {
      throw new ProblemException(ProblemType.FROZEN, "framework.frozen");
    }
    List<String> criteria = input.criteria().stream().map(c -> c.replaceAll("\\s*\\R\\s*", " ").strip()).toList();
    em.createNativeQuery("update indicator set title_zh = ?2, text_zh = ?3, gloss_en = ?4, criteria = ?5 where id = ?1")
        .setParameter(1, indicatorId).setParameter(2, input.titleZh().strip()).setParameter(3, input.textZh().strip())
        .setParameter(4, input.glossEn().strip()).setParameter(5, String.join("\n", criteria))
        .executeUpdate();
    em.createNativeQuery("delete from indicator_metric where indicator_id = ?1").setParameter(1, indicatorId).executeUpdate();
    for (MetricInput m : input.metrics()) {
      em.createNativeQuery("""
              insert into indicator_metric (indicator_id, name_zh, name_en, unit, comparator, threshold)
              values (?1, ?2, ?3, ?4, ?5, ?6)""")
          .setParameter(1, indicatorId).setParameter(2, m.nameZh().strip()).setParameter(3, m.nameEn().strip())
          .setParameter(4, m.unit().strip()).setParameter(5, m.comparator()).setParameter(6, m.threshold())
          .executeUpdate();
    }
    em.createNativeQuery("update framework set version = version + 1, updated_at = now() where id = ?1")
        .setParameter(1, frameworkId).executeUpdate();
    audit.record("INDICATOR_UPDATED", "FRAMEWORK", frameworkId, before, indicator(frameworkId, indicatorId));
    return get(frameworkId);
  }

  private Indicator indicator(long frameworkId, long indicatorId) {
    return get(frameworkId).categories().stream().flatMap(c -> c.indicators().stream())
        .filter(i -> i.id() == indicatorId).findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.indicator", indicatorId));
  }
}
