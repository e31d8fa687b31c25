package org.fumin.nomination;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.web.Created;
import org.fumin.common.web.ETags;
import org.fumin.nomination.NominationApi.NominationInput;
import org.fumin.nomination.NominationApi.NominationView;

/** Nominating into a round (its own root: JAX-RS does not fall back from {@code /v1/rounds} to another class). */
@Path("/v1/rounds/{roundId}/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundNominationResource {

  @Inject NominationService nominations;
  @Inject Idempotency idempotency;

  @POST
  @Allow(Role.DISTRICT_ADMIN)
  public Response create(@PathParam("roundId") @Min(value = 1, message = "{fumin.min}") long roundId,
      @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull(message = "{fumin.body.required}") NominationInput input) {
    return idempotency.create(key, "createNomination", List.of(roundId, input), () -> {
      NominationView nomination = nominations.create(roundId, nominations.townshipOf(input));
      return new Created<>(nomination, "v1/nominations/" + nomination.id(), ETags.of(nomination.version()));
    });
  }
}
