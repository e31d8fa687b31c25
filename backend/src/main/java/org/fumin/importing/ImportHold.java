package org.fumin.importing;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The moment a reserved import starts its work (after its RUNNING row is committed, before it
 * writes anything). It does nothing; it is the one seam where a test holds an import RUNNING for as
 * long as it needs (a second request with the same key while it runs), instead of racing a big file.
 */
@ApplicationScoped
public class ImportHold {

  /** Called on the thread that runs import {@code jobId}, before its transaction starts. */
  public void starting(long jobId) {
    // nothing: imports run straight on
  }
}
