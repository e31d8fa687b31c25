package org.fumin.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fumin.attachment.AttachmentOwners;
import org.fumin.auth.Caller;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.programme.CaseAction;

/**
 * Answers the attachment store for typical cases: photos and files may be changed exactly when the
 * case may be saved (its district admin, a draft or returned case), read by whoever may read the
 * case, and read by anyone once the case is published.
 */
@ApplicationScoped
public class CaseAttachmentOwners implements AttachmentOwners {

  @Inject CaseService cases;
  @Inject Caller caller;

  @Override
  public Kind kind() {
    return Kind.TYPICAL_CASE;
  }

  @Override
  public Owner requireEditable(long caseId, String code) {
    TypicalCase c = cases.find(caseId, false);
    if (!CaseAction.SAVE.allows(caller.role())) {
      throw new ProblemException(ProblemType.FORBIDDEN, "case.not-yours",
          new ProblemException.Message("case-action." + CaseAction.SAVE.name()));
    }
    cases.check(c, CaseAction.SAVE);
    return owner(c);
  }

  @Override
  public Owner requireReadable(long caseId, String code) {
    return owner(cases.find(caseId, false));
  }

  @Override
  public Owner requirePublic(long caseId, String code) {
    return owner(cases.find(caseId, true));
  }

  private static Owner owner(TypicalCase c) {
    return Owner.typicalCase(c.id, c.districtId, c.townshipId);
  }
}
