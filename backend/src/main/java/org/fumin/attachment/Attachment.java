package org.fumin.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A file attached to an evidence item (nomination and indicator code) or to a typical case (case id),
 * never both; its bytes are the content with this hash in the store.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "nomination_id")
  public Long nominationId;

  @Column(name = "indicator_code")
  public String indicatorCode;

  @Column(name = "case_id")
  public Long caseId;

  @Column(name = "file_name")
  public String fileName;

  @Column(name = "content_type")
  public String contentType;

  @Column(name = "size_bytes")
  public long sizeBytes;

  public String sha256;

  @Column(name = "uploaded_at")
  public Instant uploadedAt;

  @Column(name = "uploaded_by")
  public String uploadedBy;

  /** Set when removed from its item; the row and its content stay. */
  @Column(name = "removed_at")
  public Instant removedAt;

  @Column(name = "removed_by")
  public String removedBy;

  @Version
  public long version;
}
