package org.fumin.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypeTest {

  @TempDir Path dir;

  private boolean matches(FileType type, byte[] content) throws IOException {
    Path file = Files.write(dir.resolve("f" + System.nanoTime()), content);
    byte[] head = java.util.Arrays.copyOf(content, FileType.SNIFF_BYTES);
    return type.matches(file, head, Math.min(content.length, FileType.SNIFF_BYTES));
  }

  @Test
  void eachTypeKnowsItsOwnContent() throws IOException {
    assertThat(matches(FileType.PDF, Samples.pdf("a"))).isTrue();
    assertThat(matches(FileType.PNG, Samples.png("a"))).isTrue();
    assertThat(matches(FileType.JPEG, Samples.jpeg("a"))).isTrue();
    assertThat(matches(FileType.DOCX, Samples.docx("a"))).isTrue();
    assertThat(matches(FileType.XLSX, Samples.xlsx("a"))).isTrue();
    assertThat(matches(FileType.OFD, Samples.ofd("a"))).isTrue();
  }

  @Test
  void zipPackagesMustHoldTheirFormatsEntries() throws IOException {
    assertThat(matches(FileType.DOCX, Samples.xlsx("a"))).isFalse();
    assertThat(matches(FileType.XLSX, Samples.docx("a"))).isFalse();
    assertThat(matches(FileType.OFD, Samples.plainZip("a"))).isFalse();
    assertThat(matches(FileType.DOCX, Samples.concat(new byte[] {0x50, 0x4B, 0x03, 0x04}, "broken".getBytes()))).isFalse();
  }

  @Test
  void programsAreRecognised() {
    assertThat(FileType.looksExecutable(Samples.windowsProgram(), 8)).isTrue();
    assertThat(FileType.looksExecutable(Samples.elfProgram(), 8)).isTrue();
    assertThat(FileType.looksExecutable("#!/bin/sh".getBytes(), 8)).isTrue();
    assertThat(FileType.looksExecutable(Samples.pdf("a"), 8)).isFalse();
  }

  @Test
  void extensionsMapToTypes() {
    assertThat(FileType.forExtension("jpg")).contains(FileType.JPEG);
    assertThat(FileType.forExtension("jpeg")).contains(FileType.JPEG);
    assertThat(FileType.forExtension("exe")).isEmpty();
  }
}
