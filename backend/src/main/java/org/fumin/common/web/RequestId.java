package org.fumin.common.web;

import org.jboss.logging.MDC;

/** The correlation id of the request being served, as put in the log context by {@link RequestIdRoutes}. */
public final class RequestId {

  public static final String HEADER = "X-Request-Id";
  static final String KEY = "requestId";

  private RequestId() {}

  public static String current() {
    Object id = MDC.get(KEY);
    return id == null ? null : id.toString();
  }
}
