package org.fumin.exporting;

import java.util.List;

/**
 * Cell text that a spreadsheet shows as text: a value starting with {@code = + - @}, tab or CR
 * would be taken for a formula (CSV/formula injection), so it gets a leading {@code '}; and CSV
 * quoting per RFC 4180.
 */
public final class SafeCells {

  /** The byte order mark that makes Excel read a CSV file as UTF-8. */
  public static final String BOM = "\uFEFF";

  private SafeCells() {}

  public static String neutralise(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
  }

  /** One CSV line (with CRLF) of neutralised, quoted-where-needed cells. */
  public static String csvLine(List<?> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      Object cell = cells.get(i);
      String text = cell instanceof Number || cell instanceof Boolean ? cell.toString() : neutralise(cell == null ? null : cell.toString());
      if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
      } else {
        line.append(text);
      }
    }
    return line.append("\r\n").toString();
  }
}
