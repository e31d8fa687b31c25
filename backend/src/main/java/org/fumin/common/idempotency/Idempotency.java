package org.fumin.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.fumin.auth.Caller;
import org.fumin.common.Hashes;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.Created;

/**
 * Creates that can be retried safely. A record belongs to (caller, operation, key): another caller
 * using the same key runs afresh and never sees this caller's answer. The key is reserved in the
 * same transaction as the create, so a concurrent retry waits for the first attempt and then
 * replays its answer; a failed first attempt rolls the reservation back and a retry runs afresh.
 * Answers that carry a one-time secret ({@link OneTimeSecret}) are not kept: their replay is a 409
 * naming where the created object is.
 */
@ApplicationScoped
@Transactional
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");
  /** How long a key is remembered; after that the same key starts a new create. */
  private static final Duration REMEMBERED = Duration.ofHours(24);

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject Caller caller;
  @Inject InstantSource clock;

  public Response create(String key, String operation, Object request, Supplier<Created<?>> action) {
    if (key == null) {
      return answer(action.get());
    }
    if (!VALID_KEY.matcher(key).matches()) {
      throw ProblemException.invalidField(HEADER, "violation.idempotency-key");
    }
    IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller.kind().name() + ":" + caller.id(), operation, key);
    String hash = Hashes.sha256(operation + "\n" + write(request));
    if (!reserve(id, hash, clock.instant())) {
      return replay(id, hash);
    }
    Created<?> created = action.get();
    IdempotencyRecord record = IdempotencyRecord.findById(id);
    record.status = 201;
    record.location = created.location();
    record.etag = created.etag();
    record.secretWithheld = created.body() instanceof OneTimeSecret;
    record.body = record.secretWithheld ? "" : write(created.body());
    return answer(created);
  }

  /**
   * PostgreSQL's {@code insert ... on conflict}: reserves the key atomically (a concurrent retry
   * waits on the row) and takes over a record older than {@link #REMEMBERED}. False when the key
   * is held by an earlier request of this caller.
   */
  private boolean reserve(IdempotencyRecord.Key id, String requestHash, Instant now) {
    return em.createNativeQuery("""
            insert into idempotency_record (caller, operation, idempotency_key, request_hash, status, body, created_at)
            values (?1, ?2, ?3, ?4, 0, '', ?5)
            on conflict (caller, operation, idempotency_key) do update
              set request_hash = excluded.request_hash, status = 0, body = '', location = null, etag = null,
                  secret_withheld = false, created_at = excluded.created_at
              where idempotency_record.created_at < ?6""")
        .setParameter(1, id.caller()).setParameter(2, id.operation()).setParameter(3, id.idempotencyKey())
        .setParameter(4, requestHash).setParameter(5, now).setParameter(6, now.minus(REMEMBERED))
        .executeUpdate() == 1;
  }

  private Response replay(IdempotencyRecord.Key id, String hash) {
    IdempotencyRecord record = IdempotencyRecord.findById(id);
    if (!hash.equals(record.requestHash)) {
      throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "problem.idempotency-key-reused.detail");
    }
    if (record.secretWithheld) {
      throw new ProblemException(ProblemType.CONFLICT, "idempotency.secret-shown-once", record.location);
    }
    Response.ResponseBuilder replay = Response.status(record.status)
        .entity(record.body)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(REPLAYED_HEADER, "true");
    if (record.location != null) {
      replay.header(HttpHeaders.LOCATION, Created.path(record.location)); // never built from the Host header
    }
    if (record.etag != null) {
      replay.tag(EntityTag.valueOf(record.etag));
    }
    return replay.build();
  }

  private static Response answer(Created<?> created) {
    Response response = created.toResponse();
    if (created.body() instanceof OneTimeSecret) {
      return Response.fromResponse(response).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
    return response;
  }

  /** Forgets records created before {@code before} (housekeeping). */
  @Transactional(Transactional.TxType.MANDATORY)
  public long purge(Instant before) {
    return IdempotencyRecord.delete("createdAt < ?1", before);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + value.getClass(), e);
    }
  }
}
