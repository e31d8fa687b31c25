package org.fumin.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One attachment an evidence revision had: recorded when the revision is saved and again when it is
 * submitted; a submitted revision's set is never changed again.
 */
@Entity
@Table(name = "evidence_revision_attachment")
public class RevisionAttachment extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** The {@link SavedEvidence} row (not the revision number). */
  @Column(name = "revision_id", updatable = false)
  public long revisionId;

  @Column(name = "attachment_id", updatable = false)
  public long attachmentId;

  static RevisionAttachment of(long revisionId, long attachmentId) {
    RevisionAttachment link = new RevisionAttachment();
    link.revisionId = revisionId;
    link.attachmentId = attachmentId;
    return link;
  }
}
