package org.fumin.notification;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.paging.PageParams;
import org.fumin.notification.NotificationApi.Notification;
import org.fumin.notification.NotificationApi.NotificationPage;
import org.fumin.notification.NotificationApi.ReadAllResult;

/** The signed-in user's own notifications. */
@Path("/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject NotificationService notifications;

  @GET
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER})
  public NotificationPage list(@BeanParam @Valid PageParams paging, @QueryParam("unread") Boolean unread) {
    return notifications.list(unread, paging.request());
  }

  @POST
  @Path("/{notificationId}/read")
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER})
  public Notification markRead(@PathParam("notificationId") @Min(value = 1, message = "{fumin.min}") long id) {
    return notifications.markRead(id);
  }

  @POST
  @Path("/read-all")
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER})
  public ReadAllResult markAllRead() {
    return new ReadAllResult(notifications.markAllRead());
  }
}
