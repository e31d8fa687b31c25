package org.fumin.importing;

/** Whether an import may change existing objects (matched by code or username) or only create new ones. */
public enum ImportMode {
  /** Every row must be new; an existing code is an error. */
  CREATE,
  /** New rows are created, existing ones changed where they differ and counted as unchanged where not. */
  UPSERT
}
