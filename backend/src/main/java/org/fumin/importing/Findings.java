package org.fumin.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems an import finds, by row (as in the file: the header is row 1), column and code.
 * Identical problems (same code, column and arguments) are grouped with the rows they occur on,
 * so 10,000 rows with the same mistake make one entry, not 10,000.
 */
public final class Findings {

  /** How many row numbers one group keeps; {@code count} still counts them all. */
  static final int ROWS_KEPT = 1000;

  /** One kind of problem and where it occurs; {@code arguments} are formatted into the message. */
  public record Group(String code, String column, List<String> arguments, List<Integer> rows, int count) {}

  private final Map<List<String>, GroupBuilder> errors = new LinkedHashMap<>();
  private final Map<List<String>, GroupBuilder> warnings = new LinkedHashMap<>();
  private final Set<Integer> rejectedRows = new HashSet<>();

  public void error(int row, String column, String code, Object... arguments) {
    errorWith(row, column, code, Arrays.asList(arguments));
  }

  private void errorWith(int row, String column, String code, List<?> arguments) {
    add(errors, row, column, code, arguments);
    if (row > 1) {
      rejectedRows.add(row);
    }
  }

  public void warning(int row, String column, String code, Object... arguments) {
    add(warnings, row, column, code, Arrays.asList(arguments));
  }

  /**
   * A row the owning service refused when it was written (a rule only the service checks): the
   * service's own message, in the caller's language when the report is shown.
   */
  public void refused(int row, String column, org.fumin.common.problem.ProblemException problem) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(problem.detailKey());
    arguments.addAll(arguments(problem));
    errorWith(row, column, "refused", arguments);
  }

  /** A refusal of the owning service that is itself an import problem with this code, with its arguments. */
  public void error(int row, String column, String code, org.fumin.common.problem.ProblemException problem) {
    errorWith(row, column, code, arguments(problem));
  }

  /** A problem's arguments as a report keeps them: a nested message by its key. */
  private static List<Object> arguments(org.fumin.common.problem.ProblemException problem) {
    return problem.arguments().stream()
        .map(a -> a instanceof org.fumin.common.problem.ProblemException.Message m ? (Object) ("msg:" + m.key()) : a)
        .toList();
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public boolean rejected(int row) {
    return rejectedRows.contains(row);
  }

  public int rejectedCount() {
    return rejectedRows.size();
  }

  public List<Group> errors() {
    return errors.values().stream().map(GroupBuilder::build).toList();
  }

  public List<Group> warnings() {
    return warnings.values().stream().map(GroupBuilder::build).toList();
  }

  private static void add(Map<List<String>, GroupBuilder> groups, int row, String column, String code, List<?> arguments) {
    List<String> args = arguments.stream().map(String::valueOf).toList();
    List<String> key = new ArrayList<>();
    key.add(code);
    key.add(String.valueOf(column));
    key.addAll(args);
    groups.computeIfAbsent(key, k -> new GroupBuilder(code, column, args)).add(row);
  }

  private static final class GroupBuilder {
    final String code;
    final String column;
    final List<String> arguments;
    final List<Integer> rows = new ArrayList<>();
    int count;

    GroupBuilder(String code, String column, List<String> arguments) {
      this.code = code;
      this.column = column;
      this.arguments = arguments;
    }

    void add(int row) {
      count++;
      if (rows.size() < ROWS_KEPT) {
        rows.add(row);
      }
    }

    Group build() {
      return new Group(code, column, arguments, List.copyOf(rows), count);
    }
  }
}
