package org.fumin.importing;

import java.util.List;
import java.util.Locale;

/**
 * One column of an import file: its key (the English header, also the JSON property), its Chinese
 * header, further accepted spellings, whether a value is required, the values an enumeration
 * allows (XLSX templates offer them as a drop-down) and the example row's value.
 */
public record ImportColumn(String key, String zh, List<String> aliases, boolean required, List<String> allowed, String example) {

  public static ImportColumn required(String key, String zh, String example, String... aliases) {
    return new ImportColumn(key, zh, List.of(aliases), true, List.of(), example);
  }

  public static ImportColumn optional(String key, String zh, String example, String... aliases) {
    return new ImportColumn(key, zh, List.of(aliases), false, List.of(), example);
  }

  public ImportColumn allowing(List<String> values) {
    return new ImportColumn(key, zh, aliases, required, List.copyOf(values), example);
  }

  /** Whether a header cell names this column (Chinese header, key or alias; case and spaces ignored). */
  public boolean matches(String header) {
    String h = normalise(header);
    return h.equals(normalise(zh)) || h.equals(normalise(key)) || aliases.stream().anyMatch(a -> h.equals(normalise(a)));
  }

  /** The header as the template writes it: Chinese, with the key after a slash ({@code 行政区划代码/code}). */
  public String header() {
    return zh + "/" + key;
  }

  private static String normalise(String header) {
    String h = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
    int slash = h.indexOf('/');
    // "行政区划代码/code" as the templates write it: either half names the column
    return slash > 0 ? h.substring(0, slash) : h;
  }
}
