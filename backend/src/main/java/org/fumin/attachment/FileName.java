package org.fumin.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for the name a file is shown and offered under. The name is never used to store the
 * file (the content's hash is), but it reaches people's desktops on download, so names that
 * disguise an executable or smuggle a path are refused rather than silently changed.
 */
public final class FileName {

  public static final int MAX_LENGTH = 200;

  /**
   * Extensions of files a desktop would run or open as a program. Any dot-separated part of a
   * name that is one of these is refused: {@code x.pdf.exe} (runs), and {@code x.exe.pdf} too
   * (with extensions hidden it reads as {@code x.exe}, the classic lure).
   */
  static final Set<String> EXECUTABLE = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi", "msp", "mst", "dll",
      "cpl", "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh", "ws", "ps1", "psm1", "psd1", "hta", "jar", "sh", "bash",
      "zsh", "csh", "ksh", "py", "pyw", "pl", "rb", "php", "apk", "app", "lnk", "reg", "scf", "inf", "url", "gadget",
      "msc", "application", "appref-ms", "iso", "img", "vhd", "vhdx", "dmg", "pkg", "deb", "rpm", "run", "bin", "elf",
      "out", "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppsm", "sldm", "html", "htm", "xhtml", "svg",
      "mht", "mhtml", "chm", "swf", "action", "command", "workflow", "desktop");

  /** Why a name is refused: the message key of the violation. */
  public enum Refusal {
    BLANK("attachment.name-blank"),
    TOO_LONG("attachment.name-too-long"),
    PATH("attachment.name-path"),
    CHARACTERS("attachment.name-characters"),
    NO_EXTENSION("attachment.extension-missing"),
    HIDDEN_EXECUTABLE("attachment.name-executable");

    private final String messageKey;

    Refusal(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private FileName() {}

  /** The name as it will be shown: surrounding blanks trimmed, Unicode composed (NFC). */
  public static String display(String uploaded) {
    return uploaded == null ? "" : Normalizer.normalize(uploaded.strip(), Normalizer.Form.NFC);
  }

  /** Why this display name is refused, or empty when it is acceptable. */
  public static Optional<Refusal> check(String name) {
    if (name.isEmpty()) {
      return Optional.of(Refusal.BLANK);
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      return Optional.of(Refusal.TOO_LONG);
    }
    if (name.contains("/") || name.contains("\\") || name.contains(":") || name.equals(".") || name.equals("..")
        || name.startsWith("..")) {
      return Optional.of(Refusal.PATH);
    }
    if (name.codePoints().anyMatch(FileName::forbidden)) {
      return Optional.of(Refusal.CHARACTERS);
    }
    String[] parts = name.split("\\.", -1);
    if (parts.length < 2 || parts[parts.length - 1].isEmpty() || parts[0].isEmpty()) {
      return Optional.of(Refusal.NO_EXTENSION);
    }
    for (int i = 1; i < parts.length; i++) {
      if (EXECUTABLE.contains(parts[i].strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(Refusal.HIDDEN_EXECUTABLE);
      }
    }
    return Optional.empty();
  }

  /** The extension (after the last dot), lower case. */
  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Control characters (NUL, line breaks), invisible formatting characters (bidirectional
   * overrides that show {@code exe.pdf} as {@code fdp.exe}, zero-width joiners), unpaired
   * surrogates, private-use and unassigned code points.
   */
  private static boolean forbidden(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
