package org.fumin.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.fumin.common.Hashes;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.fumin.common.web.Created;

/**
 * Creates that can be retried safely. The key is reserved in the same transaction as the create,
 * so a concurrent retry waits for the first attempt and then replays its answer; a failed first
 * attempt rolls the reservation back and a retry runs afresh.
 */
@ApplicationScoped
@Transactional
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  public Response create(String key, String operation, Object request, Supplier<Created<?>> action) {
    if (key == null) {
      return action.get().toResponse();
    }
    if (!VALID_KEY.matcher(key).matches()) {
      throw ProblemException.invalidField(HEADER, "violation.idempotency-key");
    }
    String hash = Hashes.sha256(operation + "\n" + write(request));
    int reserved = em.createNativeQuery("""
            insert into idempotency_record (idempotency_key, operation, request_hash, status, body)
            values (?1, ?2, ?3, 0, '')
            on conflict (operation, idempotency_key) do update
              set request_hash = excluded.request_hash, status = 0, body = '', location = null,
                  etag = null, created_at = now()
              where idempotency_record.created_at < now() - interval '24 hours'""")
        .setParameter(1, key).setParameter(2, operation).setParameter(3, hash)
        .executeUpdate();
    if (reserved == 0) {
      return replay(key, operation, hash);
    }
    Created<?> created = action.get();
    em.createNativeQuery("""
            update idempotency_record set status = 201, body = ?3, location = ?4, etag = ?5
            where operation = ?1 and idempotency_key = ?2""")
        .setParameter(1, operation).setParameter(2, key).setParameter(3, write(created.body()))
        .setParameter(4, created.location()).setParameter(5, created.etag())
        .executeUpdate();
    return created.toResponse();
  }

  private Response replay(String key, String operation, String hash) {
    Object[] row = (Object[]) em.createNativeQuery("""
            select request_hash, status, body, location, etag from idempotency_record
            where operation = ?1 and idempotency_key = ?2""")
        .setParameter(1, operation).setParameter(2, key)
        .getSingleResult();
    if (!hash.equals(row[0])) {
      throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "problem.idempotency-key-reused.detail");
    }
    Response.ResponseBuilder replay = Response.status((Integer) row[1])
        .entity(row[2])
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(REPLAYED_HEADER, "true");
    if (row[3] != null) {
      replay.location(URI.create((String) row[3]));
    }
    if (row[4] != null) {
      replay.tag(EntityTag.valueOf((String) row[4]));
    }
    return replay.build();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise " + value.getClass(), e);
    }
  }
}
