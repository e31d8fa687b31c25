import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parseId } from '../../../components/parseId';
import type { Round } from '../../../lib/api/types';
import { useRoundOptions } from '../api/listRoundOptions';

export const ROUND_PARAM = 'round';

/**
 * The round a page shows, kept in the URL (`?round=<id>`) so a view can be shared; without one,
 * the round the server marks `current`. Choosing another round starts the table at page 1.
 */
export function useSelectedRound() {
  const [params, setParams] = useSearchParams();
  const rounds = useRoundOptions();
  const wanted = parseId(params.get(ROUND_PARAM));
  const items = rounds.data?.items ?? [];
  const round: Round | undefined =
    items.find((r) => r.id === wanted) ?? items.find((r) => r.current) ?? items[0];

  const select = useCallback(
    (id: number) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set(ROUND_PARAM, String(id));
        next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  return { rounds, round, select };
}
