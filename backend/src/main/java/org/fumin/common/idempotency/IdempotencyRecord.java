package org.fumin.common.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first answer to a create made with an {@code Idempotency-Key}, by one caller. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

  @EmbeddedId
  public Key key;

  @Column(name = "request_hash")
  public String requestHash;

  /** 0 while the first attempt runs, then the answer's status. */
  public int status;

  public String location;

  public String etag;

  /** The answer's body, empty when it carried a one-time secret. */
  public String body;

  @Column(name = "secret_withheld")
  public boolean secretWithheld;

  @Column(name = "created_at")
  public Instant createdAt;

  /** Whose key, for which operation, which key. */
  @Embeddable
  public record Key(
      @Column(name = "caller") String caller,
      @Column(name = "operation") String operation,
      @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {}
}
