package org.fumin.importing;

import java.util.Map;

/** One data row of an import file: its number as in the file (header = row 1) and its values by column key. */
public record SourceRow(int row, Map<String, String> values) {

  /** The stripped value, or null when the cell is empty or absent. */
  public String get(String key) {
    String value = values.get(key);
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
