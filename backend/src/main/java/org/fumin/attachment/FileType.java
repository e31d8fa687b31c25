package org.fumin.attachment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The kinds of file evidence may carry, each recognised by its extension <em>and</em> its content:
 * the leading bytes, and for the ZIP-based formats the package entries that make the format.
 */
public enum FileType {
  PDF("application/pdf", List.of("pdf"), bytes("%PDF-")),
  JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), Zip.MAGIC),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), Zip.MAGIC),
  /** China's fixed-layout document format (GB/T 33190), a ZIP package with {@code OFD.xml} at its root. */
  OFD("application/ofd", List.of("ofd"), Zip.MAGIC);

  /** The most leading bytes any type needs to be recognised. */
  public static final int SNIFF_BYTES = 8;

  private final String mediaType;
  private final List<String> extensions;
  private final byte[] magic;

  FileType(String mediaType, List<String> extensions, byte[] magic) {
    this.mediaType = mediaType;
    this.extensions = extensions;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type this extension (lower case, without the dot) names, if it is allowed. */
  public static Optional<FileType> forExtension(String extension) {
    return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
  }

  public static Optional<FileType> forMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }

  /** Whether the content starts like this type. */
  public boolean startsLike(byte[] head, int length) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the whole file is this type: the leading bytes, and for the ZIP-based formats a package
   * that opens and holds the entries of the format. Only the ZIP's directory is read, nothing is
   * unpacked.
   */
  public boolean matches(Path file, byte[] head, int length) {
    if (!startsLike(head, length)) {
      return false;
    }
    return switch (this) {
      case DOCX -> Zip.holds(file, "[Content_Types].xml", "word/");
      case XLSX -> Zip.holds(file, "[Content_Types].xml", "xl/");
      case OFD -> Zip.holds(file, "OFD.xml", null);
      default -> true;
    };
  }

  /** Leading bytes of programs: Windows PE ({@code MZ}), ELF, Mach-O, scripts ({@code #!}). */
  public static boolean looksExecutable(byte[] head, int length) {
    if (length >= 2 && head[0] == 'M' && head[1] == 'Z') {
      return true;
    }
    if (length >= 2 && head[0] == '#' && head[1] == '!') {
      return true;
    }
    if (length >= 4 && head[0] == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
      return true;
    }
    if (length >= 4) {
      int word = ((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
      return word == 0xFEEDFACE || word == 0xFEEDFACF || word == 0xCEFAEDFE || word == 0xCFFAEDFE || word == 0xCAFEBABE;
    }
    return false;
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** ZIP packages (OOXML, OFD). */
  private static final class Zip {
    static final byte[] MAGIC = {0x50, 0x4B, 0x03, 0x04};

    /** The package opens and holds an entry named {@code exact} and, when given, one under {@code folder}. */
    static boolean holds(Path file, String exact, String folder) {
      try (ZipFile zip = new ZipFile(file.toFile())) {
        if (zip.getEntry(exact) == null) {
          return false;
        }
        return folder == null || zip.stream().anyMatch(e -> e.getName().startsWith(folder));
      } catch (IOException | RuntimeException notAZip) {
        return false;
      }
    }
  }
}
