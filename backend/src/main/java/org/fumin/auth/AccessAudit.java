package org.fumin.auth;

import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fumin.audit.AuditService;

/**
 * Writes every refusal of an authenticated caller to the audit trail ({@code ACCESS_DENIED}), from
 * the Quarkus security events; an anonymous caller's refusal is a 401 and not audited.
 */
@ApplicationScoped
public class AccessAudit {

  static final String METHOD = "fumin.method";
  static final String PATH = "fumin.path";
  static final String REASON = "fumin.reason";

  @Inject AuditService audit;

  void denied(@Observes AuthorizationFailureEvent event) {
    if (event.getSecurityIdentity() == null || event.getSecurityIdentity().isAnonymous()) {
      return;
    }
    Map<String, Object> properties = event.getEventProperties();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("method", properties.getOrDefault(METHOD, ""));
    details.put("path", properties.getOrDefault(PATH, ""));
    details.put("reason", properties.getOrDefault(REASON, String.valueOf(event.getAuthorizationFailure())));
    audit.recordAlways("ACCESS_DENIED", "REQUEST", null, details);
  }
}
