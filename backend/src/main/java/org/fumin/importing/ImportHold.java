package org.fumin.importing;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The moments a reserved import starts its work (after its RUNNING row is committed, before it
 * writes anything) and ends it (whatever became of it). It does nothing; it is the one seam where a
 * test holds an import RUNNING for as long as it needs (a second request with the same key while it
 * runs, a replica giving it up), instead of racing a big file, and knows when it is over.
 */
@ApplicationScoped
public class ImportHold {

  /** Called on the thread that runs import {@code jobId}, before its transaction starts. */
  public void starting(long jobId) {
    // nothing: imports run straight on
  }

  /** Called on the same thread when import {@code jobId} has ended, recorded or not. */
  public void ended(long jobId) {
    // nothing
  }
}
