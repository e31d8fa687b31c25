package org.fumin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The records at the audit trail's boundary. */
public final class AuditApi {

  private AuditApi() {}

  public record AuditEventView(
      long id,
      Instant at,
      String actorType,
      Long actorId,
      String actorName,
      String actorRole,
      String action,
      String entityType,
      String entityId,
      JsonNode before,
      JsonNode after,
      String clientAddress,
      String requestId) {}

  public record AuditFilter(String actor, String action, String entityType, String entityId, Instant from, Instant to) {}
}
