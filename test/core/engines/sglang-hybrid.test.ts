import { describe, expect, it } from 'vitest';
import { sglangMambaPool } from '../../../src/core/engines/sglang-hybrid.js';
import { estimate } from '../../../src/core/estimate.js';
import { GiB } from '../../../src/core/units.js';
import { catalogArch, input } from '../../helpers/inputs.js';

describe('SGLang mamba pool (model_runner_kv_cache_mixin.py handle_max_mamba_cache)', () => {
  it('takes 0.9 / 1.9 of the cache memory in whole request states, float32 SSM state', () => {
    // Qwen3-Next at TP 4: per layer conv 3 × 8192 / 4 × 2 B (bf16) = 12,288 B + temporal 8 × 128 × 128 × 4 B (float32) = 524,288 B
    // mamba_cache_per_req = 36 layers × 536,576 B = 19,316,736 B
    const pool = sglangMambaPool(catalogArch('Qwen/Qwen3-Next-80B-A3B-Instruct'), { tp: 4, dtypeBytes: 2, restBytes: 50 * GiB, firstLayer: 0, lastLayer: 47 });
    expect(pool.perRequestBytes).toBe(19_316_736);
    // max_mamba_cache_size = floor(50 GiB × 0.9 / 1.9 / 19,316,736) = 1,316; running requests ≤ 1,316 // 3
    expect(pool.size).toBe(Math.floor((50 * GiB * 0.9) / 1.9 / 19_316_736));
    expect(pool.size).toBe(1316);
    expect(pool.maxRunningRequests).toBe(438);
    expect(pool.restBytes).toBe(50 * GiB - 1316 * 19_316_736);
  });

  it('leaves the token pool to the full-attention layers', () => {
    const e = estimate(input('Qwen/Qwen3-Next-80B-A3B-Instruct', 'H200', { engine: 'sglang', tensorParallelSize: 4, maxModelLen: 32_768 }));
    const kv = e.kvCache.inputs;
    // 12 attention layers × 1 KV head per rank × 256 × 2 (K, V) × 2 B = 12,288 B per token
    expect([kv.layers, kv.cell_bytes, kv.mamba_cache_per_req]).toEqual([12, 12_288, 19_316_736]);
    expect(e.kvCachePoolBytes).toBe((kv.pool_tokens as number) * 12_288 + (kv.mamba_pool_bytes as number));
    expect(e.maxConcurrency).toBe(Math.min((kv.pool_tokens as number) / 32_768, Math.floor((kv.max_mamba_cache_size as number) / 3)));
    expect(e.notes.some((n) => n.startsWith("SGLang's mamba pool holds"))).toBe(true);
  });
});
