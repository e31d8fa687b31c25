package org.fumin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.fumin.auth.Caller;
import org.fumin.common.web.RequestId;

/**
 * Writes the audit trail: who (user or key, with role), did what, to which entity, before and
 * after, when, from where, in which request. Rows are never changed (the database refuses it).
 */
@ApplicationScoped
public class AuditService {

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject Caller caller;

  /** Records a change in the caller's transaction: it commits or rolls back with the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String entityType, Object entityId, Object before, Object after) {
    insert(caller.kind().name(), caller.kind() == Caller.Kind.ANONYMOUS ? null : caller.id(),
        caller.name(), caller.role() == null ? null : caller.role().name(), action, entityType, entityId, before, after);
  }

  /** Records an event that must stay even when the request fails (refusals, failed sign-ins). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAlways(String action, String entityType, Object entityId, Object details) {
    record(action, entityType, entityId, null, details);
  }

  /** Records for a named actor that is not (yet) the caller, e.g. a failed sign-in attempt. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFor(String actorType, Long actorId, String actorName, String role, String action, Object details) {
    insert(actorType, actorId, actorName, role, action, "USER", actorId, null, details);
  }

  private void insert(String actorType, Long actorId, String actorName, String role, String action,
      String entityType, Object entityId, Object before, Object after) {
    em.createNativeQuery("""
            insert into audit_event (actor_type, actor_id, actor_name, actor_role, action, entity_type, entity_id,
                                     before, after, client_address, request_id)
            values (?1, cast(?2 as bigint), cast(?3 as varchar), cast(?4 as varchar), ?5, cast(?6 as varchar),
                    cast(?7 as varchar), cast(?8 as jsonb), cast(?9 as jsonb), cast(?10 as varchar), cast(?11 as varchar))""")
        .setParameter(1, actorType)
        .setParameter(2, actorId)
        .setParameter(3, actorName)
        .setParameter(4, role)
        .setParameter(5, action)
        .setParameter(6, entityType)
        .setParameter(7, entityId == null ? null : entityId.toString())
        .setParameter(8, write(before))
        .setParameter(9, write(after))
        .setParameter(10, caller.clientAddress())
        .setParameter(11, RequestId.current())
        .executeUpdate();
  }

  private String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
