package org.fumin.attachment;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The store contract on the default store: 1 MiB chunks of bytea rows in the test database. */
@QuarkusTest
class PostgresAttachmentStoreTest extends AttachmentStoreContract {

  @Inject EntityManager em;
  @Inject AgroalDataSource dataSource;

  @Override
  AttachmentStore store() {
    return new PostgresAttachmentStore(em, dataSource);
  }

  /** In a transaction of its own, as the service's; a failure rolls the chunks back. */
  @Override
  void put(String sha256, long size, InputStream content) throws IOException {
    try {
      QuarkusTransaction.requiringNew().run(() -> {
        try {
          store().put(sha256, size, content);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
