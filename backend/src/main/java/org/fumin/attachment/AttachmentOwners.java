package org.fumin.attachment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fumin.common.problem.ProblemException;

/**
 * Who may add, remove and read the attachments of what they hang on. The feature that owns the
 * holder (its state, scope and deadlines) implements this for its kind; the attachment store only
 * asks the implementation of the holder's kind.
 */
public interface AttachmentOwners {

  /** What attachments hang on. */
  enum Kind { EVIDENCE_ITEM, TYPICAL_CASE }

  /**
   * The holder an attachment belongs to, with the scope a download is checked against: an evidence
   * item is its nomination's id and the indicator code, a typical case its id (no code).
   */
  record Owner(Kind kind, long id, String code, long districtId, long townshipId) {

    public static Owner evidenceItem(long nominationId, String indicatorCode, long districtId, long townshipId) {
      return new Owner(Kind.EVIDENCE_ITEM, nominationId, indicatorCode, districtId, townshipId);
    }

    public static Owner typicalCase(long caseId, long districtId, long townshipId) {
      return new Owner(Kind.TYPICAL_CASE, caseId, null, districtId, townshipId);
    }

    public long nominationId() {
      return id;
    }

    public String indicatorCode() {
      return code;
    }
  }

  /** The kind of holder this implementation answers for (one implementation per kind). */
  Kind kind();

  /**
   * The holder whose attachments the caller may change now (scope, role, state, deadline);
   * otherwise throws the problem that explains why (404 outside the caller's scope, 403, 409).
   */
  Owner requireEditable(long id, String code);

  /**
   * As {@link #requireEditable}, holding the lock that every change of the holder takes (its review
   * steps too) until the transaction ends, so that nothing changes the holder between this check and
   * the attachment change. Holders without such a lock answer as {@link #requireEditable}.
   */
  default Owner lockEditable(long id, String code) {
    return requireEditable(id, code);
  }

  /** The holder whose attachments the caller may read; otherwise throws a 404 problem. */
  Owner requireReadable(long id, String code);

  /**
   * For a caller who is shown the holder as it was at a recorded point (an API key is shown an
   * evidence item as last submitted): which attachments it is shown and which it may read by id.
   * Empty for callers who see the current attachments and may read every attachment of the holder.
   */
  default Optional<Recorded> recorded(Owner owner) {
    return Optional.empty();
  }

  /** The attachments of a recorded state: those shown with it, oldest first, and all the caller may open by id. */
  record Recorded(List<Long> shown, Set<Long> readable) {}

  /** The holder whose attachments anyone may read without credentials (a published case); otherwise a 404 problem. */
  default Owner requirePublic(long id, String code) {
    throw ProblemException.notFound("entity.attachment", id);
  }
}
