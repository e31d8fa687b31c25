package org.fumin.attachment;

import java.time.Instant;

/** The records at the attachment API's boundary. */
public final class AttachmentApi {

  private AttachmentApi() {}

  /** An attachment's metadata, as the contract's {@code Attachment}. */
  public record AttachmentView(long id, long nominationId, String indicatorCode, String fileName, String contentType,
      long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy, Instant removedAt, String removedBy) {

    static AttachmentView from(Attachment a) {
      return new AttachmentView(a.id, a.nominationId, a.indicatorCode, a.fileName, a.contentType, a.sizeBytes, a.sha256,
          a.uploadedAt, a.uploadedBy, a.removedAt, a.removedBy);
    }

    /** As it was while attached to a recorded state (a submitted revision): without a later removal. */
    public AttachmentView asAttached() {
      return new AttachmentView(id, nominationId, indicatorCode, fileName, contentType, sizeBytes, sha256, uploadedAt,
          uploadedBy, null, null);
    }
  }

  /** An attachment of a typical case, as the contract's {@code CaseAttachment}. */
  public record CaseAttachmentView(long id, long caseId, String fileName, String contentType, long sizeBytes, String sha256,
      Instant uploadedAt, String uploadedBy) {

    static CaseAttachmentView from(Attachment a) {
      return new CaseAttachmentView(a.id, a.caseId, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedAt,
          a.uploadedBy);
    }
  }

  /** What makes two uploads to a case the same request for {@code Idempotency-Key}: the case, the name and the content. */
  public record CaseUploadFingerprint(long caseId, String fileName, String sha256) {}

  /** What a download needs of an attachment the caller may read: its id, name, type, size and content hash. */
  public record Stored(long id, String fileName, String contentType, long sizeBytes, String sha256) {}

  /** What makes two uploads the same request for {@code Idempotency-Key}: the item, the name and the content. */
  public record UploadFingerprint(long nominationId, String indicatorCode, String fileName, String sha256) {}
}
