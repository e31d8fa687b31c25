package org.fumin.attachment;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with a file name every browser can use (RFC 6266): an
 * ASCII {@code filename} for old clients and the real name, UTF-8 percent-encoded, in
 * {@code filename*} (RFC 8187).
 */
public final class ContentDisposition {

  private ContentDisposition() {}

  /** The header for {@code name}; {@code fallback} is the ASCII name used when {@code name} is not ASCII. */
  public static String attachment(String name, String fallback) {
    String ascii = isPlainAscii(name) ? name : fallback;
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
  }

  /** Printable ASCII without the characters a quoted string would have to escape. */
  static boolean isPlainAscii(String name) {
    return name.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%');
  }

  /** RFC 8187 {@code value-chars}: attr-chars as they are, every other byte of the UTF-8 form as {@code %XX}. */
  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
