// From an estimate to a verdict: fits, tight (less than min-headroom of the budget left) or undersized.

import type { Estimate } from './types.js';

export const VERDICTS = ['fits', 'tight', 'undersized', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Judgement {
  verdict: Exclude<Verdict, 'error'>;
  headroomBytes: number;
}

/**
 * An engine that would refuse to start, or a need above what it may use, is undersized; one that
 * starts but limits what it serves (`limitation`) is tight however much headroom is left.
 */
export function judge(estimate: Estimate, minHeadroom: number): Judgement {
  const headroomBytes = estimate.availableBytes - estimate.totalBytes;
  if (headroomBytes < 0 || estimate.startupError) return { verdict: 'undersized', headroomBytes };
  if (estimate.limitation || headroomBytes < minHeadroom * estimate.availableBytes) return { verdict: 'tight', headroomBytes };
  return { verdict: 'fits', headroomBytes };
}
