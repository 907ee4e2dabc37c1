// The planner skips the changes that keep the weights when the weights alone exceed the card
// (src/core/plan/stretch.ts weightsExceedGpu). These tests hold the two facts that makes sound:
// no engine's weights move with those settings, and none of the skipped changes would have fitted.

import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../src/catalog/models.js';
import { GPUS } from '../../../src/catalog/gpus.js';
import { estimate } from '../../../src/core/estimate.js';
import { findFixes } from '../../../src/core/plan/fixes.js';
import { longestFittingLength, mostSequences, stretch, weightsExceedGpu } from '../../../src/core/plan/stretch.js';
import { ENGINES, type EstimateInput, type ServingConfig } from '../../../src/core/types.js';
import { judge } from '../../../src/core/verdict.js';
import { catalogGpu, input } from '../../helpers/inputs.js';

const change = (i: EstimateInput, s: Partial<ServingConfig>): EstimateInput => ({ ...i, serving: { ...i.serving, ...s } });

/** Every engine × a spread of catalog models and GPUs (every 7th model, every 5th GPU). */
function sample(): EstimateInput[] {
  const out: EstimateInput[] = [];
  const gpus = GPUS.filter((_, k) => k % 5 === 0).map((g) => catalogGpu(g.name));
  MODELS.forEach((m, k) => {
    if (k % 7 !== 0) return;
    const engine = ENGINES[k % ENGINES.length];
    for (const gpu of gpus) out.push(input(m.id, gpu, { engine, maxModelLen: 4096, concurrency: 4 }));
  });
  return out;
}

describe('weightsExceedGpu', () => {
  const inputs = sample();

  it('rests on weights that no context, sequence count, KV dtype, memory fraction or eager mode moves', () => {
    let checked = 0;
    for (const i of inputs) {
      const weights = estimate(i).weights.bytes;
      const kv = i.serving.engine === 'llama.cpp' || i.serving.engine === 'ollama' ? 'q8_0' : 'fp8';
      for (const s of [{ maxModelLen: 256 }, { maxModelLen: 32768 }, { concurrency: 1 }, { concurrency: 64 }, { kvCacheDtype: kv }, { gpuMemoryUtilization: 0.95 }, { enforceEager: true }]) {
        expect(estimate(change(i, s)).weights.bytes, `${i.model.id} ${i.serving.engine} ${JSON.stringify(s)}`).toBe(weights);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('skips only what would not have fitted', () => {
    const hopeless = inputs.filter((i) => weightsExceedGpu(i, estimate(i)));
    expect(hopeless.length).toBeGreaterThan(20);
    for (const i of hopeless) {
      const current = estimate(i);
      // The searches the stretch skips find nothing.
      expect(longestFittingLength(i, undefined, current)).toBe(0);
      expect(mostSequences(i, undefined, 4096, current)).toBe(0);
      expect(stretch(i, current).maxModelLen).toBe(0);
      // No same-GPU change that keeps the weights fits.
      for (const s of [{ maxModelLen: 256 }, { concurrency: 1 }, { kvCacheDtype: 'fp8' }, { gpuMemoryUtilization: 0.95 }, { enforceEager: true }]) {
        expect(judge(estimate(change(i, s)), 0.1, 0).verdict).not.toBe('fits');
      }
      // And the fixes still offer the changes that do move the weights (more GPUs, other GPUs) when they fit.
      const fixes = findFixes(i, current, { minHeadroom: 0.1, uncertainty: 0.05, gpus: [] });
      for (const f of fixes) expect(Object.keys(f.change).some((k) => ['max_model_len', 'concurrency', 'kv_cache_dtype', 'gpu_memory_utilization', 'enforce_eager'].includes(k))).toBe(false);
    }
  });
});
