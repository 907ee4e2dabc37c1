import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import { memoized } from '../../src/report/memo.js';
import type { EstimateInput } from '../../src/core/types.js';

/** The estimator inputs of these deployments, each resolved on its own (new objects every time). */
function inputs(deployments: Record<string, Record<string, unknown>>): EstimateInput[] {
  const loaded = loadManifest(stringify({ version: 1, deployments }), 'gpu-fit.yaml');
  expect(loaded.failed).toEqual([]);
  return loaded.resolved.map((d) => d.input);
}

describe('memoized', () => {
  const base = { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', max_model_len: 8192, gpu: 'L4' };

  it('answers an equal input (another object) from the first computation', () => {
    const [a, b] = inputs({ a: base, b: { ...base } });
    expect(a).not.toBe(b);
    let calls = 0;
    const compute = () => ({ n: (calls += 1) });
    const first = memoized('memo-test-equal', a, compute);
    expect(memoized('memo-test-equal', b, compute)).toBe(first);
    expect(calls).toBe(1);
  });

  it('keeps questions apart: another kind or another extra is computed afresh', () => {
    const [a] = inputs({ a: { ...base, max_model_len: 4096 } });
    let calls = 0;
    const compute = () => (calls += 1);
    expect(memoized('memo-test-kind-1', a, compute)).toBe(1);
    expect(memoized('memo-test-kind-2', a, compute)).toBe(2);
    expect(memoized('memo-test-kind-1', a, compute, '0.1:catalog')).toBe(3);
    expect(memoized('memo-test-kind-1', a, compute, '0.2:catalog')).toBe(4);
    // Every question again: no new computation.
    expect([memoized('memo-test-kind-1', a, compute), memoized('memo-test-kind-2', a, compute), memoized('memo-test-kind-1', a, compute, '0.1:catalog'), memoized('memo-test-kind-1', a, compute, '0.2:catalog')]).toEqual([1, 2, 3, 4]);
    expect(calls).toBe(4);
  });

  it('computes afresh when any setting, the GPU or the model differs', () => {
    const variants = {
      base,
      length: { ...base, max_model_len: 16384 },
      concurrency: { ...base, concurrency: 4 },
      kv: { ...base, kv_cache_dtype: 'fp8' },
      gmu: { ...base, gpu_memory_utilization: 0.8 },
      version: { ...base, engine_version: '0.10.0' },
      gpu: { ...base, gpu: 'L40S' },
      model: { ...base, model: 'Qwen/Qwen2.5-7B-Instruct' },
    };
    const all = inputs(variants);
    const seen: number[] = [];
    let calls = 0;
    for (const input of all) seen.push(memoized('memo-test-fields', input, () => (calls += 1)));
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // The same inputs again, each a new object: all answered.
    for (const [i, input] of inputs(variants).entries()) expect(memoized('memo-test-fields', input, () => -1)).toBe(seen[i]);
  });
});
