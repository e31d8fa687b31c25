const STORAGE_KEY = 'fumin.round';

interface RoundLike {
  id: number;
  current: boolean;
}

/** The round the user last chose on any page, if the browser kept it. */
export function rememberedRoundId(): number | undefined {
  try {
    const value = Number(globalThis.localStorage.getItem(STORAGE_KEY));
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers a round the user chose, so every page opens on it next time. */
export function rememberRound(id: number): void {
  try {
    globalThis.localStorage.setItem(STORAGE_KEY, String(id));
  } catch {
    // Storage disabled: pages fall back to the current round.
  }
}

/**
 * The round a page shows: the one asked for (the URL), else the one the user last chose while it
 * still exists, else the round the server marks current, else the first. With several running
 * rounds the server's "current" is only one of them, so a user working on another keeps it.
 */
export function pickRound<R extends RoundLike>(
  rounds: readonly R[],
  wanted: number | undefined,
): R | undefined {
  const remembered = rememberedRoundId();
  return (
    rounds.find((r) => r.id === wanted) ??
    rounds.find((r) => r.id === remembered) ??
    rounds.find((r) => r.current) ??
    rounds[0]
  );
}
