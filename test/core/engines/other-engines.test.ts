import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { CUDA_CONTEXT_BYTES } from '../../../src/core/runtime-memory.js';
import { GiB } from '../../../src/core/units.js';
import { input } from '../../helpers/inputs.js';

describe('TGI', () => {
  it('reserves (1 − cuda_memory_fraction × 0.90) of the total and fills the rest with KV blocks', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'A10G', { engine: 'tgi', maxModelLen: 4096 }));
    expect(result.overhead.inputs).toMatchObject({ cuda_memory_fraction: 1, wiggle_room: 0.9 });
    expect(result.kvCacheCapacityTokens!).toBeGreaterThan(4096);
    expect(result.kvCache.inputs.block_size).toBe(1);
  });

  it('says "Not enough memory" when max_total_tokens does not fit', () => {
    const result = estimate(input('meta-llama/Llama-3.1-8B-Instruct', 'L4', { engine: 'tgi', maxModelLen: 131072 }));
    expect(result.startupError).toBe('Not enough memory to handle `max_total_tokens=131072`');
  });
});

describe('transformers', () => {
  it('grows a dynamic cache to concurrency × max_model_len and keeps the CUDA context', () => {
    const result = estimate(input('Qwen/Qwen2.5-7B-Instruct', 'A100 80GB', { engine: 'transformers', maxModelLen: 4096, concurrency: 2 }));
    expect(result.kvCache.bytes).toBe(2 * 4096 * 28 * 2 * 4 * 128 * 2);
    expect(result.overhead.bytes).toBe(CUDA_CONTEXT_BYTES);
    expect(result.weights.bytes).toBe(7_615_616_512 * 2);
  });

  it('caches the expanded K and V of MLA models', () => {
    const result = estimate(input('deepseek-ai/DeepSeek-V2-Lite', 'H100', { engine: 'transformers', maxModelLen: 1024 }));
    // 27 layers × 16 heads × (128 + 64 + 128) values × 2 B per token
    expect(result.kvCache.bytes).toBe(1024 * 27 * 16 * 320 * 2);
  });

  it('places whole layers on each GPU with device_map="auto"', () => {
    const one = estimate(input('Qwen/Qwen2.5-32B-Instruct', 'A100 80GB', { engine: 'transformers', maxModelLen: 2048 }));
    const two = estimate(input('Qwen/Qwen2.5-32B-Instruct', 'A100 80GB', { engine: 'transformers', maxModelLen: 2048, tensorParallelSize: 2 }));
    expect(two.weights.bytes).toBeLessThan(one.weights.bytes * 0.6);
    expect(one.weights.bytes / GiB).toBeGreaterThan(60);
  });
});
