import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parseId } from '../../../components/parseId';
import type { Round } from '../../../lib/api/types';
import { pickRound, rememberRound } from '../../../lib/rounds/preferredRound';
import { useRoundOptions } from '../api/listRoundOptions';

export const ROUND_PARAM = 'round';

/**
 * The round a page shows, kept in the URL (`?round=<id>`) so a view can be shared; without one,
 * the round last chosen on any page, else the one the server marks `current` (see pickRound).
 * Choosing another round remembers it and starts the table at page 1.
 */
export function useSelectedRound() {
  const [params, setParams] = useSearchParams();
  const rounds = useRoundOptions();
  const wanted = parseId(params.get(ROUND_PARAM));
  const items = rounds.data?.items ?? [];
  const round: Round | undefined = pickRound(items, wanted);

  const select = useCallback(
    (id: number) => {
      rememberRound(id);
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
