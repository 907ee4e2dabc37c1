// From an estimate to a verdict: fits, tight (less than min-headroom of the budget left) or undersized.

import type { Estimate } from './types.js';

// unchecked: a deployment on an accelerator gpu-fit does not estimate (a TPU, an AMD GPU), listed so it is not silently passed.
export const VERDICTS = ['fits', 'tight', 'undersized', 'error', 'unchecked'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Judgement {
  verdict: Exclude<Verdict, 'error' | 'unchecked'>;
  headroomBytes: number;
}

/** An engine that would refuse to start, or a need above what it may use, is undersized. */
export function judge(estimate: Estimate, minHeadroom: number): Judgement {
  const headroomBytes = estimate.availableBytes - estimate.totalBytes;
  if (headroomBytes < 0 || estimate.startupError) return { verdict: 'undersized', headroomBytes };
  if (headroomBytes < minHeadroom * estimate.availableBytes) return { verdict: 'tight', headroomBytes };
  return { verdict: 'fits', headroomBytes };
}
