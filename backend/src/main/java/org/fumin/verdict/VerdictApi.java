package org.fumin.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fumin.assessment.AssessmentApi.ProposalView;
import org.fumin.nomination.NominationState;
import org.fumin.programme.Judging.Outcome;
import org.fumin.programme.VerdictProposal.Decision;

/** The verdict feature's records at the boundary. */
public final class VerdictApi {

  private VerdictApi() {}

  public enum RevisionStatus { CONFIRMED, PUBLISHED, SUPERSEDED }

  public enum VerdictAction { CONFIRM, CHANGE, PUBLISH, CORRECT }

  public enum StatusFilter { PENDING, CONFIRMED, PUBLISHED }

  public enum TitleState { ACTIVE, REVOKED }

  public record VerdictInput(
      @NotNull(message = "{fumin.required}") Decision decision,
      @Size(max = 1000, message = "{fumin.size.max}") String justification,
      @Size(max = 64, message = "{fumin.size.max}") String documentNumber,
      LocalDate documentDate) {}

  public record CorrectionInput(
      @NotNull(message = "{fumin.required}") Decision decision,
      @NotBlank(message = "{fumin.required}") @Size(max = 1000, message = "{fumin.size.max}") String reason,
      @NotBlank(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String documentNumber,
      @NotNull(message = "{fumin.required}") LocalDate documentDate) {}

  public record PublicationInput(@Size(max = 1000, message = "{fumin.size.items}") List<@NotNull @Min(1) Long> nominationIds) {}

  public record RevocationInput(
      @NotBlank(message = "{fumin.required}") @Size(max = 1000, message = "{fumin.size.max}") String reason,
      @NotBlank(message = "{fumin.required}") @Size(max = 64, message = "{fumin.size.max}") String documentNumber,
      @NotNull(message = "{fumin.required}") LocalDate revokedOn) {}

  public record RevisionView(int revision, Decision decision, Decision proposedDecision, boolean overridden,
      String justification, String documentNumber, LocalDate documentDate, String correctionReason, RevisionStatus status,
      Instant confirmedAt, String confirmedBy, Instant publishedAt, String publishedBy) {}

  /** The outcome that counts for one standard indicator (null while pending), with its first accepted metric figure. */
  public record IndicatorJudgement(String indicatorCode, String title, Outcome outcome,
      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal metricValue) {}

  public record NominationVerdict(long nominationId, long roundId, int roundYear, long townshipId, String townshipCode,
      String townshipName, long districtId, String districtName, NominationState nominationState,
      @JsonInclude(JsonInclude.Include.NON_NULL) ProposalView proposal, @JsonInclude(JsonInclude.Include.NON_NULL) RevisionView verdict, List<RevisionView> revisions,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<IndicatorJudgement> judgements, List<VerdictAction> allowedActions, long version) {}

  public record RoundVerdictRow(long nominationId, long townshipId, String townshipCode, String townshipName, long districtId,
      String districtName, NominationState nominationState, int standardTotal, int judged, int met,
      @JsonInclude(JsonInclude.Include.NON_NULL) Decision proposal, @JsonInclude(JsonInclude.Include.NON_NULL) RevisionView verdict) {}

  public record RoundVerdicts(long roundId, List<RoundVerdictRow> items) {}

  /** One verdict to publish; {@code proposalChanged}: the proposal now differs from the one it was confirmed against. */
  public record PublicationItem(long nominationId, String townshipCode, String townshipName, String districtName,
      Decision decision, String documentNumber, LocalDate documentDate, boolean proposalChanged, Decision currentProposal) {}

  public record Publication(long roundId, boolean dryRun, List<PublicationItem> items) {}

  public record TitleView(long id, long townshipId, String townshipCode, String townshipName, long districtId,
      String districtName, long roundId, int roundYear, long nominationId, String documentNumber, LocalDate namedOn,
      TitleState state, LocalDate revokedOn, String revocationReason, String revocationDocumentNumber, String revokedBy) {}

  public record HistoryRound(long roundId, int roundYear, long nominationId, NominationState nominationState,
      boolean provincialCandidate, List<RevisionView> verdicts) {}

  public record TownshipHistory(long townshipId, String townshipCode, String townshipName, long districtId,
      String districtName, List<HistoryRound> rounds, List<TitleView> titles) {}

  public record PublicNamedBase(String townshipCode, String townshipName, String districtCode, String districtName,
      String documentNumber, LocalDate namedOn) {}

  public record PublicRevokedTitle(String townshipCode, String townshipName, String districtCode, String districtName,
      String documentNumber, LocalDate namedOn, LocalDate revokedOn, String revocationDocumentNumber, String reason) {}

  public record PublicResults(int year, List<PublicNamedBase> named, List<PublicRevokedTitle> revoked) {}
}
