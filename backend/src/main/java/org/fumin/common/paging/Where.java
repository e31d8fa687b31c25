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
 *
 * <p>The statements it builds depend only on which filters are present, never on their values (those
 * are bound as parameters), so Hibernate's query plan cache serves them after the first request.
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

  /** {@code expression in :name}, only when some values are given. */
  public Where in(String expression, String name, java.util.Collection<?> values) {
    if (values != null && !values.isEmpty()) {
      clauses.add(expression + " in :" + name);
      parameters.put(name, values);
    }
    return this;
  }

  /** {@code expression not in :name}, only when some values are given. */
  public Where notIn(String expression, String name, java.util.Collection<?> values) {
    if (values != null && !values.isEmpty()) {
      clauses.add(expression + " not in :" + name);
      parameters.put(name, values);
    }
    return this;
  }

  /** A condition without parameters (e.g. {@code e.submittedRevision is not null}), only when {@code when} holds. */
  public Where when(boolean when, String condition) {
    if (when) {
      clauses.add("(" + condition + ")");
    }
    return this;
  }

  /** {@code expression >= :name}, only when a value is given (e.g. {@code updatedSince}). */
  public Where atLeast(String expression, String name, Object value) {
    if (value != null) {
      clauses.add(expression + " >= :" + name);
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
    List<V> rows = items.getResultList().stream().map(view).toList();
    return new Page<>(rows, paging.page(), paging.size(), total(em, "select count(" + alias + ") " + countFrom, paging, rows.size()));
  }

  /**
   * One page read as a record projection: {@code select} lists the expressions in the order of the
   * record's constructor (Hibernate instantiates {@code view} from them, no entity is loaded), and
   * {@code countFrom} is the smallest {@code from} that the conditions can be evaluated on.
   */
  public <V> Page<V> project(Class<V> view, String select, String from, String countFrom, String orderBy, PageRequest paging) {
    EntityManager em = Panache.getEntityManager();
    TypedQuery<V> items = em.createQuery("select " + select + " " + from + clause() + orderBy, view);
    bind(items);
    items.setFirstResult(paging.offset()).setMaxResults(paging.size());
    List<V> rows = items.getResultList();
    String alias = countFrom.trim().split("\\s+")[2];
    return new Page<>(rows, paging.page(), paging.size(), total(em, "select count(" + alias + ") " + countFrom, paging, rows.size()));
  }

  /**
   * Every row under these conditions, read in keyset pages of {@code size} and handed to {@code sink}
   * page by page: ordered by {@code keys} (together unique, e.g. {@code t.code} or {@code t.code, n.id}),
   * each page starts after the last row of the one before ({@code keyOf} gives a row's key values), so
   * every page costs the same however deep it is, there is no count, and only one page is ever held.
   * Read as a record projection, nothing enters the persistence context.
   */
  public <V> void keyset(Class<V> view, String select, String from, List<String> keys, Function<V, List<Object>> keyOf,
      int size, java.util.function.Consumer<List<V>> sink) {
    EntityManager em = Panache.getEntityManager();
    String orderBy = " order by " + String.join(", ", keys);
    String first = "select " + select + " " + from + clause() + orderBy;
    String after = "select " + select + " " + from + (clauses.isEmpty() ? " where " : clause() + " and ") + after(keys) + orderBy;
    List<Object> last = null;
    while (true) {
      TypedQuery<V> page = em.createQuery(last == null ? first : after, view);
      bind(page);
      for (int i = 0; last != null && i < keys.size(); i++) {
        page.setParameter("keyset" + i, last.get(i));
      }
      page.setMaxResults(size);
      page.setHint("org.hibernate.readOnly", true);
      List<V> rows = page.getResultList();
      if (!rows.isEmpty()) {
        sink.accept(rows);
      }
      if (rows.size() < size) {
        return;
      }
      last = keyOf.apply(rows.get(rows.size() - 1));
    }
  }

  /** {@code (k0 > :keyset0 or (k0 = :keyset0 and k1 > :keyset1) ...)}: the rows after a key, in key order. */
  private static String after(List<String> keys) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      StringBuilder alternative = new StringBuilder("(");
      for (int j = 0; j < i; j++) {
        alternative.append(keys.get(j)).append(" = :keyset").append(j).append(" and ");
      }
      alternatives.add(alternative.append(keys.get(i)).append(" > :keyset").append(i).append(')').toString());
    }
    return "(" + String.join(" or ", alternatives) + ")";
  }

  /**
   * The total: counted only when the page cannot tell it. A page with some rows but fewer than asked
   * for is the last one, so the total is the rows before it plus its own (the common case for short
   * lists and for the last page); a full page, or an empty page past the end, needs the count.
   */
  private long total(EntityManager em, String count, PageRequest paging, int rows) {
    long known = PageRequest.totalFromPage(paging, rows);
    if (known >= 0) {
      return known;
    }
    Query total = em.createQuery(count + clause());
    bind(total);
    return ((Number) total.getSingleResult()).longValue();
  }

  /** Binds these conditions' parameters to a query built on {@link #clause()}. */
  public void bindTo(Query query) {
    bind(query);
  }

  private void bind(Query query) {
    parameters.forEach(query::setParameter);
  }
}
