import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { parseId } from '../../../components/parseId';
import { pickRound, rememberRound } from '../../../lib/rounds/preferredRound';
import { useRecentRounds } from '../../../lib/rounds/recentRounds';

export const ROUND_PARAM = 'roundId';

/**
 * The round a page of this feature shows, from `?roundId=`; without one, the preferred round is
 * written into the URL (replacing it, so Back leaves the page).
 */
export function useRoundParam() {
  const rounds = useRecentRounds();
  const [params, setParams] = useSearchParams();
  const wanted = parseId(params.get(ROUND_PARAM) ?? undefined);
  const fallback = rounds.data ? pickRound(rounds.data, wanted) : undefined;

  useEffect(() => {
    if (wanted === undefined && fallback) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(ROUND_PARAM, String(fallback.id));
          return next;
        },
        { replace: true },
      );
    }
  }, [wanted, fallback, setParams]);

  const choose = (id: number) => {
    rememberRound(id);
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(ROUND_PARAM, String(id));
      next.delete('page');
      return next;
    });
  };

  const round = rounds.data?.find((r) => r.id === wanted);
  return { rounds, roundId: wanted, round, choose };
}
