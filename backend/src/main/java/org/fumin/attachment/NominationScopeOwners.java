package org.fumin.attachment;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fumin.auth.Caller;
import org.fumin.auth.Role;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.nomination.Nomination;
import org.fumin.nomination.NominationService;

/**
 * Used only when no feature provides {@link AttachmentOwners} (the evidence feature does): the
 * nomination's scope decides who may read, and only a township operator (of a township in scope)
 * may change attachments. Knows nothing of evidence states or deadlines.
 */
@DefaultBean
@ApplicationScoped
public class NominationScopeOwners implements AttachmentOwners {

  @Inject NominationService nominations;
  @Inject Caller caller;

  @Override
  public Owner requireEditable(long nominationId, String indicatorCode) {
    Owner owner = requireReadable(nominationId, indicatorCode);
    if (caller.role() != Role.TOWNSHIP_OPERATOR) {
      throw new ProblemException(ProblemType.FORBIDDEN, ProblemType.FORBIDDEN.detailKey());
    }
    return owner;
  }

  @Override
  public Owner requireReadable(long nominationId, String indicatorCode) {
    Nomination nomination = nominations.find(nominationId);
    return new Owner(nomination.id, indicatorCode, nomination.districtId, nomination.township.id);
  }
}
