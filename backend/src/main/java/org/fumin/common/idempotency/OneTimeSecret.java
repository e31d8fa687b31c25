package org.fumin.common.idempotency;

/**
 * An answer that carries a secret shown exactly once (an API key's secret, an initial password).
 * It is never stored for replay: a retry with the same {@code Idempotency-Key} learns that the
 * create happened and where the object is, not the secret.
 */
public interface OneTimeSecret {}
