package org.fumin.importing;

import java.util.regex.Pattern;

/** Checks of single cells shared by the importers; each reports its problem and answers the value or null. */
final class Cells {

  static final Pattern DISTRICT_CODE = Pattern.compile("[0-9]{6}");
  static final Pattern TOWNSHIP_CODE = Pattern.compile("[0-9]{9}|[0-9]{12}");
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  private Cells() {}

  static String required(Findings findings, SourceRow row, String column) {
    String value = row.get(column);
    if (value == null) {
      findings.error(row.row(), column, "required");
    }
    return value;
  }

  static String text(Findings findings, SourceRow row, String column, int max, boolean required) {
    String value = required ? required(findings, row, column) : row.get(column);
    if (value != null && value.length() > max) {
      findings.error(row.row(), column, "too-long", max);
      return null;
    }
    return value;
  }

  static String code(Findings findings, SourceRow row, String column, Pattern pattern, String shape, boolean required) {
    String value = required ? required(findings, row, column) : row.get(column);
    if (value != null && !pattern.matcher(value).matches()) {
      findings.error(row.row(), column, "invalid-format", shape);
      return null;
    }
    return value;
  }
}
