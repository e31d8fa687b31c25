package org.fumin.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a failure's cause chain for what the database said, or that it could not be reached. */
public final class DatabaseFailures {

  /** How long a caller should wait after an outage; a restarted PostgreSQL is back within seconds. */
  public static final long RETRY_AFTER_SECONDS = 5;
  private static final int MAX_RELATED = 64;

  private DatabaseFailures() {}

  /** The first SQL exception among the causes (and suppressed exceptions), or null. */
  public static SQLException sqlCause(Throwable e) {
    for (Throwable t : related(e)) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  /**
   * The database is down, restarting or out of connections: connection exceptions (SQLSTATE class
   * 08), an administrator or crash shutdown (57P01, 57P02), a server still starting (57P03), a
   * refused socket, or a pool acquisition timeout. A failed commit carries the cause as a
   * suppressed exception, so those are read too.
   */
  public static boolean isOutage(Throwable e) {
    for (Throwable t : related(e)) {
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
            || state.equals("57P03"))) {
          return true;
        }
        String message = s.getMessage() == null ? "" : s.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("acquisition timeout") || message.contains("connection has been closed")) {
          return true;
        }
      }
      if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
    }
    return false;
  }

  /** The failure, its causes and the exceptions suppressed along the way, depth first, each once. */
  private static List<Throwable> related(Throwable e) {
    List<Throwable> found = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> pending = new ArrayDeque<>();
    if (e != null) {
      pending.push(e);
    }
    while (!pending.isEmpty() && found.size() < MAX_RELATED) {
      Throwable t = pending.pop();
      if (!seen.add(t)) {
        continue;
      }
      found.add(t);
      Throwable[] suppressed = t.getSuppressed();
      for (int i = suppressed.length - 1; i >= 0; i--) {
        pending.push(suppressed[i]);
      }
      if (t.getCause() != null) {
        pending.push(t.getCause());
      }
    }
    return found;
  }

  /** One line for the log: the innermost message, without a stack trace. */
  public static String summary(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    SQLException sql = sqlCause(e);
    String state = sql == null ? "" : " [SQLSTATE " + sql.getSQLState() + "]";
    return root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage()).replaceAll("\\s+", " ") + state;
  }
}
