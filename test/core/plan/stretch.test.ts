import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { largest, longestFittingLength, mostSequences, stretch } from '../../../src/core/plan/stretch.js';
import { input } from '../../helpers/inputs.js';

// Worked by hand, Llama-3.1-8B-Instruct on one L4 with vLLM (the newest release modelled, 0.29):
//   budget 0.92 × 22.03 GiB CUDA total = 21,766,298,665 B; weights 16,094,076,928 B (8.03 B × 2 B + rotary cache),
//   profiling peak with the CUDA-graph estimate 1,395,341,925 B, lazily loaded kernels 268,435,456 B
//   → KV pool 4,008,444,356 B (3.73 GiB).
//   One token of KV: 2 (K, V) × 8 KV heads × 128 head_dim × 2 B × 32 layers = 131,072 B; a block of 16 tokens 2 MiB.
//   Blocks: floor(4,008,444,356 / 2 MiB) = 1,911 → 1,911 × 16 = 30,576 tokens: vLLM's own
//   "the estimated maximum model length is 30576", and what --max-model-len auto would pick.
//   128K tokens need 8,192 blocks: 1,911 / 8,192 = 0.23 full-length sequences.
//   kv_cache_dtype fp8 halves the token (65,536 B): 3,822 blocks → 61,152 tokens, 0.46 sequences.
describe('stretch', () => {
  const l4 = input('meta-llama/Llama-3.1-8B-Instruct', 'L4', { engine: 'vllm', maxModelLen: 131072 });

  it('finds the longest context vLLM would hold on one L4 (undersized at 128K)', () => {
    const result = estimate(l4);
    expect(result.startupError).toMatch(/estimated maximum model length is 30576/);
    expect(stretch(l4, result)).toEqual({ maxModelLen: 30576, maxConcurrency: 0.23 });
  });

  it('doubles with an fp8 KV cache', () => {
    const fp8 = { ...l4, serving: { ...l4.serving, kvCacheDtype: 'fp8' } };
    expect(stretch(fp8)).toEqual({ maxModelLen: 61152, maxConcurrency: 0.46 });
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
