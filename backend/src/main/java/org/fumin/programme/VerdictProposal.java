package org.fumin.programme;

import java.util.ArrayList;
import java.util.List;
import org.fumin.programme.Judging.Outcome;

/**
 * The verdict the system proposes for a nomination: named (命名) only if every standard indicator's
 * agreed outcome is {@code MET}; otherwise not named, with one reason per indicator that is not
 * met, needs supplement or has no agreed outcome yet (its figures or the assessor's comment). Bonus
 * items never decide naming.
 */
public record VerdictProposal(Decision decision, boolean complete, List<Reason> reasons) {

  public enum Decision { NAMED, NOT_NAMED }

  /** A standard indicator with its agreed outcome (null while pending) and the text behind it. */
  public record Indicator(String code, String title, Outcome agreed, String text) {}

  /** Why the proposal is not to name: an indicator, its outcome (null: pending) and its figure or comment. */
  public record Reason(String code, String title, Outcome outcome, String text) {}

  public static VerdictProposal of(List<Indicator> standardIndicators) {
    List<Reason> reasons = new ArrayList<>();
    boolean complete = true;
    for (Indicator i : standardIndicators) {
      if (i.agreed() == null) {
        complete = false;
        reasons.add(new Reason(i.code(), i.title(), null, "尚未形成评定结论"));
      } else if (i.agreed() != Outcome.MET) {
        String text = i.text() == null || i.text().isBlank() ? (i.agreed() == Outcome.NOT_MET ? "未达标" : "需补充材料") : i.text();
        reasons.add(new Reason(i.code(), i.title(), i.agreed(), text));
      }
    }
    boolean named = !standardIndicators.isEmpty() && reasons.isEmpty();
    return new VerdictProposal(named ? Decision.NAMED : Decision.NOT_NAMED, complete, List.copyOf(reasons));
  }
}
