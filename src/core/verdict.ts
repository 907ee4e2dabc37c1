// From an estimate to a verdict: fits, tight (less than min-headroom of the budget left) or undersized.

import type { Estimate } from './types.js';

// unchecked: a deployment on an accelerator gpu-fit does not estimate (a TPU, an AMD GPU), listed so it is not silently passed.
export const VERDICTS = ['fits', 'tight', 'undersized', 'error', 'unchecked'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Judgement {
  verdict: Exclude<Verdict, 'error' | 'unchecked'>;
  headroomBytes: number;
  /** The margin lies inside the estimator's error band: the outcome could go either way. */
  withinBand: boolean;
}

/**
 * The figure the band is relative to: the KV cache pool for engines that size one from what is
 * left (an error in any component lands there), else the whole need.
 */
function bandScale(estimate: Estimate): number {
  return estimate.kvCachePoolBytes !== undefined && estimate.kvCachePoolBytes > 0 ? estimate.kvCachePoolBytes : estimate.totalBytes;
}

/**
 * An engine that would refuse to start, or a need above what it may use, is undersized. A margin
 * inside the error band (`uncertainty`, relative) makes a fit `tight`, and marks an undersized
 * verdict as close; refusals the margin does not measure (a warm-up or graph-capture failure with
 * room left in the budget) are never marked close. One that starts but limits what it serves
 * (`limitation`: SGLang capping requests at its pool) is tight however much headroom is left.
 */
export function judge(estimate: Estimate, minHeadroom: number, uncertainty = 0): Judgement {
  const headroomBytes = estimate.availableBytes - estimate.totalBytes;
  const withinBand = uncertainty > 0 && Math.abs(headroomBytes) <= uncertainty * bandScale(estimate) && !(estimate.startupError && headroomBytes >= 0);
  if (headroomBytes < 0 || estimate.startupError) return { verdict: 'undersized', headroomBytes, withinBand };
  if (estimate.limitation || withinBand || headroomBytes < minHeadroom * estimate.availableBytes) return { verdict: 'tight', headroomBytes, withinBand };
  return { verdict: 'fits', headroomBytes, withinBand };
}
