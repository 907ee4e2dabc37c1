// The smallest catalog GPUs on which the same deployment would fit.

import { estimate } from './estimate.js';
import type { EstimateInput, Gpu } from './types.js';
import { judge } from './verdict.js';

export function recommendGpus(input: EstimateInput, catalog: readonly Gpu[], minHeadroom: number, limit = 3): string[] {
  const fitting: Gpu[] = [];
  for (const gpu of catalog) {
    const result = estimate({ ...input, gpu });
    if (judge(result, minHeadroom).verdict === 'fits') fitting.push(gpu);
  }
  fitting.sort((a, b) => a.memoryBytes - b.memoryBytes || a.name.localeCompare(b.name));
  return fitting.slice(0, limit).map((g) => g.name);
}
