package org.fumin.auth;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.fumin.common.problem.Messages;
import org.fumin.common.problem.Problem;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.RequestId;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus security's refusals as problem details: 401 for no or a bad credential, 403 for a caller
 * the rule does not admit.
 */
public class SecurityProblems {

  @Inject HttpHeaders headers;
  @Inject UriInfo uriInfo;

  @ServerExceptionMapper
  public Response unauthenticated(UnauthorizedException e) {
    return challenge();
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem && problem.type() == ProblemType.TOO_MANY_REQUESTS) {
        return respond(problem.type(), problem.detailKey()).header("Retry-After", problem.retryAfterSeconds()).build();
      }
    }
    return challenge();
  }

  @ServerExceptionMapper
  public Response authenticationIncomplete(AuthenticationCompletionException e) {
    return challenge();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(ProblemType.FORBIDDEN, "problem.forbidden.detail").build();
  }

  private Response challenge() {
    return respond(ProblemType.UNAUTHENTICATED, "problem.unauthenticated.detail").build(); // challenges: AccessControl
  }

  private Response.ResponseBuilder respond(ProblemType type, String detailKey) {
    Problem problem = Problem.of(type, Messages.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
        detailKey, uriInfo.getRequestUri().getRawPath(), RequestId.current(), null);
    return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem);
  }
}
