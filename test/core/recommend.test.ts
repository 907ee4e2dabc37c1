// The GPU recommendation tries cards smallest first, stops at the third fit and skips cards smaller
// than the weights and KV cache: its answer must be the one a sweep of every catalog card gives.

import { describe, expect, it } from 'vitest';
import { CATALOG_GPUS } from '../../src/check.js';
import { estimate } from '../../src/core/estimate.js';
import { estimatesByGpu, recommendGpus } from '../../src/core/recommend.js';
import type { EngineName, EstimateInput } from '../../src/core/types.js';
import { judge } from '../../src/core/verdict.js';
import { input } from '../helpers/inputs.js';

/** Every catalog card estimated, the fitting ones by memory then name. */
function sweep(i: EstimateInput, minHeadroom: number, limit: number): string[] {
  return CATALOG_GPUS.filter((gpu) => judge(estimate({ ...i, gpu }), minHeadroom).verdict === 'fits')
    .sort((a, b) => a.memoryBytes - b.memoryBytes || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((g) => g.name);
}

const MODELS = ['meta-llama/Llama-3.1-8B-Instruct', 'Qwen/Qwen2.5-32B-Instruct', 'meta-llama/Llama-3.3-70B-Instruct', 'openai/gpt-oss-120b', 'deepseek-ai/DeepSeek-V3', 'Qwen/Qwen3-Next-80B-A3B-Instruct'];
const ENGINES: EngineName[] = ['vllm', 'sglang', 'tgi', 'llama.cpp', 'transformers', 'generic'];

describe('recommendGpus', () => {
  it('gives what a sweep of every catalog card gives', () => {
    let compared = 0;
    let nonEmpty = 0;
    for (const model of MODELS) {
      for (const [k, engine] of ENGINES.entries()) {
        const i = input(model, 'L4', { engine, maxModelLen: [4096, 32768, 131072][k % 3], concurrency: 1 + (k % 4), tensorParallelSize: k % 2 === 0 ? 1 : 2 });
        for (const limit of [3, Infinity]) {
          const got = recommendGpus(i, CATALOG_GPUS, 0.1, limit);
          expect(got, `${model} ${engine} limit ${limit}`).toEqual(sweep(i, 0.1, limit));
          compared += 1;
          if (got.length > 0) nonEmpty += 1;
        }
      }
    }
    // The grid must exercise both answers: some cards fit, and for some deployments none does.
    expect(nonEmpty).toBeGreaterThan(10);
    expect(nonEmpty).toBeLessThan(compared);
  });

  it('estimates each card once however often it is asked', () => {
    const i = input('meta-llama/Llama-3.1-8B-Instruct', 'T4', { engine: 'vllm', maxModelLen: 32768 });
    const on = estimatesByGpu(i);
    const h100 = CATALOG_GPUS.find((g) => g.name.startsWith('H100'))!;
    expect(on(h100)).toBe(on(h100));
    expect(on(h100)).toEqual(estimate({ ...i, gpu: h100 }, false));
    expect(recommendGpus(i, CATALOG_GPUS, 0.1, 3, on)).toEqual(sweep(i, 0.1, 3));
  });
});
