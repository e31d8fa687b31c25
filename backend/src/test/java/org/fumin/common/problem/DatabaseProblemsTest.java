package org.fumin.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/** What the database refuses, or an outage of it, becomes a 4xx or 503 problem, never a 500. */
class DatabaseProblemsTest {

  private final ProblemMappers mappers = new ProblemMappers();

  private static PSQLException refusal(String state, String message, String detail, String column) {
    String fields = "SERROR\0C" + state + "\0M" + message + "\0" + (detail == null ? "" : "D" + detail + "\0")
        + (column == null ? "" : "c" + column + "\0");
    return new PSQLException(new ServerErrorMessage(fields));
  }

  private static Problem body(Response response) {
    return (Problem) response.getEntity();
  }

  @Test
  void aViolatedCheckConstraintIsAConflict() {
    Response response = mappers.persistence(new PersistenceException(
        refusal("23514", "new row violates check constraint \"quota_positive\"", null, null)));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response).type()).isEqualTo("urn:fumin:problem:conflict");
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
  }

  @Test
  void aMissingRequiredValueIsABadRequestNamingTheField() {
    Response response = mappers.persistence(new PersistenceException(
        refusal("23502", "null value in column \"district_id\" violates not-null constraint", null, "district_id")));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response).violations()).extracting(Problem.Violation::field).containsExactly("districtId");
  }

  @Test
  void aReferenceToNothingIsABadRequestAndAStillReferencedRowAConflict() {
    Response unknown = mappers.persistence(new PersistenceException(refusal("23503",
        "insert or update on table \"township\" violates foreign key constraint",
        "Key (district_id)=(99) is not present in table \"district\".", null)));
    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(body(unknown).violations()).extracting(Problem.Violation::field).containsExactly("districtId");
    Response referenced = mappers.persistence(new PersistenceException(refusal("23503",
        "update or delete on table \"district\" violates foreign key constraint",
        "Key (id)=(7) is still referenced from table \"township\".", null)));
    assertThat(referenced.getStatus()).isEqualTo(409);
    assertThat(body(referenced).type()).isEqualTo("urn:fumin:problem:still-referenced");
  }

  @Test
  void aUniqueViolationStaysADuplicate() {
    Response response = mappers.persistence(new PersistenceException(refusal("23505", "duplicate key", null, null)));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response).type()).isEqualTo("urn:fumin:problem:duplicate");
  }

  @Test
  void aDatabaseOutageIsUnavailableWithRetryAfter() {
    for (Throwable outage : new Throwable[] {
        new PersistenceException(new PSQLException("Connection to localhost:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT)),
        new PersistenceException(refusal("57P01", "terminating connection due to administrator command", null, null)),
        new PersistenceException(refusal("57P03", "the database system is starting up", null, null)),
        new RuntimeException(new SQLException("Sorry, acquisition timeout!")),
        new IllegalStateException(new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)),
        failedCommit(),
    }) {
      Response response = outage instanceof PersistenceException p ? mappers.persistence(p) : mappers.unexpected(outage);
      assertThat(response.getStatus()).as(outage.toString()).isEqualTo(503);
      assertThat(response.getHeaderString("Retry-After")).isEqualTo(Long.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
      assertThat(body(response).type()).isEqualTo("urn:fumin:problem:unavailable");
    }
  }

  /** How a commit on a connection that died reaches the mappers: the cause is only a suppressed exception. */
  private static Throwable failedCommit() {
    jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(new IllegalStateException(
        new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));
    return new RuntimeException("Error invoking subclass method", rollback);
  }

  @Test
  void aRefusedValueIsABadRequest() {
    Response response = mappers.persistence(new PersistenceException(
        new PSQLException("Zero bytes may not occur in string parameters.", PSQLState.INVALID_PARAMETER_VALUE)));
    assertThat(response.getStatus()).isEqualTo(400);
  }

  @Test
  void anythingElseIsStillInternal() {
    assertThat(mappers.unexpected(new IllegalStateException("bug")).getStatus()).isEqualTo(500);
  }
}
