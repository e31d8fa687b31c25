package org.fumin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fumin.audit.AuditApi.AuditEventView;
import org.fumin.audit.AuditApi.AuditFilter;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageRequest;

/** Reads the audit trail, newest first, with filters. */
@ApplicationScoped
public class AuditQuery {

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  public Page<AuditEventView> list(AuditFilter filter, PageRequest paging) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (filter.actor() != null && !filter.actor().isBlank()) {
      where.add("actor_name = :actor");
      params.put("actor", filter.actor().strip());
    }
    if (filter.action() != null && !filter.action().isBlank()) {
      where.add("action = :action");
      params.put("action", filter.action().strip());
    }
    if (filter.entityType() != null && !filter.entityType().isBlank()) {
      where.add("entity_type = :entityType");
      params.put("entityType", filter.entityType().strip());
    }
    if (filter.entityId() != null && !filter.entityId().isBlank()) {
      where.add("entity_id = :entityId");
      params.put("entityId", filter.entityId().strip());
    }
    if (filter.from() != null) {
      where.add("at >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.add("at < :to");
      params.put("to", filter.to());
    }
    String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    String direction = "at".equals(paging.sort()) ? "asc" : "desc";
    Query rows = em.createNativeQuery("select id, at, actor_type, actor_id, actor_name, actor_role, action, entity_type, "
        + "entity_id, cast(before as text), cast(after as text), client_address, request_id from audit_event" + condition
        + " order by at " + direction + ", id " + direction + " offset " + paging.offset() + " limit " + paging.size());
    Query count = em.createNativeQuery("select count(*) from audit_event" + condition);
    params.forEach((k, v) -> {
      rows.setParameter(k, v);
      count.setParameter(k, v);
    });
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    List<AuditEventView> items = result.stream().map(r -> new AuditEventView(((Number) r[0]).longValue(), (Instant) r[1],
        (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6],
        (String) r[7], (String) r[8], parse((String) r[9]), parse((String) r[10]), (String) r[11], (String) r[12])).toList();
    return new Page<>(items, paging.page(), paging.size(), ((Number) count.getSingleResult()).longValue());
  }

  private JsonNode parse(String text) {
    try {
      return text == null ? null : json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
