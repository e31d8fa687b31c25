package org.fumin.programme;

import java.util.ArrayList;
import java.util.List;
import org.fumin.programme.Judging.Check;
import org.fumin.programme.Judging.Outcome;

/**
 * The verdict the system proposes for a nomination: named (命名) only if every standard indicator's
 * agreed outcome is {@code MET}; otherwise not named, with one reason per indicator that is not
 * met, needs supplement or has no agreed outcome yet. Bonus items never decide naming.
 *
 * <p>A reason is structured, so that a client renders it in its reader's language: what it rests on
 * ({@link Basis}), the assessor's own comment (shown as written) and, for compatibility, one zh-CN
 * sentence ({@code text}).
 */
public record VerdictProposal(Decision decision, boolean complete, List<Reason> reasons) {

  public enum Decision { NAMED, NOT_NAMED }

  /**
   * What a reason rests on: no agreed outcome yet; the accepted figures miss their thresholds or
   * are missing; the city has not accepted the evidence; the assessors' judgement alone.
   */
  public enum Basis { PENDING, FIGURES, EVIDENCE_NOT_ACCEPTED, ASSESSOR }

  /**
   * A standard indicator: its agreed outcome (null while pending), the check of its accepted figures,
   * whether the city accepted its evidence, the newest agreeing assessor's comment (null: none) and
   * the zh-CN text behind it (its figures or that comment).
   */
  public record Indicator(String code, String title, Outcome agreed, Check check, boolean accepted, String comment,
      String text) {

    /** An indicator with accepted evidence and no figures to check. */
    public Indicator(String code, String title, Outcome agreed, String text) {
      this(code, title, agreed, Check.NOT_APPLICABLE, true, null, text);
    }
  }

  /** Why the proposal is not to name: an indicator, its outcome (null: pending), the basis, the assessor's comment and a zh-CN sentence. */
  public record Reason(String code, String title, Outcome outcome, Basis basis, String comment, String text) {}

  public static VerdictProposal of(List<Indicator> standardIndicators) {
    List<Reason> reasons = new ArrayList<>();
    boolean complete = true;
    for (Indicator i : standardIndicators) {
      if (i.agreed() == null) {
        complete = false;
        reasons.add(new Reason(i.code(), i.title(), null, Basis.PENDING, null, "尚未形成评定结论"));
      } else if (i.agreed() != Outcome.MET) {
        String text = i.text() == null || i.text().isBlank() ? (i.agreed() == Outcome.NOT_MET ? "未达标" : "需补充材料") : i.text();
        Basis basis = !i.accepted() ? Basis.EVIDENCE_NOT_ACCEPTED
            : i.check() == Check.NOT_MET || i.check() == Check.MISSING ? Basis.FIGURES : Basis.ASSESSOR;
        String comment = i.comment() == null || i.comment().isBlank() ? null : i.comment();
        reasons.add(new Reason(i.code(), i.title(), i.agreed(), basis, comment, text));
      }
    }
    boolean named = !standardIndicators.isEmpty() && reasons.isEmpty();
    return new VerdictProposal(named ? Decision.NAMED : Decision.NOT_NAMED, complete, List.copyOf(reasons));
  }
}
