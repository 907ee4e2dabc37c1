// Glob patterns as Actions users write them: `**` crosses folders, `*` and `?` stay inside one,
// `{a,b}` alternates, a leading `!` excludes. Paths are relative and use forward slashes.
//
// Matched segment by segment with memoised dynamic programming, never with one regular
// expression: `**/a/**/a/**/a/**/b` against a deep path would make a backtracking regex take
// exponential time. The work is bounded by (pattern segments × path segments) and, inside a
// segment, by (pattern length × name length).

/** Alternatives a pattern's braces may expand to: `{a,b}{c,d}…` beyond this is refused. */
const MAX_EXPANSIONS = 256;

type Segment = { globstar: true } | { globstar: false; text: string };

interface Pattern {
  source: string;
  alternatives: Segment[][];
}

export interface GlobSet {
  include: Pattern[];
  exclude: Pattern[];
}

/** `{a,b}` alternatives, nested ones too; an unmatched `{` stays literal. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth += 1;
    } else if (c === ',' && depth === 1) commas.push(i);
    else if (c === '}' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        const cuts = [open, ...commas, i];
        const head = pattern.slice(0, open);
        const tails = expandBraces(pattern.slice(i + 1));
        const out: string[] = [];
        for (let k = 0; k + 1 < cuts.length; k += 1) {
          for (const middle of expandBraces(pattern.slice(cuts[k] + 1, cuts[k + 1]))) {
            for (const tail of tails) {
              out.push(head + middle + tail);
              if (out.length > MAX_EXPANSIONS) throw new Error(`The glob "${pattern}" expands to more than ${MAX_EXPANSIONS} patterns: write fewer {a,b} alternatives.`);
            }
          }
        }
        return out;
      }
    }
  }
  return [pattern];
}

function compile(source: string): Pattern {
  const alternatives = expandBraces(source).map((p) =>
    p
      .split('/')
      .filter((s, i, all) => s !== '' || i === all.length - 1)
      // Consecutive `**` are one: they match the same paths.
      .filter((s, i, all) => !(s === '**' && all[i - 1] === '**'))
      .map((s): Segment => (s === '**' ? { globstar: true } : { globstar: false, text: s })),
  );
  return { source, alternatives };
}

/** One name against one segment pattern (`*` any run, `?` one character), by dynamic programming. */
function segmentMatches(pattern: string, name: string): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === name;
  // reach[j]: the pattern read so far matches name[0..j).
  let reach = new Array<boolean>(name.length + 1).fill(false);
  reach[0] = true;
  for (const c of pattern) {
    const next = new Array<boolean>(name.length + 1).fill(false);
    if (c === '*') {
      let any = false;
      for (let j = 0; j <= name.length; j += 1) {
        any ||= reach[j];
        next[j] = any;
      }
    } else {
      for (let j = 1; j <= name.length; j += 1) next[j] = reach[j - 1] && (c === '?' || c === name[j - 1]);
    }
    reach = next;
  }
  return reach[name.length];
}

/**
 * Whether the segments from 0 match the parts from 0, where `atPathEnd(i)` says whether segments
 * from i may stand once the path is used up. Memoized over (segment, part), so repeated `**` never
 * backtrack; filled from the end so the recursion stays shallow whatever the depth of the path.
 */
function walk(segments: readonly Segment[], parts: readonly string[], atPathEnd: (i: number) => boolean): boolean {
  const n = parts.length;
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (n + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (j === n) result = atPathEnd(i);
    else if (i === segments.length) result = false;
    else if (segments[i].globstar) result = go(i + 1, j) || go(i, j + 1);
    else result = segmentMatches((segments[i] as { text: string }).text, parts[j]) && go(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  for (let i = segments.length; i >= 0; i -= 1) for (let j = n; j >= 0; j -= 1) go(i, j);
  return go(0, 0);
}

/** The whole path: what is left of the pattern once the path ends may only be `**`. */
function pathMatches(segments: readonly Segment[], parts: readonly string[]): boolean {
  return walk(segments, parts, (i) => segments.slice(i).every((s) => s.globstar));
}

function test(pattern: Pattern, path: string): boolean {
  const parts = path.split('/');
  return pattern.alternatives.some((segments) => pathMatches(segments, parts));
}

export function compileGlobs(patterns: readonly string[]): GlobSet {
  const set: GlobSet = { include: [], exclude: [] };
  for (const raw of patterns) {
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const negated = trimmed.startsWith('!');
    const pattern = (negated ? trimmed.slice(1) : trimmed).replace(/^\.\//, '');
    (negated ? set.exclude : set.include).push(compile(pattern));
  }
  return set;
}

/** Patterns that only exclude (`!x/**`) subtract from the defaults rather than leave nothing to check. */
export function withDefaultIncludes(patterns: readonly string[], defaults: readonly string[]): string[] {
  const set = compileGlobs(patterns);
  if (set.include.length > 0 || set.exclude.length === 0) return [...patterns];
  return [...defaults, ...patterns];
}

/** Whether some include pattern could match a path inside `folder` (its segments, then at least one more). */
function mayMatchInside(segments: readonly Segment[], parts: readonly string[]): boolean {
  return walk(segments, parts, (i) => i < segments.length);
}

/** Whether the patterns could match anything under a folder: a folder that cannot be searched only matters then. */
export function mayMatchUnder(set: GlobSet, folder: string): boolean {
  const parts = folder.split('/');
  return set.include.some((p) => p.alternatives.some((segments) => mayMatchInside(segments, parts)));
}

export function matches(set: GlobSet, path: string): boolean {
  return set.include.some((p) => test(p, path)) && !set.exclude.some((p) => test(p, path));
}
