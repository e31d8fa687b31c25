package org.fumin.common.paging;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The filters of a list call, gathered as JPQL conditions with named parameters, and the page they
 * select: {@code new Where().equal("t.district.id", "districtId", id).contains(q, "lower(t.name) like :q")}.
 */
public final class Where {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** {@code expression = :name}, only when a value is given. */
  public Where equal(String expression, String name, Object value) {
    if (value != null) {
      clauses.add(expression + " = :" + name);
      parameters.put(name, value);
    }
    return this;
  }

  /** A condition on {@code :q} (case-insensitive part of a text), only when {@code q} has text. */
  public Where contains(String q, String condition) {
    if (q != null && !q.isBlank()) {
      clauses.add("(" + condition + ")");
      parameters.put("q", "%" + q.strip().toLowerCase() + "%");
    }
    return this;
  }

  /** {@code " where a and b"}, or nothing without conditions. */
  public String clause() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  /**
   * One page: the rows of {@code from} (e.g. {@code "from Township t join fetch t.district d"},
   * the root's alias third) under these conditions in the given order, and their total counted
   * over {@code countFrom} (the same rows, without fetches).
   */
  public <E, V> Page<V> page(Class<E> type, String from, String countFrom, String orderBy, PageRequest paging,
      Function<E, V> view) {
    EntityManager em = Panache.getEntityManager();
    String alias = from.trim().split("\\s+")[2];
    TypedQuery<E> items = em.createQuery("select " + alias + " " + from + clause() + orderBy, type);
    bind(items);
    items.setFirstResult(paging.offset()).setMaxResults(paging.size());
    Query total = em.createQuery("select count(" + alias + ") " + countFrom + clause());
    bind(total);
    return new Page<>(items.getResultList().stream().map(view).toList(), paging.page(), paging.size(),
        ((Number) total.getSingleResult()).longValue());
  }

  private void bind(Query query) {
    parameters.forEach(query::setParameter);
  }
}
