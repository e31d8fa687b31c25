/** A positive safe-integer id from a URL segment or query value; undefined for anything else. */
export function parseId(raw: string | null | undefined): number | undefined {
  if (raw === undefined || raw === null || !/^[1-9]\d{0,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
