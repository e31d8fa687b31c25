/** The list with the entry at `from` moved to `to` (both clamped to the list); a new array. */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= list.length) return next;
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return [...list];
  next.splice(target, 0, moved);
  return next;
}
