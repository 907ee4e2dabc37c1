// The smallest catalog GPUs on which the same deployment would fit.

import { estimate } from './estimate.js';
import type { Estimate, EstimateInput, Gpu } from './types.js';
import { judge } from './verdict.js';

/** The deployment's estimate on another GPU. */
export type EstimateOn = (gpu: Gpu) => Estimate;

/**
 * The deployment's estimate on any GPU, each GPU estimated once: the GPU recommendation and the
 * other-GPU fixes ask about the same cards (49 estimates a failing deployment otherwise, twice).
 */
export function estimatesByGpu(input: EstimateInput, current?: Estimate): EstimateOn {
  const done = new Map<Gpu, Estimate>(current ? [[input.gpu, current]] : []);
  return (gpu) => {
    let result = done.get(gpu);
    if (!result) {
      result = estimate(gpu === input.gpu ? input : { ...input, gpu }, false);
      done.set(gpu, result);
    }
    return result;
  };
}

/**
 * Whether a card could hold the deployment at all: its weights and KV cache alone (the same on
 * every card but for a kernel's padding, far less than the activations and runtime a fit also
 * needs) must not exceed its memory. Skips an estimate for the cards that cannot.
 */
export function couldHold(gpu: Gpu, current: Estimate): boolean {
  return gpu.memoryBytes >= current.weights.bytes + current.kvCache.bytes;
}

/**
 * The `limit` smallest GPUs (by memory, then name) the deployment fits on. Cards are tried smallest
 * first and the search stops at the `limit`-th fit, so the answer is the one a full sweep gives.
 */
const BY_SIZE = new WeakMap<readonly Gpu[], readonly Gpu[]>();

/** The catalog smallest card first (by memory, then name), sorted once per catalog. */
function bySize(catalog: readonly Gpu[]): readonly Gpu[] {
  let sorted = BY_SIZE.get(catalog);
  if (!sorted) {
    sorted = [...catalog].sort((a, b) => a.memoryBytes - b.memoryBytes || a.name.localeCompare(b.name));
    BY_SIZE.set(catalog, sorted);
  }
  return sorted;
}

export function recommendGpus(input: EstimateInput, catalog: readonly Gpu[], minHeadroom: number, limit = 3, on: EstimateOn = estimatesByGpu(input)): string[] {
  const current = on(input.gpu);
  const fitting: string[] = [];
  for (const gpu of bySize(catalog)) {
    if (fitting.length >= limit) break;
    if (!couldHold(gpu, current)) continue;
    if (judge(on(gpu), minHeadroom).verdict === 'fits') fitting.push(gpu.name);
  }
  return fitting;
}
