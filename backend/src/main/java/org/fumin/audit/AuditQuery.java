package org.fumin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fumin.audit.AuditApi.AuditEventView;
import org.fumin.audit.AuditApi.AuditFilter;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;

/** Reads the audit trail, newest first, with filters. */
@ApplicationScoped
public class AuditQuery {

  /** An audit entry's columns, its before and after still JSON text. */
  public record AuditRow(Long id, Instant at, String actorType, Long actorId, String actorName, String actorRole,
      String action, String entityType, String entityId, String before, String after, String clientAddress,
      String requestId) {}

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  public Page<AuditEventView> list(AuditFilter filter, PageRequest paging) {
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<AuditRow> rows = cb.createQuery(AuditRow.class);
    Root<AuditEvent> event = rows.from(AuditEvent.class);
    rows.select(cb.construct(AuditRow.class, event.get("id"), event.get("at"), event.get("actorType"),
            event.get("actorId"), event.get("actorName"), event.get("actorRole"), event.get("action"),
            event.get("entityType"), event.get("entityId"), event.get("before"), event.get("after"),
            event.get("clientAddress"), event.get("requestId")))
        .where(conditions(cb, event, filter))
        .orderBy(order(cb, event, "at".equals(paging.sort())));
    List<AuditEventView> items = em.createQuery(rows)
        .setFirstResult(paging.offset())
        .setMaxResults(paging.size())
        .getResultStream()
        .map(this::view)
        .toList();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEvent> counted = count.from(AuditEvent.class);
    count.select(cb.count(counted)).where(conditions(cb, counted, filter));
    return new Page<>(items, paging.page(), paging.size(), em.createQuery(count).getSingleResult());
  }

  /** The filter's conditions, each only when given; texts compare after trimming. */
  private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
    List<Predicate> where = new ArrayList<>();
    equalText(cb, event, "actorName", filter.actor(), where);
    equalText(cb, event, "action", filter.action(), where);
    equalText(cb, event, "entityType", filter.entityType(), where);
    equalText(cb, event, "entityId", filter.entityId(), where);
    if (filter.from() != null) {
      where.add(cb.greaterThanOrEqualTo(event.get("at"), filter.from()));
    }
    if (filter.to() != null) {
      where.add(cb.lessThan(event.get("at"), filter.to()));
    }
    return where.toArray(Predicate[]::new);
  }

  private static void equalText(CriteriaBuilder cb, Root<AuditEvent> event, String attribute, String value,
      List<Predicate> where) {
    if (value != null && !value.isBlank()) {
      where.add(cb.equal(event.get(attribute), value.strip()));
    }
  }

  /** Newest first unless {@code sort=at}; the id breaks ties so that pages are stable. */
  private static List<Order> order(CriteriaBuilder cb, Root<AuditEvent> event, boolean ascending) {
    return ascending
        ? List.of(cb.asc(event.get("at")), cb.asc(event.get("id")))
        : List.of(cb.desc(event.get("at")), cb.desc(event.get("id")));
  }

  private AuditEventView view(AuditRow r) {
    return new AuditEventView(r.id(), r.at(), r.actorType(), r.actorId(), r.actorName(), r.actorRole(), r.action(),
        r.entityType(), r.entityId(), parse(r.before()), parse(r.after()), r.clientAddress(), r.requestId());
  }

  private JsonNode parse(String text) {
    try {
      return text == null ? null : json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
