package org.fumin.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of the append-only audit trail. It is only ever persisted: Hibernate treats it as
 * immutable, and the database refuses UPDATE, DELETE and TRUNCATE on the table anyway.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public Instant at;

  /** {@code USER}, {@code API_KEY}, {@code ANONYMOUS} or {@code SYSTEM}. */
  @Column(name = "actor_type")
  public String actorType;

  @Column(name = "actor_id")
  public Long actorId;

  @Column(name = "actor_name")
  public String actorName;

  @Column(name = "actor_role")
  public String actorRole;

  public String action;

  @Column(name = "entity_type")
  public String entityType;

  @Column(name = "entity_id")
  public String entityId;

  /** The entity as JSON before the change, if there was one. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String before;

  /** The entity as JSON after the change, or the event's details. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String after;

  @Column(name = "client_address")
  public String clientAddress;

  @Column(name = "request_id")
  public String requestId;
}
