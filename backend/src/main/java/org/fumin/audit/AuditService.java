package org.fumin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.function.Supplier;
import org.fumin.auth.Caller;
import org.fumin.common.web.RequestId;

/**
 * Writes the audit trail: who (user or key, with role), did what, to which entity, before and
 * after, when, from where, in which request. Rows are never changed (the database refuses it).
 */
@ApplicationScoped
public class AuditService {

  /** The name of the system job the current thread runs for, when it is not a caller's request. */
  private static final ThreadLocal<String> SYSTEM_ACTOR = new ThreadLocal<>();

  @Inject ObjectMapper json;
  @Inject Caller caller;
  @Inject InstantSource clock;

  /** Records a change in the caller's transaction: it commits or rolls back with the change. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String entityType, Object entityId, Object before, Object after) {
    String system = SYSTEM_ACTOR.get();
    if (system != null) {
      insert("SYSTEM", null, system, null, action, entityType, entityId, before, after);
      return;
    }
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

  /**
   * Runs work that no caller asked for (a startup job such as the demo data set): the changes it
   * records name the system job {@code name} as their actor.
   */
  public <T> T asSystem(String name, Supplier<T> work) {
    String outer = SYSTEM_ACTOR.get();
    SYSTEM_ACTOR.set(name);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        SYSTEM_ACTOR.remove();
      } else {
        SYSTEM_ACTOR.set(outer);
      }
    }
  }

  private void insert(String actorType, Long actorId, String actorName, String role, String action,
      String entityType, Object entityId, Object before, Object after) {
    AuditEvent event = new AuditEvent();
    event.at = clock.instant();
    event.actorType = actorType;
    event.actorId = actorId;
    event.actorName = actorName;
    event.actorRole = role;
    event.action = action;
    event.entityType = entityType;
    event.entityId = entityId == null ? null : entityId.toString();
    event.before = write(before);
    event.after = write(after);
    event.clientAddress = SYSTEM_ACTOR.get() == null ? caller.clientAddress() : null;
    event.requestId = RequestId.current();
    event.persist();
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
