package org.fumin.audit;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.fumin.audit.AuditApi.AuditEventView;
import org.fumin.audit.AuditApi.AuditFilter;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.paging.Page;
import org.fumin.common.paging.PageParams;

@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditQuery audit;

  @GET
  @Allow(Role.CITY_ADMIN)
  public Page<AuditEventView> list(@BeanParam @Valid PageParams paging,
      @QueryParam("actor") @Size(max = 128, message = "{fumin.size.max}") String actor,
      @QueryParam("action") @Size(max = 64, message = "{fumin.size.max}") String action,
      @QueryParam("entityType") @Size(max = 64, message = "{fumin.size.max}") String entityType,
      @QueryParam("entityId") @Size(max = 64, message = "{fumin.size.max}") String entityId,
      @QueryParam("from") Instant from,
      @QueryParam("to") Instant to) {
    return audit.list(new AuditFilter(actor, action, entityType, entityId, from, to), paging.request());
  }
}
