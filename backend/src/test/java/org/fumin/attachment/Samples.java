package org.fumin.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made here: a PDF, images, OOXML and OFD packages, and impostors. */
final class Samples {

  private Samples() {}

  /** A minimal PDF; {@code salt} makes its bytes (and hash) unique to the test. */
  static byte[] pdf(String salt) {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + "% " + salt + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** A PDF of about {@code size} bytes (random filler in a comment), for range and chunk tests. */
  static byte[] largePdf(int size, long seed) {
    byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }

  static byte[] png(String salt) {
    return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'},
        salt.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] jpeg(String salt) {
    return concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0},
        salt.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] docx(String salt) {
    return zip(salt, "[Content_Types].xml", "_rels/.rels", "word/document.xml");
  }

  static byte[] xlsx(String salt) {
    return zip(salt, "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml");
  }

  static byte[] ofd(String salt) {
    return zip(salt, "OFD.xml", "Doc_0/Document.xml");
  }

  /** A ZIP that is neither a Word document nor a workbook. */
  static byte[] plainZip(String salt) {
    return zip(salt, "readme.txt");
  }

  /** The start of a Windows program (PE): "MZ" and the DOS stub message. */
  static byte[] windowsProgram() {
    return concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[58],
        "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] elfProgram() {
    return new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  }

  private static byte[] zip(String salt, String... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(("<x>" + salt + "</x>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
