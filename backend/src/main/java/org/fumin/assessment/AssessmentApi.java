package org.fumin.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fumin.evidence.EvidenceApi.BonusEvidence;
import org.fumin.evidence.EvidenceApi.EvidenceMetric;
import org.fumin.evidence.EvidenceApi.SelfAssessment;
import org.fumin.evidence.EvidenceState;
import org.fumin.framework.FrameworkApi.IndicatorKind;
import org.fumin.nomination.NominationState;
import org.fumin.programme.Judging.Check;
import org.fumin.programme.Judging.Outcome;
import org.fumin.programme.VerdictProposal;
import org.fumin.round.RoundState;

/** The assessment feature's records at the boundary. */
public final class AssessmentApi {

  private AssessmentApi() {}

  public record JudgementInput(
      @NotNull(message = "{fumin.required}") Outcome outcome,
      @Size(max = 1000, message = "{fumin.size.max}") String comment,
      @Size(max = 1000, message = "{fumin.size.max}") String justification,
      LocalDate supplementUntil,
      @Size(max = 64, message = "{fumin.size.max}") String documentNumber) {}

  public record JudgementView(long id, long nominationId, String indicatorCode, Outcome outcome, Outcome suggestedOutcome,
      String comment, String justification, LocalDate supplementUntil, String documentNumber, String assessor,
      String assessorName, Instant judgedAt) {

    static JudgementView from(Judgement j) {
      return new JudgementView(j.id, j.nominationId, j.indicatorCode, j.outcome, j.suggestedOutcome, j.comment,
          j.justification, j.supplementUntil, j.documentNumber, j.assessor, j.assessorName, j.judgedAt);
    }
  }

  public record JudgementList(List<JudgementView> items) {}

  public record AttachmentRef(long id, String fileName) {}

  public record IndicatorAssessment(String indicatorCode, IndicatorKind kind, String categoryCode, String categoryTitle,
      String title, String glossEn, EvidenceState evidenceState, Integer acceptedRevision,
      @JsonInclude(JsonInclude.Include.NON_NULL) SelfAssessment selfAssessment, String statement, String narrative,
      @JsonInclude(JsonInclude.Include.NON_NULL) BonusEvidence bonus, List<EvidenceMetric> metrics,
      List<AttachmentRef> attachments, Check check, Outcome suggestedOutcome, String suggestedComment,
      LocalDate supplementUntil, List<JudgementView> judgements, @JsonInclude(JsonInclude.Include.NON_NULL) JudgementView myJudgement,
      @JsonInclude(JsonInclude.Include.NON_NULL) Outcome agreedOutcome,
      int opinions) {}

  /**
   * A reason of the proposal, structured for rendering in the reader's language: its basis, the
   * figures it rests on (basis FIGURES: the indicator's accepted metrics with their checks), the
   * assessor's comment as written, and the same reason as one zh-CN sentence.
   */
  public record ReasonView(String indicatorCode, String title, @JsonInclude(JsonInclude.Include.NON_NULL) Outcome outcome,
      VerdictProposal.Basis basis, List<EvidenceMetric> figures, String comment, String text) {}

  public record ProposalView(VerdictProposal.Decision decision, boolean complete, List<ReasonView> reasons) {

    /** The proposal with each FIGURES reason's figures (by indicator code). */
    public static ProposalView from(VerdictProposal p, Map<String, List<EvidenceMetric>> figures) {
      return new ProposalView(p.decision(), p.complete(), p.reasons().stream().map(r -> new ReasonView(r.code(), r.title(),
          r.outcome(), r.basis(), r.basis() == VerdictProposal.Basis.FIGURES ? figures.getOrDefault(r.code(), List.of()) : List.of(),
          r.comment(), r.text())).toList());
    }
  }

  public record AssessmentView(long nominationId, long roundId, int roundYear, RoundState roundState, long townshipId,
      String townshipCode, String townshipName, long districtId, String districtName, NominationState nominationState,
      int requiredOpinions, boolean canJudge, List<IndicatorAssessment> indicators, ProposalView proposal) {}

  /** An indicator's agreed outcome and first metric value, for the results export. */
  public record IndicatorResult(String indicatorCode, String title, IndicatorKind kind, Outcome outcome, BigDecimal value) {}
}
