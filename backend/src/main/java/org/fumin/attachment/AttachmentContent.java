package org.fumin.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Content that has been stored, once per SHA-256, and in which store. Written by a native insert (see the service). */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent extends PanacheEntityBase {

  @Id
  public String sha256;

  @Column(name = "size_bytes")
  public long sizeBytes;

  public String store;

  @Column(name = "created_at")
  public Instant createdAt;
}
