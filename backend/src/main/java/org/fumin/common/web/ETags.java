package org.fumin.common.web;

import java.util.Arrays;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;

/** Entity tags built from an entity's version, and the {@code If-Match} rules for updates. */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  public static jakarta.ws.rs.core.EntityTag tag(long version) {
    return new jakarta.ws.rs.core.EntityTag(Long.toString(version));
  }

  /** Updates need {@code If-Match}: missing answers 428, stale 412. */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "problem.precondition-required.detail");
    }
    checkMatch(ifMatch, currentVersion);
  }

  /**
   * Whether {@code If-None-Match} names the given (quoted) tag or {@code *}: the caller's copy is
   * current, and a read answers 304. Weak tags compare by their value (RFC 9110 weak comparison).
   */
  public static boolean current(String ifNoneMatch, String tag) {
    return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals(tag));
  }

  /** When the caller sent {@code If-Match}, it must name the current version. */
  public static void checkMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return;
    }
    String current = of(currentVersion);
    boolean matches = Arrays.stream(ifMatch.split(","))
        .map(String::trim)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    if (!matches) {
      throw new ProblemException(ProblemType.PRECONDITION_FAILED, "problem.precondition-failed.detail");
    }
  }
}
