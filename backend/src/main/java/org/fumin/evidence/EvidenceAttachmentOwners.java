package org.fumin.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.fumin.attachment.AttachmentOwners;
import org.fumin.nomination.Nomination;

/**
 * Answers the attachment store for evidence items: attachments may be changed exactly when the
 * item may be saved (the township operator, a draft or returned item, the nomination in progress,
 * the implementation phase open), and read by whoever may read the item (an API key: the files of
 * the item as last submitted).
 */
@ApplicationScoped
public class EvidenceAttachmentOwners implements AttachmentOwners {

  @Inject EvidenceService evidence;

  @Override
  public Kind kind() {
    return Kind.EVIDENCE_ITEM;
  }

  @Override
  public Owner requireEditable(long nominationId, String indicatorCode) {
    return owner(evidence.requireEditable(nominationId, indicatorCode), indicatorCode);
  }

  @Override
  public Owner lockEditable(long nominationId, String indicatorCode) {
    return owner(evidence.lockEditable(nominationId, indicatorCode), indicatorCode);
  }

  @Override
  public Owner requireReadable(long nominationId, String indicatorCode) {
    return owner(evidence.requireReadable(nominationId, indicatorCode), indicatorCode);
  }

  /** An API key is shown the item as last submitted: the files of that revision, and only submitted files by id. */
  @Override
  public Optional<Recorded> recorded(Owner owner) {
    return evidence.recordedAttachments(owner.nominationId(), owner.indicatorCode());
  }

  private Owner owner(Nomination nomination, String indicatorCode) {
    return Owner.evidenceItem(nomination.id, evidence.canonicalCode(nomination, indicatorCode), nomination.districtId,
        nomination.township.id);
  }
}
