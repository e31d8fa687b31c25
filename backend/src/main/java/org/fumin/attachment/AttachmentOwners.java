package org.fumin.attachment;

/**
 * Who may add, remove and read the attachments of an evidence item. The evidence feature owns the
 * item's state, scope and deadlines, so it implements this; the attachment store only asks.
 */
public interface AttachmentOwners {

  /** The item an attachment belongs to, with the scope a download is checked against. */
  record Owner(long nominationId, String indicatorCode, long districtId, long townshipId) {}

  /**
   * The item whose attachments the caller may change now (scope, role, item state, deadline);
   * otherwise throws the problem that explains why (404 outside the caller's scope, 403, 409).
   */
  Owner requireEditable(long nominationId, String indicatorCode);

  /** The item whose attachments the caller may read; otherwise throws a 404 problem. */
  Owner requireReadable(long nominationId, String indicatorCode);
}
