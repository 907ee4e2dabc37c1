import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { CUDA_CONTEXT_BYTES } from '../../../src/core/runtime-memory.js';
import { GiB } from '../../../src/core/units.js';
import { input } from '../../helpers/inputs.js';

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
