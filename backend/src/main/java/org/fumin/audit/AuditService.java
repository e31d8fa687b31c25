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

  /** One object of a bulk change: its id and its state before and after (either may be null). */
  public record Change(Object entityId, Object before, Object after) {}

  /**
   * Records one event per object of a bulk change (an import) in the caller's transaction, as
   * {@link #record} would one by one, but in one statement per 10,000 objects: PostgreSQL's
   * {@code unnest} turns the arrays into rows, so a 100,000-row import is not 100,000 round trips.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(String action, String entityType, java.util.List<Change> changes) {
    String system = SYSTEM_ACTOR.get();
    String actorType = system != null ? "SYSTEM" : caller.kind().name();
    Long actorId = system != null || caller.kind() == Caller.Kind.ANONYMOUS ? null : caller.id();
    String actorName = system != null ? system : caller.name();
    String role = system != null || caller.role() == null ? null : caller.role().name();
    String address = system != null ? null : caller.clientAddress();
    java.time.Instant at = clock.instant();
    org.hibernate.Session session = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().unwrap(org.hibernate.Session.class);
    session.flush();
    for (int from = 0; from < changes.size(); from += 10_000) {
      java.util.List<Change> chunk = changes.subList(from, Math.min(changes.size(), from + 10_000));
      String[] ids = chunk.stream().map(c -> String.valueOf(c.entityId())).toArray(String[]::new);
      String[] befores = chunk.stream().map(c -> write(c.before())).toArray(String[]::new);
      String[] afters = chunk.stream().map(c -> write(c.after())).toArray(String[]::new);
      session.doWork(connection -> {
        try (java.sql.PreparedStatement insert = connection.prepareStatement("""
            insert into audit_event (at, actor_type, actor_id, actor_name, actor_role, action, entity_type, entity_id,
                                     before, after, client_address, request_id)
            select ?, ?, ?, ?, ?, ?, ?, e.id, e.before::jsonb, e.after::jsonb, ?, ?
              from unnest(?::varchar[], ?::text[], ?::text[]) as e(id, before, after)""")) {
          insert.setObject(1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
          insert.setString(2, actorType);
          insert.setObject(3, actorId, java.sql.Types.BIGINT);
          insert.setString(4, actorName);
          insert.setString(5, role);
          insert.setString(6, action);
          insert.setString(7, entityType);
          insert.setString(8, address);
          insert.setString(9, RequestId.current());
          insert.setArray(10, connection.createArrayOf("varchar", ids));
          insert.setArray(11, connection.createArrayOf("text", befores));
          insert.setArray(12, connection.createArrayOf("text", afters));
          insert.executeUpdate();
        }
      });
    }
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
