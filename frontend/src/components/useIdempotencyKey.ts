import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from '../lib/api/client';

/**
 * One Idempotency-Key per distinct create request: resubmitting the same form (a double click,
 * a retry after a timeout) reuses the key so the server creates once; editing the form renews it,
 * since the server refuses a known key with another body (422).
 */
export function useIdempotencyKey(): { key: () => string; renew: () => void } {
  const ref = useRef<string | null>(null);
  const key = useCallback(() => {
    ref.current ??= newIdempotencyKey();
    return ref.current;
  }, []);
  const renew = useCallback(() => {
    ref.current = null;
  }, []);
  return { key, renew };
}
