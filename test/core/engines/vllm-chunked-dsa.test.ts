import { describe, expect, it } from 'vitest';
import { estimate } from '../../../src/core/estimate.js';
import { chunkedLocalAttentionHybrid } from '../../../src/core/engines/vllm.js';
import { parseVersion } from '../../../src/core/engine-version.js';
import { input } from '../../helpers/inputs.js';

// vLLM's KV cache for Llama 4's chunked local attention and for DeepSeek Sparse Attention.

describe('vLLM chunked local attention (Llama 4)', () => {
  const scout = (engineVersion: string | undefined) =>
    estimate(input('meta-llama/Llama-4-Scout-17B-16E-Instruct', 'H100', { tensorParallelSize: 4, maxModelLen: 131072, engineVersion }));

  it('follows VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE across releases', () => {
    const on = (v: string | undefined) => chunkedLocalAttentionHybrid(v ? parseVersion(v) : undefined);
    expect(on('0.9.2')).toBe(true); // #19351
    expect(on('0.10.1')).toBe(false); // #21761 default off
    expect(on('0.11.0')).toBe(false);
    expect(on('0.13.0')).toBe(true); // #29627 default on
    expect(on(undefined)).toBe(true);
  });

  it('keeps one chunk plus a batch in the 36 chunked layers with the hybrid manager', () => {
    // 12 full + 36 chunked layers → groups of 12: 1 FullAttention + 3 ChunkedLocalAttention groups
    // (the grouping #21761 describes). One request of 131072 tokens, block 16, max_num_batched_tokens
    // 8192 (H100): full cdiv(131072, 16) = 8192 blocks; each chunked group
    // cdiv(min(8192 + 8192, 131072), 16) = 1024 blocks (ChunkedLocalAttentionSpec.max_memory_usage_bytes).
    const result = scout('0.13.0');
    expect(result.kvCache.inputs).toMatchObject({ layers_per_block: 12, kv_cache_groups: 4, blocks_per_request: 8192 + 3 * 1024 });
    // page: 16 tokens × 2 × (8 KV heads / 4 ranks) × 128 × 2 bytes = 16,384 bytes per layer
    expect(result.kvCache.bytes).toBe((8192 + 3 * 1024) * 16_384 * 12);
  });

  it('caches every layer at full length where the hybrid manager is off for chunked attention', () => {
    // 0.10.1–0.12: unify_hybrid_kv_cache_specs turns the chunked specs into full attention: 48 layers × 8192 blocks
    const result = scout('0.11.0');
    expect(result.kvCache.inputs).toMatchObject({ layers_per_block: 48, blocks_per_request: 8192 });
    expect(result.kvCache.bytes).toBe(8192 * 16_384 * 48);
    expect(result.notes.join(' ')).toMatch(/VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE/);
  });
});

describe('vLLM DeepSeek Sparse Attention (DeepSeek-V3.2)', () => {
  const v32 = (engineVersion: string | undefined, kvCacheDtype = 'auto') =>
    estimate(input('deepseek-ai/DeepSeek-V3.2', 'H200', { tensorParallelSize: 8, maxModelLen: 65536, engineVersion, kvCacheDtype }));

  it('adds the 132-byte indexer key to the bf16 MLA latent of every layer', () => {
    // (512 + 64) × 2 bytes + 132 = 1284 bytes per token and layer; FlashMLA block 64 on Hopper;
    // one request of 65536 tokens = 1024 blocks of 61 layers.
    const result = v32(undefined);
    expect(result.kvCache.inputs).toMatchObject({ block_size: 64, layers_per_block: 61, blocks_per_request: 1024, bytes_per_token_per_layer: 1284, indexer_bytes: 132 });
    expect(result.kvCache.bytes).toBe(1024 * 64 * 1284 * 61);
  });

  it('stores the latent as fp8_ds_mla (656 bytes) with an fp8 cache, and by default in 0.11', () => {
    // 656 + 132 = 788 bytes per token and layer
    expect(v32(undefined, 'fp8').kvCache.bytes).toBe(1024 * 64 * 788 * 61);
    expect(v32('0.11.0').kvCache.bytes).toBe(1024 * 64 * 788 * 61);
  });
});
