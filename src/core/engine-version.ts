// Engine versions as "0.6.4", "v0.10.1.1", "b4500": compared numerically, part by part.

const PARSED = new Map<string, number[] | undefined>();

/** The release as numbers ("v0.11.2" → [0, 11, 2]); read once per text (every estimate asks). */
export function parseVersion(text: string | undefined): number[] | undefined {
  if (!text) return undefined;
  if (PARSED.has(text)) return PARSED.get(text);
  const match = /^\s*v?(\d+(?:\.\d+)*)/i.exec(text);
  const version = match ? Object.freeze(match[1].split('.').map(Number)) as number[] : undefined;
  // Bounded: a run names a handful of releases; hostile input must not grow it without end.
  if (PARSED.size < 10_000) PARSED.set(text, version);
  return version;
}

const KEYS = new WeakMap<number[], string>();

/** The release as a cache key ("0.11.2"; "" for the newest): written once per parsed version. */
export function versionKey(version: number[] | undefined): string {
  if (!version) return '';
  let key = KEYS.get(version);
  if (key === undefined) KEYS.set(version, (key = version.join('.')));
  return key;
}

/** a < b → negative, a = b → 0, a > b → positive; missing parts count as 0. */
export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function atLeast(version: number[] | undefined, min: string): boolean {
  if (!version) return true; // no version: the newest rules
  return compareVersions(version, parseVersion(min)!) >= 0;
}
