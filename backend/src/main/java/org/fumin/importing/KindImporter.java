package org.fumin.importing;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Validates the rows of one kind and, unless it is a dry run or a row has an error, writes them
 * through the owning feature's service, in the import's one transaction.
 */
interface KindImporter {

  /** What an import run needs: the rows, the mode, whether to write, where problems go, and progress. */
  record Run(List<SourceRow> rows, ImportMode mode, boolean dryRun, Findings findings, IntConsumer progress) {

    boolean writes() {
      return !dryRun && !findings.hasErrors();
    }
  }

  /** The outcome: rows created, updated and unchanged (or that would be, in a dry run). */
  record Counts(int created, int updated, int unchanged) {}

  Counts run(Run run);
}
