package org.fumin.auth;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fumin.auth.AuthApi.LoginInput;
import org.fumin.auth.AuthApi.Me;
import org.fumin.auth.AuthApi.PasswordChange;
import org.fumin.auth.AuthApi.SessionView;

@Path("/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  /** Answers that carry secrets (session and CSRF tokens) must not be kept by any cache. */
  public static final String NO_STORE = "no-store";

  @Inject AuthService auth;
  @Inject AuthConfig config;

  @POST
  @Path("/login")
  @PermitAll
  public Response login(@Valid @NotNull(message = "{fumin.body.required}") LoginInput input, HttpHeaders headers, HttpServerRequest http) {
    AuthService.SignedIn signedIn = auth.login(input.username(), input.password(), headers.getHeaderString(HttpHeaders.USER_AGENT));
    boolean secure = secure(http);
    int maxAge = (int) config.sessionAbsoluteTimeout().toSeconds();
    return Response.ok(signedIn.me())
        .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
        .cookie(cookie(CredentialMechanism.SESSION_COOKIE, signedIn.session().token(), maxAge, true, secure))
        .cookie(cookie(CredentialMechanism.CSRF_COOKIE, signedIn.session().csrfToken(), maxAge, false, secure))
        .build();
  }

  @POST
  @Path("/logout")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, beforePasswordChange = true)
  public Response logout(HttpServerRequest http) {
    auth.logout();
    boolean secure = secure(http);
    return Response.noContent()
        .cookie(cookie(CredentialMechanism.SESSION_COOKIE, "", 0, true, secure))
        .cookie(cookie(CredentialMechanism.CSRF_COOKIE, "", 0, false, secure))
        .build();
  }

  @GET
  @Path("/me")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, beforePasswordChange = true)
  public Response me() {
    return Response.ok(auth.me()).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
  }

  @POST
  @Path("/password")
  @Allow(value = {Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER}, beforePasswordChange = true)
  public void changePassword(@Valid @NotNull(message = "{fumin.body.required}") PasswordChange change) {
    auth.changePassword(change.currentPassword(), change.newPassword());
  }

  @GET
  @Path("/sessions")
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER})
  public List<SessionView> sessions() {
    return auth.mySessions();
  }

  @DELETE
  @Path("/sessions/{sessionId}")
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.DISTRICT_ADMIN, Role.TOWNSHIP_OPERATOR, Role.VIEWER})
  public void endSession(@PathParam("sessionId") @Min(value = 1, message = "{fumin.min}") long sessionId) {
    auth.endSession(sessionId);
  }

  /** Secure cookies when the request came over TLS (directly or through a proxy that says so). */
  private static boolean secure(HttpServerRequest http) {
    return http.isSSL() || "https".equalsIgnoreCase(http.getHeader("X-Forwarded-Proto"));
  }

  private static NewCookie cookie(String name, String value, int maxAge, boolean httpOnly, boolean secure) {
    return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).httpOnly(httpOnly).secure(secure)
        .sameSite(NewCookie.SameSite.STRICT).build();
  }
}
