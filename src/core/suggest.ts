// "Did you mean" suggestions: edit distance over normalised spellings.

/** Lower-case and drop everything but letters and digits: "NVIDIA A100-SXM4-80GB" → "nvidiaa100sxm480gb". */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Inputs longer than this (normalised) get no suggestion: no name in any catalog is near one, and the work grows with length. */
export const MAX_SUGGEST_LENGTH = 256;

/**
 * Levenshtein distance; with `max`, stops as soon as the distance must exceed it (and returns
 * max + 1), so a long input costs at most (length × (2·max + 1)) steps.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < best) best = current[j];
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** User text quoted in a message, cut in the middle when long: "meta-llama/…B-Instruct". */
export function shortText(text: string, max = 120): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(text.length - half)}`;
}

/**
 * The candidates closest to `input`, best first: a candidate that contains the input (or is
 * contained in it) ranks first, then by edit distance, within a distance that scales with length.
 */
export function closest(input: string, candidates: readonly string[], limit = 3): string[] {
  if (input.length > MAX_SUGGEST_LENGTH * 4) return [];
  const wanted = normalizeName(input);
  if (!wanted || wanted.length > MAX_SUGGEST_LENGTH) return [];
  const scored: Array<{ candidate: string; score: number }> = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const norm = normalizeName(candidate);
    if (!norm) continue;
    const contains = norm.includes(wanted) || wanted.includes(norm);
    const budget = Math.max(2, Math.floor(Math.max(wanted.length, norm.length) / 3));
    // One contains the other: the distance is the difference in length.
    if (contains && Math.min(wanted.length, norm.length) >= 2) scored.push({ candidate, score: Math.abs(wanted.length - norm.length) / 100 });
    else {
      const distance = editDistance(wanted, norm, budget);
      if (distance <= budget) scored.push({ candidate, score: distance });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`;
}
