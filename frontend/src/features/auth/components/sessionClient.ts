/** A browser and its system, read from a user agent string ("Chrome 131 · Windows"); null when unknown. */
export function describeAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser =
    match(userAgent, /Edg(?:e|A|iOS)?\/(\d+)/, 'Edge') ??
    match(userAgent, /(?:OPR|Opera)\/(\d+)/, 'Opera') ??
    match(userAgent, /MicroMessenger\/(\d+)/, 'WeChat') ??
    match(userAgent, /(?:Chrome|CriOS|Chromium)\/(\d+)/, 'Chrome') ??
    match(userAgent, /(?:Firefox|FxiOS)\/(\d+)/, 'Firefox') ??
    (userAgent.includes('Safari/') ? match(userAgent, /Version\/(\d+)/, 'Safari') : null) ??
    match(userAgent, /^curl\/(\d+)/, 'curl');
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  const parts = [browser, system].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' · ') : userAgent;
}

// Order matters: Android and iOS agents also name Linux and Mac OS X.
const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/HarmonyOS|OpenHarmony/, 'HarmonyOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

function match(text: string, pattern: RegExp, name: string): string | null {
  const found = pattern.exec(text);
  return found ? `${name} ${found[1] ?? ''}`.trim() : null;
}

/**
 * A client address as people read it: an IPv4 address as such (also when it came IPv4-mapped,
 * `::ffff:10.0.0.1`), an IPv6 address in its short form (`0:0:0:0:0:0:0:1` → `::1`).
 */
export function displayAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const mapped = /^[0:]*:ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1] ?? address;
  if (!address.includes(':') || address.includes('::') || address.split(':').length !== 8)
    return address;
  const groups = address.split(':').map((g) => g.replace(/^0+(?=.)/, '').toLowerCase());
  // the longest run of zero groups (two or more) becomes "::"
  let best = { start: -1, length: 0 };
  for (let i = 0; i < groups.length;) {
    if (groups[i] !== '0') {
      i += 1;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === '0') j += 1;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  if (best.length < 2) return groups.join(':');
  const head = groups.slice(0, best.start).join(':');
  const tail = groups.slice(best.start + best.length).join(':');
  return `${head}::${tail}`;
}
