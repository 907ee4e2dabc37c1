import { describe, expect, it } from 'vitest';
import { judge } from '../../src/core/verdict.js';
import type { Component, Estimate } from '../../src/core/types.js';

const GiB = 1024 ** 3;
const part = (bytes: number): Component => ({ bytes, formula: '', inputs: {}, rule: '' });

/** An estimate needing `total` of `available`, with a KV pool when the engine sizes one. */
function estimate(total: number, available: number, pool?: number, startupError?: string): Estimate {
  return {
    engine: 'vllm',
    weights: part(total),
    kvCache: part(0),
    activations: part(0),
    overhead: part(0),
    totalBytes: total,
    availableBytes: available,
    gpuMemoryBytes: available,
    parameters: { total: 1, active: 1, basis: 'given' } as Estimate['parameters'],
    kvCachePoolBytes: pool,
    startupError,
    notes: [],
  };
}

describe('judge with an error band', () => {
  it('marks a fit whose headroom is inside the band as tight', () => {
    // Pool 20 GiB, 1 GiB headroom: inside ± 10 % of the pool (2 GiB), outside ± 2 %.
    expect(judge(estimate(70 * GiB, 71 * GiB, 20 * GiB), 0, 0.1)).toMatchObject({ verdict: 'tight', withinBand: true });
    expect(judge(estimate(70 * GiB, 71 * GiB, 20 * GiB), 0, 0.02)).toMatchObject({ verdict: 'fits', withinBand: false });
  });

  it('keeps an undersized verdict but marks it close', () => {
    expect(judge(estimate(72 * GiB, 71 * GiB, 20 * GiB), 0, 0.1)).toMatchObject({ verdict: 'undersized', withinBand: true });
    expect(judge(estimate(80 * GiB, 71 * GiB, 20 * GiB), 0, 0.1)).toMatchObject({ verdict: 'undersized', withinBand: false });
  });

  it('relates the band to the whole need where the engine has no pool', () => {
    // 1 GiB of 50 GiB needed is 2 %: inside ± 5 %.
    expect(judge(estimate(50 * GiB, 51 * GiB), 0, 0.05).verdict).toBe('tight');
    expect(judge(estimate(50 * GiB, 60 * GiB), 0, 0.05).verdict).toBe('fits');
  });

  it('never marks close a refusal with room left in the budget (a warm-up or graph-capture failure)', () => {
    expect(judge(estimate(70 * GiB, 71 * GiB, 20 * GiB, 'CUDA out of memory occurred when warming up sampler'), 0, 0.1)).toMatchObject({ verdict: 'undersized', withinBand: false });
  });

  it('without a band behaves as before', () => {
    expect(judge(estimate(70 * GiB, 71 * GiB, 20 * GiB), 0).verdict).toBe('fits');
    expect(judge(estimate(70 * GiB, 71 * GiB, 20 * GiB), 0.05).verdict).toBe('tight');
  });
});
