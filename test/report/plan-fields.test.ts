import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATALOG_GPUS } from '../../src/check.js';
import { loadManifest } from '../../src/manifest/load.js';
import { reportDeployment, type DeploymentReport } from '../../src/report/report.js';
import { quantizedVariants } from '../../src/report/plan-fields.js';
import { CATALOG_PRICES } from '../../src/catalog/prices.js';
import { estimate } from '../../src/core/estimate.js';
import { priceOf } from '../../src/core/plan/cost.js';
import { findFixes } from '../../src/core/plan/fixes.js';
import { memoryByContext, stretch } from '../../src/core/plan/stretch.js';
import { recommendGpus } from '../../src/core/recommend.js';

const OPTIONS = { minHeadroom: 0.1, failOn: 'undersized' as const, catalog: CATALOG_GPUS };

function check(deployment: Record<string, unknown>): DeploymentReport {
  const loaded = loadManifest(stringify({ version: 1, deployments: { app: deployment } }), 'gpu-fit.yaml');
  expect(loaded.failed).toEqual([]);
  return reportDeployment(loaded.resolved[0], OPTIONS);
}

// Llama-3.1-8B-Instruct at 128K on one L4 with vLLM (worked in test/core/plan/stretch.test.ts): the KV pool is
// 3.66 GiB, 128K tokens need 16 GiB. With the 10 % headroom (2.02 GiB of 20.2 GiB) and the error band, the
// pool for the context shrinks to ~1.6 GiB → ~13K tokens (rounded down to a multiple of 1,024). Two L4s
// (tensor_parallel_size 2: 32 heads divide) halve the weights to ~8 GiB per GPU and the KV to 8 GiB per GPU
// over a ~12 GiB pool each: fits. Other GPUs: the smallest that hold the 34 GB with the headroom.
describe('planner fields in the report', () => {
  const base = { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', max_model_len: 131072, gpu: 'L4' };

  it('gives the stretch, and fixes that fit when applied to the manifest (128K on one L4)', () => {
    const r = check(base);
    expect(r.verdict).toBe('undersized');
    // The stretch: the pool's 2 MiB blocks × 16 tokens (test/core/plan/stretch.test.ts).
    expect(r.stretch!.maxModelLen).toBe(Math.floor(r.kvCachePoolBytes! / (2 * 1024 * 1024)) * 16);
    expect(r.fixes.length).toBeGreaterThanOrEqual(3);
    // The shorter context keeps the headroom, so it is shorter than the stretch, in whole thousands of tokens.
    const len = r.fixes[0].change.max_model_len as number;
    expect(len % 1024).toBe(0);
    expect(len).toBeLessThan(r.stretch!.maxModelLen);
    expect(len).toBeGreaterThan(r.stretch!.maxModelLen / 4);
    expect(r.fixes.map((f) => Object.keys(f.change)[0])).toContain('tensor_parallel_size');
    expect(r.fixes.map((f) => Object.keys(f.change)[0])).toContain('gpu');
    for (const fix of r.fixes) {
      const again = check({ ...base, ...fix.change });
      expect(again.verdict, JSON.stringify(fix.change)).toBe(fix.verdict);
      expect(again.memory!.totalBytes).toBe(fix.totalBytes);
    }
  });

  it('with kv_cache_dtype fp8: vLLM\'s FP8 weights fit the whole 128K on the same L4', () => {
    const r = check({ ...base, kv_cache_dtype: 'fp8' });
    expect(r.verdict).toBe('undersized');
    expect(r.stretch!.maxModelLen).toBe(Math.floor(r.kvCachePoolBytes! / (1024 * 1024)) * 16);
    // FP8 weights (8 GiB instead of 16) leave a ~12 GiB pool for an 8 GiB KV cache.
    expect(r.fixes[0].change).toEqual({ quantization: 'fp8' });
    for (const fix of r.fixes) expect(check({ ...base, kv_cache_dtype: 'fp8', ...fix.change }).verdict).toBe(fix.verdict);
  });

  it('gives speed ranges and the cost of a fitting deployment', () => {
    const r = check({ ...base, max_model_len: 4096, concurrency: 2 });
    expect(r.verdict).toBe('fits');
    expect(r.fixes).toEqual([]);
    const speed = r.speed!;
    // Bound: 300 GB/s over (16.09 GB of weights + 2,048 tokens (half the context) × 128 KiB of KV) ≈ 18.3 tokens/s for one sequence.
    expect(speed.decodeTokensPerSecond.perSequence.bound).toBeCloseTo(300e9 / (16_094_076_928 + 2048 * 131072), 1);
    expect(speed.decodeTokensPerSecond.perSequence.expected).toBeCloseTo(speed.decodeTokensPerSecond.perSequence.bound * 0.5, 6);
    expect(speed.decodeTokensPerSecond.aggregate.bound).toBeGreaterThan(1.9 * speed.decodeTokensPerSecond.perSequence.bound);
    expect(speed.timeToFirstTokenSeconds!.expected).toBeGreaterThan(speed.timeToFirstTokenSeconds!.bound);
    // g2-standard-4 (one L4, $0.7068/h) is the cheapest L4 in catalog/prices.json.
    expect(r.cost).toMatchObject({ currency: 'USD', perHour: 0.7068 });
    expect(r.cost!.perMillionOutputTokens).toBeCloseTo((0.7068 / (speed.decodeTokensPerSecond.aggregate.expected * 3600)) * 1e6, 3);
  });

  it('finds quantized checkpoints of the same model in the catalog', () => {
    expect(quantizedVariants('Qwen/Qwen2.5-7B-Instruct').map((v) => v.id)).toContain('Qwen/Qwen2.5-7B-Instruct-AWQ');
    expect(quantizedVariants('Qwen/Qwen2.5-7B-Instruct-AWQ')).toEqual([]);
  });
});

describe('prices in the manifest', () => {
  it('replaces the catalog rate for the GPUs it names', () => {
    const text = stringify({
      version: 1,
      prices: [{ gpu: 'L4', usd_per_hour: 0.3, source: 'our contract' }],
      deployments: { chat: { model: 'meta-llama/Llama-3.1-8B-Instruct', engine: 'vllm', max_model_len: 4096, gpu: 'L4' } },
    });
    const loaded = loadManifest(text, 'gpu-fit.yaml');
    expect(loaded.failed).toEqual([]);
    return import('../../src/check.js').then(async ({ checkTexts }) => {
      const report = await checkTexts([{ file: 'gpu-fit.yaml', text }], { minHeadroom: 0.1, failOn: 'undersized' });
      expect(report.deployments[0].cost).toMatchObject({ perHour: 0.3, source: 'our contract' });
    });
  });

  it('names the entry that is wrong', () => {
    const text = stringify({ version: 1, prices: [{ gpu: 'L5', usd_per_hour: 1 }], deployments: { chat: { model: 'meta-llama/Llama-3.1-8B-Instruct', gpu: 'L4' } } });
    const loaded = loadManifest(text, 'gpu-fit.yaml');
    expect(loaded.failed[0].errors[0].message).toMatch(/^`prices`: gpu-fit.yaml:2: prices\[0\].gpu: GPU "L5" is not in the catalog/);
    expect(loaded.failed[0].errors[0].line).toBe(3);
  });
});

describe('estimates shared between the planner fields', () => {
  // The fixes, the stretch, the chart and the GPU recommendation ask about the same lengths and cards;
  // each is estimated once per deployment. Sharing must not change a figure: the same fields, each
  // computed on its own (nothing shared), must come out equal.
  it('gives the fields each search gives on its own', () => {
    const cases: Array<[string, string, string, number, number]> = [
      ['meta-llama/Llama-3.1-8B-Instruct', 'L4', 'vllm', 131072, 1],
      ['Qwen/Qwen2.5-32B-Instruct', 'L40S', 'sglang', 32768, 4],
      ['meta-llama/Llama-3.1-8B-Instruct', 'T4', 'llama.cpp', 65536, 2],
      ['Qwen/Qwen2.5-7B-Instruct', 'A10G', 'tgi', 16384, 8],
      ['openai/gpt-oss-20b', 'RTX 4090', 'vllm', 131072, 16],
    ];
    for (const [model, gpu, engine, len, concurrency] of cases) {
      const r = check({ model, gpu, engine, max_model_len: len, concurrency });
      const loaded = loadManifest(stringify({ version: 1, deployments: { app: { model, gpu, engine, max_model_len: len, concurrency } } }), 'gpu-fit.yaml');
      const d = loaded.resolved[0];
      const result = estimate(d.input);
      const alone = stretch(d.input, result, (l) => estimate({ ...d.input, serving: { ...d.input.serving, maxModelLen: l } }));
      expect(r.stretch, `${model} ${engine} ${gpu}`).toEqual(alone);
      expect(r.memoryByContext).toEqual(memoryByContext(d.input, alone.maxModelLen, 4, (l) => estimate({ ...d.input, serving: { ...d.input.serving, maxModelLen: l } })));
      if (r.verdict !== 'fits') {
        const fixes = findFixes(d.input, result, {
          minHeadroom: 0.1,
          uncertainty: r.uncertainty ?? 0,
          gpus: CATALOG_GPUS.map((g) => ({ gpu: g, pricePerGpuHour: priceOf(g.name, CATALOG_PRICES)?.usdPerGpuHour })),
          variants: quantizedVariants(d.input.model.id),
          estimateOn: (g) => estimate({ ...d.input, gpu: g }),
          estimateAtLength: (l) => estimate({ ...d.input, serving: { ...d.input.serving, maxModelLen: l } }),
        });
        expect(r.fixes).toEqual(fixes.map(({ change, totalBytes, verdict }) => ({ change, totalBytes, verdict })));
        expect(r.recommendedGpus).toEqual(recommendGpus(d.input, CATALOG_GPUS, 0.1, 3, (g) => estimate({ ...d.input, gpu: g })));
      }
    }
  });
});
