import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { largest, largestNear, longestFittingLength, mostSequences, stretch } from '../../../src/core/plan/stretch.js';
import { input } from '../../helpers/inputs.js';

// Worked by hand, Llama-3.1-8B-Instruct on one L4 with vLLM (the newest release modelled, 0.29),
// with the catalog's L4 as of this writing (CUDA total 23,570,219,008 B):
//   budget 0.92 × 23,570,219,008 B = 21,684,601,488 B; weights 16,094,076,928 B (8.03 B × 2 B + rotary cache),
//   profiling peak with the CUDA-graph estimate 1,395,341,925 B, lazily loaded kernels 268,435,456 B
//   → KV pool 3,926,747,179 B (3.66 GiB).
//   One token of KV: 2 (K, V) × 8 KV heads × 128 head_dim × 2 B × 32 layers = 131,072 B; a block of 16 tokens 2 MiB.
//   Blocks: floor(3,926,747,179 / 2 MiB) = 1,872 → 1,872 × 16 = 29,952 tokens: vLLM's own
//   "the estimated maximum model length is 29952", and what --max-model-len auto would pick.
//   128K tokens need 8,192 blocks: 1,872 / 8,192 = 0.22 full-length sequences.
//   kv_cache_dtype fp8 halves the token (65,536 B): 3,744 blocks → 59,904 tokens, 0.45 sequences.
// The tests check the rule (blocks of the pool × 16) against the pool the estimate gives, so a later
// catalog figure for the L4 moves the numbers, not the rule.
const MiB2 = 2 * 1024 * 1024;
describe('stretch', () => {
  const l4 = input('meta-llama/Llama-3.1-8B-Instruct', 'L4', { engine: 'vllm', maxModelLen: 131072 });

  it('finds the longest context vLLM would hold on one L4 (undersized at 128K)', () => {
    const result = estimate(l4);
    const blocks = Math.floor(result.kvCachePoolBytes! / MiB2);
    expect(result.startupError).toContain(`estimated maximum model length is ${blocks * 16}.`);
    expect(stretch(l4, result)).toEqual({ maxModelLen: blocks * 16, maxConcurrency: Math.floor((blocks / 8192) * 100) / 100 });
  });

  it('doubles with an fp8 KV cache', () => {
    const fp8 = { ...l4, serving: { ...l4.serving, kvCacheDtype: 'fp8' } };
    const blocks = Math.floor(estimate(fp8).kvCachePoolBytes! / (MiB2 / 2));
    expect(stretch(fp8)).toEqual({ maxModelLen: blocks * 16, maxConcurrency: Math.floor((blocks / 8192) * 100) / 100 });
    expect(stretch(fp8).maxModelLen).toBeGreaterThanOrEqual(2 * stretch(l4).maxModelLen);
  });

  it('stops at the model\'s own context when everything fits', () => {
    const h100 = input('meta-llama/Llama-3.1-8B-Instruct', 'H100 SXM', { engine: 'vllm', maxModelLen: 8192 });
    const s = stretch(h100);
    expect(s.maxModelLen).toBe(131072);
    expect(s.maxConcurrency).toBeGreaterThan(50);
  });

  it('searches the whole-number concurrency for engines that do not size a pool (llama.cpp)', () => {
    const slots = input('meta-llama/Llama-3.1-8B-Instruct', 'L4', { engine: 'llama.cpp', quantization: 'Q4_K_M', maxModelLen: 8192, concurrency: 1 });
    const n = mostSequences(slots);
    expect(Number.isInteger(n)).toBe(true);
    // n fits and n + 1 does not.
    const at = (c: number) => estimate({ ...slots, serving: { ...slots.serving, concurrency: c } });
    expect(at(n).totalBytes).toBeLessThanOrEqual(at(n).availableBytes);
    expect(at(n + 1).totalBytes).toBeGreaterThan(at(n + 1).availableBytes);
    expect(longestFittingLength(slots)).toBeGreaterThan(8192);
  });

  it('finds with its linear first guess what plain bisection finds', () => {
    const cases = [
      ['meta-llama/Llama-3.1-8B-Instruct', 'L4', 'vllm', 131072, 1],
      ['meta-llama/Llama-3.1-8B-Instruct', 'T4', 'sglang', 65536, 2],
      ['Qwen/Qwen2.5-7B-Instruct', 'RTX 4090', 'tgi', 32768, 4],
      ['meta-llama/Llama-3.1-8B-Instruct', 'L4', 'llama.cpp', 131072, 2],
      ['openai/gpt-oss-20b', 'L4', 'vllm', 131072, 8],
    ] as const;
    for (const [model, gpu, engine, len, concurrency] of cases) {
      const i = input(model, gpu, { engine, maxModelLen: len, concurrency });
      expect(longestFittingLength(i, undefined, estimate(i)), `${model} ${engine} ${gpu}`).toBe(longestFittingLength(i));
    }
  });

  it('bisects to the largest passing value', () => {
    expect(largest(1, 100, (n) => n <= 37)).toBe(37);
    expect(largest(1, 100, () => false)).toBe(0);
  });
});

describe('mostSequences', () => {
  // The search starts from a linear guess; with a monotone estimate it must land where plain doubling
  // and bisection over 1…4096 land.
  const plain = (i: ReturnType<typeof input>): number => {
    const ok = (c: number) => {
      const r = estimate({ ...i, serving: { ...i.serving, concurrency: c, maxNumSeqs: i.serving.maxNumSeqs } });
      return r.totalBytes <= r.availableBytes;
    };
    if (!ok(1)) return 0;
    let hi = 2;
    while (hi <= 4096 && ok(hi)) hi *= 2;
    return largest(hi / 2, Math.min(hi, 4096), ok);
  };
  it('finds from its first guess what doubling and bisection find', () => {
    const cases = [
      ['meta-llama/Llama-3.1-8B-Instruct', 'L4', 'llama.cpp', 8192, 1],
      ['meta-llama/Llama-3.1-8B-Instruct', 'T4', 'llama.cpp', 32768, 3],
      ['Qwen/Qwen2.5-7B-Instruct', 'H100 SXM', 'ollama', 4096, 2],
      ['Qwen/Qwen2.5-32B-Instruct', 'H200', 'generic', 2048, 1],
      ['meta-llama/Llama-3.1-8B-Instruct', 'H200', 'generic', 1024, 8],
      ['openai/gpt-oss-20b', 'RTX 4090', 'llama.cpp', 131072, 2],
      ['Qwen/Qwen2.5-32B-Instruct', 'L4', 'generic', 2048, 1],
    ] as const;
    let found = 0;
    for (const [model, gpu, engine, len, concurrency] of cases) {
      const i = input(model, gpu, { engine, maxModelLen: len, concurrency });
      const n = plain(i);
      if (n > 0) found += 1;
      expect(mostSequences(i, undefined, 4096, estimate(i)), `${model} ${engine} ${gpu}`).toBe(n);
      expect(mostSequences(i), `${model} ${engine} ${gpu} without the current estimate`).toBe(n);
    }
    expect(found).toBeGreaterThanOrEqual(4);
  });

  it('searches outward from a guess to the largest passing value', () => {
    for (const answer of [0, 1, 2, 37, 100, 4095, 4096]) {
      for (const guess of [1, 5, 36, 37, 38, 4096, 10_000]) {
        expect(largestNear(1, 4096, guess, (n) => n <= answer), `answer ${answer}, guess ${guess}`).toBe(answer);
      }
    }
  });
});

describe('stretch where the engine caps requests', () => {
  // SGLang starts with a KV pool shorter than context_length and caps every request at the pool
  // (sglang.ts `limitation`): a max_model_len past the pool is not held, so the stretch stops at it.
  it('stops at SGLang\'s pool, not at the model\'s context', () => {
    const i = input('openai/gpt-oss-120b', 'H100 SXM', { engine: 'sglang', maxModelLen: 32768 });
    const result = estimate(i);
    const pool = result.kvCacheCapacityTokens!;
    expect(pool).toBeLessThan(131072);
    const s = stretch(i, result);
    expect(s.maxModelLen).toBeLessThanOrEqual(pool);
    expect(s.maxModelLen).toBeGreaterThan(pool - 16);
    expect(estimate({ ...i, serving: { ...i.serving, maxModelLen: s.maxModelLen + 16 } }).limitation).toBeDefined();
  });
});
