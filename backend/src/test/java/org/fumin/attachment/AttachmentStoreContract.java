package org.fumin.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What every {@link AttachmentStore} promises; run against each store. */
abstract class AttachmentStoreContract {

  abstract AttachmentStore store();

  /** Stores as the application does (the PostgreSQL store writes inside the caller's transaction). */
  void put(String sha256, long size, InputStream content) throws IOException {
    store().put(sha256, size, content);
  }

  @Test
  void contentComesBackWholeAndInRangesAcrossChunks() throws IOException {
    byte[] content = Samples.largePdf(PostgresAttachmentStore.CHUNK * 2 + 4321, System.nanoTime());
    String sha256 = AttachmentTest.sha256(content);
    put(sha256, content.length, new ByteArrayInputStream(content));
    assertThat(read(sha256, 0, content.length)).isEqualTo(content);
    int from = PostgresAttachmentStore.CHUNK - 7;
    int length = PostgresAttachmentStore.CHUNK + 20;
    assertThat(read(sha256, from, length)).isEqualTo(Arrays.copyOfRange(content, from, from + length));
    assertThat(read(sha256, content.length - 5, 5)).isEqualTo(Arrays.copyOfRange(content, content.length - 5, content.length));
    assertThat(read(sha256, 3, 1)).containsExactly(content[3]);
  }

  @Test
  void contentExistsOnlyOnceStoredAndStoringItAgainIsHarmless() throws IOException {
    byte[] content = Samples.pdf("exists-" + System.nanoTime());
    String sha256 = AttachmentTest.sha256(content);
    assertThat(store().exists(sha256)).isFalse();
    put(sha256, content.length, new ByteArrayInputStream(content));
    assertThat(store().exists(sha256)).isTrue();
    put(sha256, content.length, new ByteArrayInputStream(content));
    assertThat(read(sha256, 0, content.length)).isEqualTo(content);
  }

  @Test
  void bytesThatDoNotHaveTheAnnouncedHashAreRefusedAndNotStored() {
    byte[] content = Samples.pdf("mismatch-" + System.nanoTime());
    String wrong = AttachmentTest.sha256(Samples.pdf("something else " + System.nanoTime()));
    assertThatThrownBy(() -> put(wrong, content.length, new ByteArrayInputStream(content)))
        .isInstanceOf(AttachmentStore.ContentMismatchException.class);
    assertThat(exists(wrong)).isFalse();
  }

  @Test
  void readingContentThatIsNotThereFails() {
    String missing = AttachmentTest.sha256(("missing " + System.nanoTime()).getBytes());
    assertThatThrownBy(() -> read(missing, 0, 10)).isInstanceOf(IOException.class);
  }

  private boolean exists(String sha256) {
    try {
      return store().exists(sha256);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private byte[] read(String sha256, long offset, long length) throws IOException {
    try (InputStream in = store().open(sha256, offset, length)) {
      return in.readAllBytes();
    }
  }
}
