package org.fumin.common.paging;

import java.util.Map;
import org.fumin.common.problem.ProblemException;

/**
 * Paging and sorting asked for by a list call. {@code sort} is one of the names a list allows,
 * with a leading {@code -} for descending order; each name maps to a JPQL ordering.
 */
public record PageRequest(int page, int size, String sort) {

  public static final int MAX_SIZE = 100;

  public int offset() {
    return (page - 1) * size;
  }

  /**
   * The total number of rows when a page of this request tells it without counting: a page with
   * rows but fewer than {@code size} is the last one, and an empty first page means there are none.
   * {@code -1} when it does not (a full page, or an empty one past the first, which may lie past the end).
   */
  public static long totalFromPage(PageRequest paging, int rows) {
    if (rows < paging.size() && (rows > 0 || paging.offset() == 0)) {
      return (long) paging.offset() + rows;
    }
    return -1;
  }

  /**
   * The {@code order by} clause for this request. {@code orderings} maps a sort name to its JPQL
   * expressions; the entity id is appended so that pages are stable.
   */
  public String orderBy(Map<String, String> orderings, String defaultSort, String idExpression) {
    String requested = sort == null || sort.isBlank() ? defaultSort : sort;
    boolean descending = requested.startsWith("-");
    String name = descending ? requested.substring(1) : requested;
    String expressions = orderings.get(name);
    if (expressions == null) {
      throw ProblemException.invalidField("sort", "violation.sort", String.join(", ", orderings.keySet()));
    }
    String direction = descending ? " desc" : " asc";
    StringBuilder clause = new StringBuilder(" order by ");
    for (String expression : expressions.split(",")) {
      clause.append(expression.trim()).append(direction).append(", ");
    }
    return clause.append(idExpression).append(direction).toString();
  }
}
