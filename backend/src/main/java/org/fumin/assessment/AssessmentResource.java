package org.fumin.assessment;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fumin.assessment.AssessmentApi.AssessmentView;
import org.fumin.assessment.AssessmentApi.JudgementInput;
import org.fumin.assessment.AssessmentApi.JudgementList;
import org.fumin.assessment.AssessmentApi.JudgementView;
import org.fumin.auth.Allow;
import org.fumin.auth.Role;
import org.fumin.common.idempotency.Idempotency;
import org.fumin.common.web.Created;

/** The judgement form of a nomination and the assessors' judgements per indicator. */
@Path("/v1/nominations/{nominationId}/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

  private static final String CODE = "[A-Za-z0-9]{1,8}";
  private static final String CODE_MESSAGE = "{fumin.evidence.indicator-code}";

  @Inject AssessmentService assessment;
  @Inject Idempotency idempotency;

  @GET
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.VIEWER})
  public AssessmentView form(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId) {
    return assessment.form(nominationId);
  }

  @GET
  @Path("/{indicatorCode}/judgements")
  @Allow({Role.CITY_ADMIN, Role.CITY_ASSESSOR, Role.VIEWER})
  public JudgementList history(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode) {
    return assessment.history(nominationId, indicatorCode);
  }

  @POST
  @Path("/{indicatorCode}/judgements")
  @Allow(Role.CITY_ASSESSOR)
  public Response judge(@PathParam("nominationId") @Min(value = 1, message = "{fumin.min}") long nominationId,
      @PathParam("indicatorCode") @Pattern(regexp = CODE, message = CODE_MESSAGE) String indicatorCode,
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull(message = "{fumin.body.required}") JudgementInput input) {
    return idempotency.create(key, "recordJudgement:" + nominationId + ":" + indicatorCode, input, () -> {
      JudgementView judgement = assessment.judge(nominationId, indicatorCode, input);
      return new Created<>(judgement, "v1/nominations/" + nominationId + "/assessment/" + judgement.indicatorCode()
          + "/judgements", org.fumin.common.web.ETags.of(1));
    });
  }
}
