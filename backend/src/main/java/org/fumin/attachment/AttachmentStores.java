package org.fumin.attachment;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import java.time.InstantSource;
import org.jboss.logging.Logger;

/**
 * The configured store ({@code fumin.attachments.store}). An incomplete S3 configuration, or an
 * HTTP body ceiling too small for the largest upload, stops the start.
 */
@ApplicationScoped
public class AttachmentStores {

  private static final Logger LOG = Logger.getLogger(AttachmentStores.class);
  /** Room for the multipart framing around the file (boundaries, part headers, a long file name). */
  static final long FRAMING = 64 * 1024;

  @Inject AttachmentConfig config;

  @ConfigProperty(name = "fumin.http.max-upload-body-size")
  MemorySize bodyCeiling;

  void checkLimits(@Observes StartupEvent started) {
    long needed = config.maxSize().asLongValue() + FRAMING;
    if (bodyCeiling.asLongValue() < needed) {
      throw new IllegalStateException("fumin.http.max-upload-body-size (FUMIN_MAX_UPLOAD_BODY_SIZE) must be at least "
          + needed + " bytes: fumin.attachments.max-size plus " + FRAMING + " for the multipart framing");
    }
  }

  @Produces
  @ApplicationScoped
  AttachmentStore store(AttachmentConfig config, EntityManager em, AgroalDataSource dataSource, InstantSource clock) {
    if (config.store() == AttachmentConfig.StoreKind.POSTGRES) {
      return new PostgresAttachmentStore(em, dataSource);
    }
    AttachmentConfig.S3 s3 = config.s3();
    String missing = s3.endpoint().isEmpty() ? "endpoint" : s3.bucket().isEmpty() ? "bucket"
        : s3.accessKey().isEmpty() ? "access-key" : s3.secretKey().isEmpty() ? "secret-key" : null;
    if (missing != null) {
      throw new IllegalStateException("fumin.attachments.store=s3 needs fumin.attachments.s3." + missing);
    }
    S3AttachmentStore store = new S3AttachmentStore(s3.endpoint().get(), s3.bucket().get(), s3.region(),
        s3.accessKey().get(), s3.secretKey().get(), s3.prefix(), clock);
    LOG.infof("Attachment content goes to %s", store); // names the access key, never the secret
    return store;
  }
}
