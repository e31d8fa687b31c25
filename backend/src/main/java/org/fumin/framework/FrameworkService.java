package org.fumin.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

/** Reads the indicator frameworks (培育标准) and their editions. */
@ApplicationScoped
public class FrameworkService {

  @Inject EntityManager em;

  @SuppressWarnings("unchecked")
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

  private static long num(Object value) {
    return ((Number) value).longValue();
  }
}
