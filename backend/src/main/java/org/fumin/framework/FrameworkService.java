package org.fumin.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fumin.audit.AuditService;
import org.fumin.common.persistence.AnyOf;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.ETags;
import org.fumin.framework.FrameworkApi.Category;
import org.fumin.framework.FrameworkApi.Framework;
import org.fumin.framework.FrameworkApi.FrameworkRef;
import org.fumin.framework.FrameworkApi.FrameworkSummary;
import org.fumin.framework.FrameworkApi.Indicator;
import org.fumin.framework.FrameworkApi.IndicatorInput;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.framework.FrameworkApi.Metric;
import org.fumin.framework.FrameworkApi.MetricInput;

/**
 * Keeps the indicator frameworks (培育标准) and their editions: read, copied into a new edition,
 * edited while not frozen, frozen when a round using it enters assessment.
 */
@ApplicationScoped
@Transactional
public class FrameworkService {

  /** A framework edition with its indicator counts, as the list shows it. */
  public record SummaryRow(Long id, String name, Integer edition, Long basedOnId, Boolean frozen, Long standardCount,
      Long bonusCount) {}

  /** A framework edition's own columns. */
  public record HeadRow(Long id, String name, Integer edition, Long basedOnId, Boolean frozen) {}

  /** A category joined with one of its indicators (all indicator columns null for an empty category). */
  public record CategoryIndicatorRow(String categoryCode, String categoryTitleZh, String categoryTitleEn, Long indicatorId,
      String code, IndicatorKind kind, String titleZh, String textZh, String glossEn, String criteria) {}

  /** A metric with the indicator it belongs to. */
  public record MetricRow(Long indicatorId, String nameZh, String nameEn, String unit, String comparator,
      BigDecimal threshold) {}

  @Inject EntityManager em;
  @Inject AuditService audit;
  /** Who uses a framework; the round package refers back to this one (both are application-scoped proxies). */
  @Inject org.fumin.round.RoundService rounds;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FrameworkSummary> list() {
    return em.createQuery("""
            select f.id, f.name, f.edition, f.basedOnId, f.frozen,
                   (select count(i) from FrameworkIndicator i where i.frameworkId = f.id and i.kind = :standard),
                   (select count(i) from FrameworkIndicator i where i.frameworkId = f.id and i.kind = :bonus)
            from FrameworkEdition f order by f.name, f.edition""", SummaryRow.class)
        .setParameter("standard", IndicatorKind.STANDARD)
        .setParameter("bonus", IndicatorKind.BONUS)
        .getResultList().stream()
        .map(r -> new FrameworkSummary(r.id(), r.name(), r.edition(), r.basedOnId(), r.frozen(),
            r.standardCount().intValue(), r.bonusCount().intValue()))
        .toList();
  }

  /** One framework with its categories, indicators and metrics, in the plan's order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Framework get(long id) {
    HeadRow head = em.createQuery("""
            select f.id, f.name, f.edition, f.basedOnId, f.frozen from FrameworkEdition f where f.id = :id""", HeadRow.class)
        .setParameter("id", id)
        .getResultStream().findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.framework", id));
    Map<Long, List<Metric>> metrics = new LinkedHashMap<>();
    List<MetricRow> metricRows = em.createQuery("""
            select m.indicatorId, m.nameZh, m.nameEn, m.unit, m.comparator, m.threshold
            from IndicatorMetric m join FrameworkIndicator i on i.id = m.indicatorId
            where i.frameworkId = :id order by m.id""", MetricRow.class)
        .setParameter("id", id).getResultList();
    for (MetricRow m : metricRows) {
      metrics.computeIfAbsent(m.indicatorId(), k -> new ArrayList<>())
          .add(new Metric(m.nameZh(), m.nameEn(), m.unit(), m.comparator(), org.fumin.programme.MetricCheck.normalise(m.threshold())));
    }
    Map<String, Category> categories = new LinkedHashMap<>();
    List<CategoryIndicatorRow> rows = em.createQuery("""
            select c.code, c.titleZh, c.titleEn, i.id, i.code, i.kind, i.titleZh, i.textZh, i.glossEn, i.criteria
            from IndicatorCategory c left join FrameworkIndicator i on i.categoryId = c.id
            where c.frameworkId = :id order by c.position, i.position""", CategoryIndicatorRow.class)
        .setParameter("id", id).getResultList();
    for (CategoryIndicatorRow r : rows) {
      Category category = categories.computeIfAbsent(r.categoryCode(),
          code -> new Category(code, r.categoryTitleZh(), r.categoryTitleEn(), new ArrayList<>()));
      if (r.indicatorId() != null) {
        category.indicators().add(new Indicator(r.indicatorId(), r.code(), r.kind(), r.titleZh(), r.textZh(), r.glossEn(),
            List.of(r.criteria().split("\n")), metrics.getOrDefault(r.indicatorId(), List.of())));
      }
    }
    return new Framework(head.id(), head.name(), head.edition(), head.basedOnId(), head.frozen(),
        List.copyOf(categories.values()));
  }

  /** The framework's version, its ETag: every edit of an indicator changes it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long version(long id) {
    return em.createQuery("select f.version from FrameworkEdition f where f.id = :id", Long.class)
        .setParameter("id", id)
        .getResultStream().findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.framework", id));
  }

  /** The name and edition of a framework, for features that show which one they use; empty when unknown. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<FrameworkRef> ref(long id) {
    return refs(List.of(id)).values().stream().findFirst();
  }

  /** The names and editions of several frameworks by id, in one query; unknown ids are absent. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, FrameworkRef> refs(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select f.id, f.name, f.edition from FrameworkEdition f where any_of(:ids, f.id)", FrameworkRef.class)
        .setParameter("ids", AnyOf.ids(ids))
        .getResultStream()
        .collect(Collectors.toMap(FrameworkRef::id, Function.identity()));
  }

  /** Freezes a framework: a round using it has entered assessment, so its standards are final. */
  public void freeze(long id) {
    FrameworkEdition framework = FrameworkEdition.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (framework != null && !framework.frozen) {
      framework.frozen = true; // a new version (and updatedAt) at the flush
    }
  }

  /** Copies a framework into the next edition of the given name; the copy is not frozen. */
  public Framework copy(long sourceId, String name) {
    version(sourceId);
    String newName = name.strip();
    lockName(newName);
    Integer latest = em.createQuery("select max(f.edition) from FrameworkEdition f where f.name = :name", Integer.class)
        .setParameter("name", newName).getSingleResult();
    FrameworkEdition copy = new FrameworkEdition();
    copy.name = newName;
    copy.edition = latest == null ? 1 : latest + 1;
    copy.basedOnId = sourceId;
    copy.persist();
    Map<Long, Long> categoryIds = new HashMap<>();
    for (IndicatorCategory c : IndicatorCategory.<IndicatorCategory>list("frameworkId = ?1 order by position", sourceId)) {
      IndicatorCategory category = new IndicatorCategory();
      category.frameworkId = copy.id;
      category.code = c.code;
      category.titleZh = c.titleZh;
      category.titleEn = c.titleEn;
      category.position = c.position;
      category.persist();
      categoryIds.put(c.id, category.id);
    }
    Map<Long, Long> indicatorIds = new HashMap<>();
    for (FrameworkIndicator i : FrameworkIndicator.<FrameworkIndicator>list("frameworkId = ?1 order by position", sourceId)) {
      FrameworkIndicator indicator = new FrameworkIndicator();
      indicator.frameworkId = copy.id;
      indicator.categoryId = categoryIds.get(i.categoryId);
      indicator.code = i.code;
      indicator.kind = i.kind;
      indicator.titleZh = i.titleZh;
      indicator.textZh = i.textZh;
      indicator.glossEn = i.glossEn;
      indicator.criteria = i.criteria;
      indicator.position = i.position;
      indicator.persist();
      indicatorIds.put(i.id, indicator.id);
    }
    List<IndicatorMetric> metrics = IndicatorMetric.list(
        "from IndicatorMetric m where m.indicatorId in (select i.id from FrameworkIndicator i where i.frameworkId = ?1) order by m.id",
        sourceId);
    for (IndicatorMetric m : metrics) {
      addMetric(indicatorIds.get(m.indicatorId), m.nameZh, m.nameEn, m.unit, m.comparator, m.threshold);
    }
    Framework copied = get(copy.id);
    audit.record("FRAMEWORK_COPIED", "FRAMEWORK", copy.id, Map.of("basedOnId", sourceId),
        Map.of("name", newName, "edition", copy.edition));
    return copied;
  }

  /** Changes one indicator's text, criteria and metrics; refused once the framework is frozen. */
  public Framework updateIndicator(long frameworkId, long indicatorId, String ifMatch, IndicatorInput input) {
    FrameworkEdition framework = FrameworkEdition.findById(frameworkId, LockModeType.PESSIMISTIC_WRITE);
    if (framework == null) {
      throw ProblemException.notFound("entity.framework", frameworkId);
    }
    Indicator before = indicator(frameworkId, indicatorId);
    ETags.requireMatch(ifMatch, framework.version);
    if (framework.frozen) {
      throw new ProblemException(ProblemType.FROZEN, "framework.frozen");
    }
    if (!sameMetrics(before.metrics(), input.metrics()) && rounds.frameworkInUse(frameworkId)) {
      // townships' metric values and their threshold checks hang on these metrics
      throw new ProblemException(ProblemType.FROZEN, "framework.metrics-in-use");
    }
    FrameworkIndicator indicator = FrameworkIndicator.findById(indicatorId);
    indicator.titleZh = input.titleZh().strip();
    indicator.textZh = input.textZh().strip();
    indicator.glossEn = input.glossEn().strip();
    indicator.criteria = input.criteria().stream().map(c -> c.replaceAll("\\s*\\R\\s*", " ").strip())
        .collect(Collectors.joining("\n"));
    IndicatorMetric.delete("indicatorId", indicatorId);
    for (MetricInput m : input.metrics()) {
      addMetric(indicatorId, m.nameZh().strip(), m.nameEn().strip(), m.unit().strip(), m.comparator(), m.threshold());
    }
    framework.touch(); // the framework's version is its ETag: an edited indicator makes a new one
    em.flush();
    audit.record("INDICATOR_UPDATED", "FRAMEWORK", frameworkId, before, indicator(frameworkId, indicatorId));
    return get(frameworkId);
  }

  private static boolean sameMetrics(List<Metric> current, List<MetricInput> input) {
    if (current.size() != input.size()) {
      return false;
    }
    for (int i = 0; i < current.size(); i++) {
      Metric m = current.get(i);
      MetricInput in = input.get(i);
      if (!m.nameZh().equals(in.nameZh().strip()) || !m.nameEn().equals(in.nameEn().strip())
          || !m.unit().equals(in.unit().strip()) || !m.comparator().equals(in.comparator())
          || m.threshold().compareTo(in.threshold()) != 0) {
        return false;
      }
    }
    return true;
  }

  private static void addMetric(long indicatorId, String nameZh, String nameEn, String unit, String comparator,
      BigDecimal threshold) {
    IndicatorMetric metric = new IndicatorMetric();
    metric.indicatorId = indicatorId;
    metric.nameZh = nameZh;
    metric.nameEn = nameEn;
    metric.unit = unit;
    metric.comparator = comparator;
    metric.threshold = threshold;
    metric.persist();
  }

  /**
   * Serialises copies into the same name so that two of them cannot both take the next edition.
   * Native because PostgreSQL's transaction-scoped advisory lock is the point: no row exists yet to lock.
   */
  private void lockName(String name) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('framework:' || ?1))").setParameter(1, name).getSingleResult();
  }

  private Indicator indicator(long frameworkId, long indicatorId) {
    return get(frameworkId).categories().stream().flatMap(c -> c.indicators().stream())
        .filter(i -> i.id() == indicatorId).findFirst()
        .orElseThrow(() -> ProblemException.notFound("entity.indicator", indicatorId));
  }
}
